/**
 * Screening: who may a name be? {@link org.cordon.match.Screener} runs analysis
 * ({@code analysis}), candidate retrieval ({@code index}) and scoring with explanations ({@code score}) over a
 * set of listed parties, and returns ranked {@link org.cordon.match.Match matches}.
 */
package org.cordon.match;
