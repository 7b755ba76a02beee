/**
 * Name analysis: a chain of small stages, in the spirit of Lucene's analysis chain, that turns a name as written
 * (any script, any punctuation, any legal form) into {@link org.cordon.match.analysis.AnalyzedName tokens} that
 * can be compared, each token remembering what was done to it so that a match can be explained.
 * {@link org.cordon.match.analysis.NameAnalyzer} assembles the chain; the tables (legal forms, organisation words,
 * particles, confusables) are data files under {@code resources/org/cordon/match/analysis}.
 */
package org.cordon.match.analysis;
