/** Load benchmark of {@code cordon serve} over loopback: open-loop fixed-rate and closed-loop maximum throughput. */
package org.cordon.bench.server;
