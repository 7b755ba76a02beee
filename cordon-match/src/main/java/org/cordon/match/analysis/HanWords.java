package org.cordon.match.analysis;

import java.util.HashMap;
import java.util.Map;

/**
 * The Han rows of the legal-form and organisation-word tables ("有限公司" -> ltd, "技术" -> technology), matched
 * on Han text before it is transliterated: in pinyin "gong si" could be any of several words, in Han it is 公司.
 */
final class HanWords {

    /** What a Han word stands for. */
    record Entry(String han, String canonical, TokenKind kind) {}

    private final Map<String, Entry> entries = new HashMap<>();
    private int longest;

    void add(Entry entry) {
        Entry before = entries.putIfAbsent(entry.han(), entry);
        if (before != null && !before.equals(entry)) {
            throw new IllegalStateException("Han word " + entry.han() + " is both " + before + " and " + entry);
        }
        longest = Math.max(longest, entry.han().length());
    }

    /** The longest entry {@code run} ends with, leaving at least nothing before it; null if none. */
    Entry longestSuffix(String run) {
        for (int n = Math.min(longest, run.length()); n > 0; n--) {
            Entry e = entries.get(run.substring(run.length() - n));
            if (e != null && !Character.isLowSurrogate(run.charAt(run.length() - n))) {
                return e;
            }
        }
        return null;
    }

    /** The longest legal form {@code run} starts with ("株式会社東芝"); null if none. */
    Entry longestLegalFormPrefix(String run) {
        for (int n = Math.min(longest, run.length()); n > 0; n--) {
            Entry e = entries.get(run.substring(0, n));
            if (e != null && e.kind() == TokenKind.LEGAL_FORM) {
                return e;
            }
        }
        return null;
    }

    int size() {
        return entries.size();
    }
}
