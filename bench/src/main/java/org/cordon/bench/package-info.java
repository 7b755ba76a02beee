/** Benchmarks that print figures for the notes; they assert nothing and never run as tests. */
package org.cordon.bench;
