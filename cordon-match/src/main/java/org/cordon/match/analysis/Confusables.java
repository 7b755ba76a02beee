package org.cordon.match.analysis;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Letters of other scripts that look like Latin ones, read from {@code confusables.tsv}.
 *
 * <p>A table of our own rather than ICU's {@code SpoofChecker} skeletons: a skeleton is made for comparing two
 * strings, not for reading one. It maps to whichever character represents a confusable class, often not a Latin
 * one ("Газпром" has the skeleton "ΓaɜπpoʍN"), and it also folds Latin with Latin ("rn" and "m"), which would
 * change ordinary names. A short list of single letters that really look Latin is enough to catch a Cyrillic "а"
 * slipped into "Huawei", can say which letters were found, and is easy to review.
 */
final class Confusables {

    private final Map<Integer, String> latin;

    private Confusables(Map<Integer, String> latin) {
        this.latin = latin;
    }

    static Confusables bundled() {
        return from(TableFile.read("confusables.tsv"));
    }

    static Confusables from(List<TableFile.Row> rows) {
        Map<Integer, String> map = new HashMap<>();
        for (TableFile.Row row : rows) {
            String code = row.column(0);
            String to = row.column(1);
            if (!code.startsWith("U+") || !to.matches("[A-Za-z]")) {
                throw row.error("expected U+XXXX and one Latin letter");
            }
            int cp;
            try {
                cp = Integer.parseInt(code.substring(2), 16);
            } catch (NumberFormatException e) {
                throw row.error("bad code point");
            }
            Character.UnicodeScript script = Character.UnicodeScript.of(cp);
            if (script == Character.UnicodeScript.LATIN || !Character.isLetter(cp)) {
                throw row.error("not a letter of another script");
            }
            if (map.put(cp, to) != null) {
                throw row.error("repeated letter");
            }
        }
        return new Confusables(Map.copyOf(map));
    }

    /** The Latin letter {@code cp} looks like, or null. */
    String latinFor(int cp) {
        return latin.get(cp);
    }

    boolean isLookAlike(int cp) {
        return latin.containsKey(cp);
    }
}
