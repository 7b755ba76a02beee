package org.cordon.match.analysis;

import org.cordon.model.PartyType;

/**
 * Turns names into comparable tokens. Thread-safe; build one with {@link #standard()} and share it.
 *
 * <pre>{@code
 * AnalyzedName n = NameAnalyzer.standard().analyze("华为技术有限公司", PartyType.ORGANIZATION);
 * // tokens: hua wei technology ltd   (ltd: LEGAL_FORM, technology: ORG_WORD)
 * }</pre>
 */
public final class NameAnalyzer {

    private NameAnalyzer() {}

    /** The standard chain with the bundled tables. */
    public static NameAnalyzer standard() {
        throw new UnsupportedOperationException("name analysis chain not assembled yet");
    }

    /**
     * Analyses one name. Never throws for any input text (empty, huge, control characters): such input yields
     * an {@link AnalyzedName#isEmpty() empty} result or a bounded one (names are cut at 1,000 characters).
     *
     * @param type the kind of party the name belongs to, or {@code UNKNOWN}; persons get "SURNAME, Given"
     *             reordering and particles, organisations legal forms
     */
    public AnalyzedName analyze(String name, PartyType type) {
        throw new UnsupportedOperationException("name analysis chain not assembled yet");
    }
}
