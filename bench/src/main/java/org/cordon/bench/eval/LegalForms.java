package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Legal forms of organisations, in groups of forms that say the same thing ("Co., Ltd.", "Company Limited",
 * "Ltd"), and where a name carries one: at its end ("SKY BLUE BIRD FZC", "INSTITUT STROIPROEKT, AO") or, for
 * the Russian-style forms, at its start ("OOO LENDING TECHNOLOGIES").
 */
final class LegalForms {

    private LegalForms() {}

    /** One written form; {@code leads} when lists also put it before the name. */
    record Form(String text, List<String> words, boolean leads, int group) {}

    /** A legal form found in a name: where it is (character offsets), which form, and whether it leads. */
    record Found(int start, int end, Form form, boolean leading) {}

    private static final List<Form> FORMS = new ArrayList<>();
    /** Russian forms in Latin letters: fit for a Russian company only, which the lists write with one already. */
    private static final Set<String> RUSSIAN = Set.of("OOO", "AO", "PAO", "OAO", "ZAO",
            "Obshchestvo s Ogranichennoi Otvetstvennostyu", "Aktsionernoe Obshchestvo",
            "Publichnoe Aktsionernoe Obshchestvo", "Otkrytoe Aktsionernoe Obshchestvo",
            "Zakrytoe Aktsionernoe Obshchestvo");
    private static final Set<String> WORDS = new HashSet<>();

    static {
        group(false, "Co., Ltd.", "Company Limited", "Co. Ltd", "Limited", "Ltd.");
        group(true, "LLC", "L.L.C.", "Limited Liability Company", "OOO",
                "Obshchestvo s Ogranichennoi Otvetstvennostyu");
        group(false, "Inc.", "Incorporated");
        group(false, "Corp.", "Corporation");
        group(true, "JSC", "AO", "Joint Stock Company", "Aktsionernoe Obshchestvo");
        group(true, "PJSC", "PAO", "Public Joint Stock Company", "Publichnoe Aktsionernoe Obshchestvo");
        group(true, "OJSC", "OAO", "Open Joint Stock Company", "Otkrytoe Aktsionernoe Obshchestvo");
        group(true, "CJSC", "ZAO", "Closed Joint Stock Company", "Zakrytoe Aktsionernoe Obshchestvo");
        group(false, "GmbH", "Gesellschaft mit beschraenkter Haftung");
        group(false, "GmbH & Co. KG");
        group(false, "S.A.", "Sociedad Anonima");
        group(false, "S.A. de C.V.", "S. de R.L. de C.V.");
        group(false, "S.A.R.L.");
        group(false, "S.R.L.");
        group(false, "S.A.S.");
        group(false, "S.A.L.");
        group(false, "PLC", "Public Limited Company");
        group(false, "Pvt. Ltd.", "Private Limited");
        group(false, "Pte. Ltd.", "Pte Limited");
        group(false, "Pty. Ltd.", "Proprietary Limited");
        group(false, "Sdn. Bhd.", "Sendirian Berhad");
        group(false, "B.V.");
        group(false, "N.V.");
        group(false, "AG", "Aktiengesellschaft");
        group(false, "AB", "Aktiebolag");
        group(false, "FZE", "FZCO", "FZC", "FZ-LLC");
        group(false, "LLP", "Limited Liability Partnership");
        group(false, "Co.", "Company");
        group(false, "A.S.", "Anonim Sirketi");
        group(false, "Ltd. Sti.", "Limited Sirketi");
        group(false, "S.p.A.", "Societa per Azioni");
        group(false, "Ltda.", "Limitada");
        group(false, "d.o.o.");
        group(false, "Est.", "Establishment");
        // Longest first, so that "Co., Ltd." wins over "Ltd." and "Public Joint Stock Company" over "Company".
        FORMS.sort(Comparator.comparingInt((Form f) -> -f.words().size()));
    }

    private static void group(boolean leads, String... texts) {
        int group = FORMS.isEmpty() ? 0 : FORMS.get(FORMS.size() - 1).group() + 1;
        for (String text : texts) {
            List<String> words = NameKeys.words(text);
            FORMS.add(new Form(text, words, leads, group));
            WORDS.addAll(words);
        }
    }

    /** True for a folded word that is part of some legal form ("ltd", "joint", "obshchestvo"). */
    static boolean isLegalFormWord(String word) {
        return WORDS.contains(word);
    }

    /** The legal form at the end of the name, else one at its start; the name must keep a word besides. */
    static Optional<Found> find(String name) {
        List<int[]> spans = spans(name);
        List<String> keys = spans.stream().map(s -> NameKeys.compact(name.substring(s[0], s[1]))).toList();
        for (Form form : FORMS) {
            int k = form.words().size();
            if (keys.size() > k && keys.subList(keys.size() - k, keys.size()).equals(form.words())) {
                int first = keys.size() - k;
                return Optional.of(new Found(spans.get(first)[0], spans.get(keys.size() - 1)[1], form, false));
            }
        }
        for (Form form : FORMS) {
            int k = form.words().size();
            if (form.leads() && keys.size() > k && keys.subList(0, k).equals(form.words())) {
                return Optional.of(new Found(spans.get(0)[0], spans.get(k - 1)[1], form, true));
            }
        }
        return Optional.empty();
    }

    /** The name without its legal form and the commas or hyphens that joined it. */
    static String remove(String name, Found found) {
        String before = name.substring(0, found.start()).replaceAll("[\\s,;\\-/]+$", "");
        String after = name.substring(found.end()).replaceAll("^[\\s,;\\-/]+", "");
        String rest = (before + (before.isEmpty() || after.isEmpty() ? "" : " ") + after).strip();
        // "OPEN JOINT-STOCK COMPANY 'PRIVOLZHSK OIL TRUNK PIPELINES'": the quotes only set the name off the form.
        return rest.matches("(['\"«]).*['\"»]") ? rest.substring(1, rest.length() - 1).strip() : rest;
    }

    /** The name with its legal form written as another form of the same group, in the name's case. */
    static String replace(String name, Found found, String form) {
        return name.substring(0, found.start()) + inCaseOf(name, form) + name.substring(found.end());
    }

    /**
     * The other forms that say the same as the one found (differing in more than punctuation); Russian forms only
     * for a name written the Russian way (a Russian form, or a form in front).
     */
    static List<String> alternatives(Found found) {
        boolean russian = found.leading() || RUSSIAN.contains(found.form().text());
        return FORMS.stream()
                .filter(f -> f.group() == found.form().group() && !f.words().equals(found.form().words()))
                .filter(f -> !found.leading() || f.leads())
                .filter(f -> russian || !RUSSIAN.contains(f.text()))
                .map(Form::text).distinct().toList();
    }

    /** Upper case when the name has no lower-case letter ("SKY BLUE BIRD FZC"), as written otherwise. */
    static String inCaseOf(String name, String text) {
        boolean upper = name.codePoints().noneMatch(Character::isLowerCase);
        return upper ? text.toUpperCase(Locale.ROOT) : text;
    }

    /** Runs of characters between spaces, commas, hyphens, brackets and slashes, as [start, end) offsets. */
    private static List<int[]> spans(String name) {
        List<int[]> spans = new ArrayList<>();
        int start = -1;
        for (int i = 0; i <= name.length(); i++) {
            boolean separator = i == name.length() || isSeparator(name.charAt(i));
            if (separator && start >= 0) {
                if (!NameKeys.compact(name.substring(start, i)).isEmpty()) {
                    spans.add(new int[] {start, i});
                }
                start = -1;
            } else if (!separator && start < 0) {
                start = i;
            }
        }
        return spans;
    }

    private static boolean isSeparator(char c) {
        return Character.isWhitespace(c) || ",;-()/[]".indexOf(c) >= 0;
    }
}
