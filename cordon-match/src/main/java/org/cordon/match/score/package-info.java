/**
 * Scoring: how alike a query name is to a listed name, in [0, 1], and why.
 * {@link org.cordon.match.score.TokenAlignment} pairs the two names' tokens (exact, typo, initial, joined or split
 * words), {@link org.cordon.match.score.NameScorer} turns the pairing into a score weighted by how rare each token
 * is ({@link org.cordon.match.score.TokenWeights}), and {@link org.cordon.match.score.Qualifiers} raise or lower it
 * on type, country, date of birth and identifiers.
 */
package org.cordon.match.score;
