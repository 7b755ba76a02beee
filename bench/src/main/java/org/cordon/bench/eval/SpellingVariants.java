package org.cordon.bench.eval;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Variants that change how a name is spelt but not its words: case, accents, one typing error, spacing and
 * punctuation. Each returns empty when the change does not apply to the name or would leave it as it was.
 */
final class SpellingVariants {

    private SpellingVariants() {}

    private static final Pattern WORD = Pattern.compile("\\p{L}+");
    private static final String ALPHABET = "abcdefghijklmnopqrstuvwxyz";

    /** Accented forms that names in Latin letters plausibly carry (é in French, ü in German, ñ in Spanish...). */
    private static final Map<Character, String> ACCENTED = Map.of(
            'a', "á", 'e', "éééè", 'i', "í", 'o', "óö", 'u', "úü", 'n', "ñ", 'c', "ç");

    /** Particles written now apart, now joined to the next word ("AL QAIDA", "ALQAIDA"). */
    private static final List<String> PARTICLES = List.of("al", "el", "ul", "abu", "abd", "abdul", "bin", "ibn", "ben",
            "bou", "de", "del", "da", "di", "van", "von", "le", "la", "mc", "mac", "o");

    /** Lower, upper or title case, whichever differs from the name as written. */
    static Optional<String> changeCase(String name, Random rnd) {
        List<String> forms = new ArrayList<>(List.of(name.toLowerCase(Locale.ROOT), name.toUpperCase(Locale.ROOT),
                titleCase(name)));
        forms.removeIf(f -> f.equals(name));
        return forms.isEmpty() ? Optional.empty() : Optional.of(forms.get(rnd.nextInt(forms.size())));
    }

    /**
     * Accents removed where the name has some, else one or two added where names carry them: é above all, then
     * á, í, ó, ú, ü, ñ, ç, never on a word's first letter but for É, never in legal-form words.
     */
    static Optional<String> changeDiacritics(String name, Random rnd) {
        String stripped = Normalizer.normalize(Normalizer.normalize(name, Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", ""), Normalizer.Form.NFC);
        if (!stripped.equals(name)) {
            return Optional.of(stripped);
        }
        List<Integer> es = new ArrayList<>();
        List<Integer> others = new ArrayList<>();
        Matcher words = WORD.matcher(name);
        while (words.find()) {
            if (words.end() - words.start() < 3 || LegalForms.isLegalFormWord(NameKeys.folded(words.group()))) {
                continue;
            }
            for (int i = words.start(); i < words.end(); i++) {
                char c = Character.toLowerCase(name.charAt(i));
                if (c == 'e') {
                    es.add(i);
                } else if (i > words.start() && ACCENTED.containsKey(c)) {
                    others.add(i);
                }
            }
        }
        StringBuilder out = new StringBuilder(name);
        int count = es.size() + others.size() > 1 && rnd.nextInt(4) == 0 ? 2 : 1;
        for (int n = 0; n < count && !(es.isEmpty() && others.isEmpty()); n++) {
            List<Integer> from = !es.isEmpty() && (others.isEmpty() || rnd.nextInt(5) < 3) ? es : others;
            int at = from.remove(rnd.nextInt(from.size()));
            char c = name.charAt(at);
            String options = ACCENTED.get(Character.toLowerCase(c));
            char accented = options.charAt(rnd.nextInt(options.length()));
            out.setCharAt(at, Character.isUpperCase(c) ? Character.toUpperCase(accented) : accented);
        }
        String accented = out.toString();
        return accented.equals(name) ? Optional.empty() : Optional.of(accented);
    }

    /**
     * One substitution, deletion, insertion or transposition inside a word of five letters or more, never at
     * its first letter (people rarely mistype that).
     */
    static Optional<String> typo(String name, Random rnd) {
        List<int[]> words = new ArrayList<>();
        Matcher m = WORD.matcher(name);
        while (m.find()) {
            if (m.end() - m.start() >= 5) {
                words.add(new int[] {m.start(), m.end()});
            }
        }
        if (words.isEmpty()) {
            return Optional.empty();
        }
        int[] word = words.get(rnd.nextInt(words.size()));
        String w = name.substring(word[0], word[1]);
        boolean upper = w.codePoints().noneMatch(Character::isLowerCase);
        String typed;
        switch (rnd.nextInt(4)) {
            case 0 -> {
                int i = 1 + rnd.nextInt(w.length() - 1);
                typed = w.substring(0, i) + letter(rnd, w.charAt(i), upper) + w.substring(i + 1);
            }
            case 1 -> {
                int i = 1 + rnd.nextInt(w.length() - 1);
                typed = w.substring(0, i) + w.substring(i + 1);
            }
            case 2 -> {
                int i = 1 + rnd.nextInt(w.length());
                typed = w.substring(0, i) + letter(rnd, ' ', upper) + w.substring(i);
            }
            default -> {
                List<Integer> swaps = new ArrayList<>();
                for (int i = 1; i + 1 < w.length(); i++) {
                    if (w.charAt(i) != w.charAt(i + 1)) {
                        swaps.add(i);
                    }
                }
                if (swaps.isEmpty()) {
                    return Optional.empty();
                }
                int i = swaps.get(rnd.nextInt(swaps.size()));
                typed = w.substring(0, i) + w.charAt(i + 1) + w.charAt(i) + w.substring(i + 2);
            }
        }
        String out = name.substring(0, word[0]) + typed + name.substring(word[1]);
        return out.equals(name) ? Optional.empty() : Optional.of(out);
    }

    /**
     * A particle joined to its word ("AL QAIDA" becomes "ALQAIDA"), else a long word split in two or two words
     * joined.
     */
    static Optional<String> spacing(String name, Random rnd) {
        List<String> tokens = List.of(name.split(" ", -1));
        List<String> particleJoins = new ArrayList<>();
        List<String> others = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (i + 1 < tokens.size() && isWord(t) && isWord(tokens.get(i + 1))) {
                String joined = joinAt(tokens, i);
                (PARTICLES.contains(t.toLowerCase(Locale.ROOT)) ? particleJoins : others).add(joined);
            }
            if (isWord(t) && t.length() >= 8) {
                others.add(splitAt(tokens, i, 3 + rnd.nextInt(t.length() - 5)));
            }
        }
        boolean particle = !particleJoins.isEmpty() && (others.isEmpty() || rnd.nextBoolean());
        List<String> pool = particle ? particleJoins : others;
        return pool.isEmpty() ? Optional.empty() : Optional.of(pool.get(rnd.nextInt(pool.size())));
    }

    /**
     * One kind of punctuation removed where the name has some (hyphens become spaces or vanish; dots, commas,
     * apostrophes, brackets vanish), else a hyphen or a comma added between two words.
     */
    static Optional<String> punctuation(String name, Random rnd) {
        List<String> removals = new ArrayList<>();
        if (name.contains("-")) {
            removals.add(rnd.nextBoolean() ? name.replace("-", " ").replaceAll(" +", " ") : name.replace("-", ""));
        }
        if (name.contains(".")) {
            removals.add(name.replace(".", "").replaceAll(" +", " ").strip());
        }
        if (name.contains(",")) {
            removals.add(name.replace(",", "").replaceAll(" +", " "));
        }
        if (name.matches(".*['’`].*")) {
            removals.add(name.replaceAll("['’`]", ""));
        }
        if (name.matches(".*[()].*")) {
            removals.add(name.replaceAll("[()]", "").replaceAll(" +", " ").strip());
        }
        removals.removeIf(r -> r.equals(name) || NameKeys.letterCount(r) == 0);
        if (!removals.isEmpty()) {
            return Optional.of(removals.get(rnd.nextInt(removals.size())));
        }
        List<Integer> spaces = new ArrayList<>();
        for (int i = 1; i < name.length() - 1; i++) {
            if (name.charAt(i) == ' ' && Character.isLetterOrDigit(name.charAt(i - 1))
                    && Character.isLetterOrDigit(name.charAt(i + 1))) {
                spaces.add(i);
            }
        }
        if (spaces.isEmpty()) {
            return Optional.empty();
        }
        int at = spaces.get(rnd.nextInt(spaces.size()));
        String mark = rnd.nextInt(3) == 0 ? ", " : "-";
        return Optional.of(name.substring(0, at) + mark + name.substring(at + 1));
    }

    /** Each word with its first letter upper case and the rest lower case. */
    static String titleCase(String name) {
        StringBuilder out = new StringBuilder(name.length());
        boolean start = true;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            out.append(start ? Character.toUpperCase(c) : Character.toLowerCase(c));
            start = !Character.isLetter(c) && c != '\'' && c != '’';
        }
        return out.toString();
    }

    private static boolean isWord(String token) {
        return !token.isEmpty() && token.codePoints().allMatch(Character::isLetter);
    }

    private static String joinAt(List<String> tokens, int i) {
        List<String> out = new ArrayList<>(tokens.subList(0, i));
        out.add(tokens.get(i) + tokens.get(i + 1));
        out.addAll(tokens.subList(i + 2, tokens.size()));
        return String.join(" ", out);
    }

    private static String splitAt(List<String> tokens, int i, int at) {
        List<String> out = new ArrayList<>(tokens.subList(0, i));
        out.add(tokens.get(i).substring(0, at) + " " + tokens.get(i).substring(at));
        out.addAll(tokens.subList(i + 1, tokens.size()));
        return String.join(" ", out);
    }

    /** A letter other than {@code not}, in the word's case. */
    private static char letter(Random rnd, char not, boolean upper) {
        char c;
        do {
            c = ALPHABET.charAt(rnd.nextInt(ALPHABET.length()));
        } while (c == Character.toLowerCase(not));
        return upper ? Character.toUpperCase(c) : c;
    }
}
