package org.cordon.model;

/**
 * How well a fact is established. Official list files are {@code HIGH}; curated facts carry the mark of
 * the evidence behind them, so that a decision resting on a medium or low fact can say so.
 */
public enum Confidence {
    HIGH, MEDIUM, LOW
}
