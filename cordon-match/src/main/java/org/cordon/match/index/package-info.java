/**
 * Candidate retrieval: from tens of thousands of listed names, the few dozen worth scoring.
 * {@link org.cordon.match.index.TrigramIndex} is an in-memory inverted index of character trigrams of each
 * analysed name (spaces removed, so "AL QAIDA" and "ALQAIDA" share them), ranked by IDF-weighted overlap;
 * {@link org.cordon.match.index.IdentifierIndex} finds parties by a decisive identifier.
 */
package org.cordon.match.index;
