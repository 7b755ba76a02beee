/**
 * Screening benchmarks: latency, throughput, index build and heap of the {@link org.cordon.match.Screener} on the
 * real lists, the candidate stage's recall against exhaustive scoring, and the comparison with an exhaustive
 * token-pair Jaro-Winkler scan ({@link org.cordon.bench.screen.ExhaustiveJaroWinkler}), the approach of the
 * best-known open-source screener, which exists here only to be measured against.
 */
package org.cordon.bench.screen;
