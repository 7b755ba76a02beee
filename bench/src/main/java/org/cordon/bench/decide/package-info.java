/** Decision throughput and latency over the scenario transactions, against every real list plus the bundled one. */
package org.cordon.bench.decide;
