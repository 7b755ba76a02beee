package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.cordon.model.PartyType;

/** What one analysis knows besides its terms: the party type, the original words, and what to tell a reviewer. */
final class AnalysisContext {

    private final PartyType type;
    private final List<String> words = new ArrayList<>();
    private final Set<Transformation> transformations = EnumSet.noneOf(Transformation.class);
    private final Set<String> warnings = new LinkedHashSet<>();
    private String latin = "";
    private int groups;
    private final Lexicon lexicon;

    AnalysisContext(PartyType type) {
        this(type, null);
    }

    AnalysisContext(PartyType type, Lexicon lexicon) {
        this.type = type == null ? PartyType.UNKNOWN : type;
        this.lexicon = lexicon;
    }

    /** The words of the lists when screening a query against them; null otherwise. */
    Lexicon lexicon() {
        return lexicon;
    }

    PartyType type() {
        return type;
    }

    /** Remembers a whitespace-separated word of the original name; returns its index. */
    int addWord(String word) {
        words.add(word);
        return words.size() - 1;
    }

    /** The original word at {@code index}, or "" when unknown. */
    String word(int index) {
        return index >= 0 && index < words.size() ? words.get(index) : "";
    }

    /** A fresh group number for one run of Han characters. */
    int newGroup() {
        return groups++;
    }

    /** Records a transformation applied to the name, also where the term it touched is later dropped. */
    void record(Transformation t) {
        transformations.add(t);
    }

    void warn(String warning) {
        warnings.add(warning);
    }

    void latin(String readable) {
        latin = readable;
    }

    String latin() {
        return latin;
    }

    Set<Transformation> transformations() {
        return transformations;
    }

    List<String> warnings() {
        return List.copyOf(warnings);
    }
}
