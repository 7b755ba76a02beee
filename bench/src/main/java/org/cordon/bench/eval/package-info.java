/**
 * The labelled evaluation set (listed names with their variants, and names on no list) and the report that
 * measures the screener's precision and recall on it. The set is generated from the loaded lists with a fixed
 * seed, so every run scores the same queries.
 */
package org.cordon.bench.eval;
