/**
 * Name analysis: a chain of small stages, in the spirit of Lucene's analysis chain, that turns a name as written
 * (any script, any punctuation, any legal form) into {@link org.cordon.match.analysis.AnalyzedName tokens} that
 * can be compared, each token remembering what was done to it so that a match can be explained.
 *
 * <p>{@link org.cordon.match.analysis.NameAnalyzer} assembles the chain and lists its stages in order; each stage
 * is a package-private class named for what it does ({@code StripInvisible}, {@code FoldConfusables},
 * {@code Transliterate}, {@code CanonicaliseLegalForms}, {@code ReorderPersonName}...) and is tested alone. The
 * tables (legal forms, organisation words, particles, confusables, English and Cantonese readings of Chinese
 * words) are data files under {@code resources/org/cordon/match/analysis}, each with a header saying what it holds
 * and how it is read. Some stages run only in a reading of their own ({@code ResolveBidiControls},
 * {@code JoinSpacedLetters}, {@code TranslateHanWords}, {@code SpellHanOrgWords}): a name is screened in each of
 * its {@link org.cordon.match.analysis.NameAnalyzer#readings readings}, and the best match wins.
 *
 * <p>Tokens of one run of Han characters share a {@link org.cordon.match.analysis.Token#group() group}: "华为"
 * gives "hua" and "wei" in one group, which the scorer may join to meet "huawei".
 */
package org.cordon.match.analysis;
