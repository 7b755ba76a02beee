package org.cordon.match.analysis;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Words and phrases of Latin tokens that stand for one canonical token ("co ltd", "company limited" -> ltd),
 * matched longest first, left to right, and again on the result until nothing changes, so that a canonical token
 * meets its neighbours too ("Company Pty Ltd" -> company, ltd -> ltd). The output of a table is therefore one of
 * its own fixed points: analysing it again changes nothing.
 *
 * <p>An entry marked edge-only (short forms that are also ordinary words or syllables: "SA", "AG", "AO", "AB")
 * counts only at the start or the end of the name, and only when the name has another word that no entry
 * covers, so that "AO" alone stays a name.
 */
final class PhraseTable {

    /** What a phrase stands for. */
    record Entry(String canonical, boolean edgeOnly) {}

    private static final int MAX_PASSES = 8;

    private final Map<String, Entry> entries;
    private final int longest;
    private final TokenKind kind;
    private final Transformation transformation;

    PhraseTable(Map<String, Entry> entries, TokenKind kind, Transformation transformation) {
        this.entries = Map.copyOf(entries);
        this.longest = entries.keySet().stream().mapToInt(k -> k.split(" ").length).max().orElse(0);
        this.kind = kind;
        this.transformation = transformation;
    }

    /** The entry for a phrase of token texts joined by single spaces, or null. */
    Entry get(String phrase) {
        return entries.get(phrase);
    }

    Map<String, Entry> entries() {
        return entries;
    }

    List<Term> canonicalise(List<Term> terms, AnalysisContext context) {
        List<Term> current = terms;
        for (int pass = 0; pass < MAX_PASSES; pass++) {
            List<Term> next = pass(current, context);
            if (next == null) {
                break;
            }
            current = next;
        }
        return current;
    }

    /** One left-to-right pass; null when it changed nothing. */
    private List<Term> pass(List<Term> terms, AnalysisContext context) {
        int n = terms.size();
        List<Term> out = new ArrayList<>(n);
        boolean changed = false;
        int i = 0;
        while (i < n) {
            int matched = 0;
            Entry entry = null;
            for (int len = Math.min(longest, n - i); len > 0 && entry == null; len--) {
                String phrase = phrase(terms, i, len);
                Entry candidate = phrase == null ? null : entries.get(phrase);
                if (candidate != null && (!candidate.edgeOnly() || atEdgeWithNameBeside(terms, i, len))) {
                    entry = candidate;
                    matched = len;
                }
            }
            if (entry == null) {
                out.add(terms.get(i));
                i++;
                continue;
            }
            Term merged = merge(terms, i, matched, entry, context);
            Term first = terms.get(i);
            changed |= matched > 1 || !merged.text().equals(first.text()) || merged.kind() != first.kind();
            out.add(merged);
            i += matched;
        }
        return changed ? out : null;
    }

    /** The texts of {@code len} eligible terms from {@code i}, joined by spaces; null if one is not eligible. */
    private static String phrase(List<Term> terms, int i, int len) {
        StringBuilder key = new StringBuilder();
        for (int k = i; k < i + len; k++) {
            Term t = terms.get(k);
            if (!eligible(t)) {
                return null;
            }
            if (k > i) {
                key.append(' ');
            }
            key.append(t.text());
        }
        return key.toString();
    }

    /** Han syllables, particles and initials are never part of a Latin phrase. */
    private static boolean eligible(Term t) {
        return !t.fromHan() && (t.kind() == TokenKind.WORD || t.kind() == TokenKind.LEGAL_FORM
                || t.kind() == TokenKind.ORG_WORD);
    }

    private boolean atEdgeWithNameBeside(List<Term> terms, int i, int len) {
        if (i != 0 && i + len != terms.size()) {
            return false;
        }
        for (int k = 0; k < terms.size(); k++) {
            if (k >= i && k < i + len) {
                continue;
            }
            Term t = terms.get(k);
            if (!eligible(t) || (t.kind() != kind && !entries.containsKey(t.text()))) {
                return true;
            }
        }
        return false;
    }

    private Term merge(List<Term> terms, int i, int len, Entry entry, AnalysisContext context) {
        Term first = terms.get(i);
        Set<Transformation> ts = EnumSet.noneOf(Transformation.class);
        for (int k = i; k < i + len; k++) {
            ts.addAll(terms.get(k).transformations());
        }
        if (kind == TokenKind.LEGAL_FORM) {
            ts.remove(Transformation.ORG_WORD_CANONICALISED); // "Co" in "Co., Ltd." is part of the legal form
        }
        if (len > 1 || !entry.canonical().equals(first.text())) {
            ts.add(transformation);
            context.record(transformation);
        }
        // A token merged from several original words belongs to none of them.
        boolean oneWord = terms.subList(i, i + len).stream().allMatch(t -> t.word() == first.word());
        return new Term(entry.canonical(), surface(terms, i, len, context), kind, ts, oneWord ? first.word() : -1,
                Token.NO_GROUP, first.clause(), null, false);
    }

    /**
     * The original words when the phrase covers every token made from them ("Co.,Ltd." split in two), else the
     * surfaces of its terms joined by spaces ("Co., Ltd.").
     */
    private static String surface(List<Term> terms, int i, int len, AnalysisContext context) {
        if (len == 1) {
            return terms.get(i).surface();
        }
        Set<Integer> words = new LinkedHashSet<>();
        for (int k = i; k < i + len; k++) {
            words.add(terms.get(k).word());
        }
        boolean whole = !words.contains(-1);
        for (int k = 0; k < terms.size() && whole; k++) {
            if ((k < i || k >= i + len) && words.contains(terms.get(k).word())) {
                whole = false;
            }
        }
        List<String> parts = new ArrayList<>();
        if (whole) {
            words.forEach(w -> parts.add(context.word(w)));
        } else {
            for (int k = i; k < i + len; k++) {
                String s = terms.get(k).surface();
                if (parts.isEmpty() || !parts.get(parts.size() - 1).equals(s)) {
                    parts.add(s);
                }
            }
        }
        return String.join(" ", parts);
    }

    /** Collects entries, refusing two meanings for one phrase. */
    static final class Builder {
        private final Map<String, Entry> entries = new HashMap<>();

        void add(String phrase, Entry entry, TableFile.Row row) {
            Entry before = entries.putIfAbsent(phrase, entry);
            if (before != null && !before.equals(entry)) {
                throw row.error("'" + phrase + "' is already " + before);
            }
        }

        Map<String, Entry> entries() {
            return entries;
        }
    }
}
