package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;

/**
 * Variants that change a name's words: their order, a middle name left out, the legal form removed, changed or
 * added. Each returns empty when the change does not apply to the name.
 */
final class StructureVariants {

    private StructureVariants() {}

    /** A person's name as lists write it: "SURNAME, Given Names" (inverted) or in natural order. */
    record PersonName(List<String> surname, List<String> given, boolean inverted) {

        static PersonName parse(String name) {
            int comma = name.indexOf(',');
            if (comma > 0 && comma < name.length() - 1) {
                return new PersonName(tokens(name.substring(0, comma)), tokens(name.substring(comma + 1)), true);
            }
            return new PersonName(List.of(), tokens(name), false);
        }

        /** Given names first, then surnames. */
        List<String> naturalOrder() {
            List<String> all = new ArrayList<>(given);
            all.addAll(surname);
            return all;
        }
    }

    /**
     * Persons: "Given SURNAME" from "SURNAME, Given", "LAST, First Middle" from a name in natural order.
     * Anything else: two words swapped, legal form and particles left in place.
     */
    static Optional<String> reorder(String name, boolean person, Random rnd) {
        if (person) {
            PersonName p = PersonName.parse(name);
            if (p.inverted() && !p.given().isEmpty()) {
                return Optional.of(String.join(" ", p.naturalOrder()));
            }
            List<String> words = p.given();
            if (words.size() < 2) {
                return Optional.empty();
            }
            String last = words.get(words.size() - 1);
            return Optional.of(last + ", " + String.join(" ", words.subList(0, words.size() - 1)));
        }
        List<String> tokens = new ArrayList<>(List.of(name.split(" ")));
        List<Integer> movable = new ArrayList<>();
        Optional<LegalForms.Found> legal = LegalForms.find(name);
        int offset = 0;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            int at = offset;
            boolean inLegalForm = legal.map(f -> at >= f.start() && at < f.end()).orElse(false);
            if (!inLegalForm && t.matches("[\\p{L}\\p{N}][\\p{L}\\p{N}'’&-]*")
                    && !NameKeys.STOP_WORDS.contains(t.toLowerCase(Locale.ROOT))) {
                movable.add(i);
            }
            offset += t.length() + 1;
        }
        if (movable.size() < 2) {
            return Optional.empty();
        }
        int a = movable.remove(rnd.nextInt(movable.size()));
        int b = movable.get(rnd.nextInt(movable.size()));
        if (tokens.get(a).equalsIgnoreCase(tokens.get(b))) {
            return Optional.empty();
        }
        String swap = tokens.get(a);
        tokens.set(a, tokens.get(b));
        tokens.set(b, swap);
        return Optional.of(String.join(" ", tokens));
    }

    /** A person's name of three or more words without one of its middle words (not a particle). */
    static Optional<String> dropMiddle(String name, Random rnd) {
        PersonName p = PersonName.parse(name);
        List<String> natural = p.naturalOrder();
        List<Integer> middle = new ArrayList<>();
        for (int i = 1; i < natural.size() - 1; i++) {
            String w = natural.get(i);
            if (NameKeys.letterCount(w) >= 2 && !NameKeys.STOP_WORDS.contains(NameKeys.compact(w))) {
                middle.add(i);
            }
        }
        if (natural.size() < 3 || middle.isEmpty()) {
            return Optional.empty();
        }
        int drop = middle.get(rnd.nextInt(middle.size()));
        if (!p.inverted()) {
            List<String> kept = new ArrayList<>(natural);
            kept.remove(drop);
            return Optional.of(String.join(" ", kept));
        }
        List<String> given = new ArrayList<>(p.given());
        List<String> surname = new ArrayList<>(p.surname());
        if (drop < given.size()) {
            given.remove(drop);
        } else {
            surname.remove(drop - given.size());
        }
        if (surname.isEmpty() || given.isEmpty()) {
            List<String> kept = new ArrayList<>(given);
            kept.addAll(surname);
            return Optional.of(String.join(" ", kept));
        }
        return Optional.of(String.join(" ", surname) + ", " + String.join(" ", given));
    }

    /**
     * The legal form removed or written as another form of the same meaning ("Co., Ltd." to "Company Limited"
     * or "Ltd."; "LLC" to "L.L.C."); "Inc." added where the name has none.
     */
    static Optional<String> legalForm(String name, Random rnd) {
        Optional<LegalForms.Found> found = LegalForms.find(name);
        if (found.isEmpty()) {
            return Optional.of(name + " " + LegalForms.inCaseOf(name, "Inc."));
        }
        List<String> options = new ArrayList<>();
        String removed = LegalForms.remove(name, found.get());
        if (!NameKeys.contentWords(removed).isEmpty() && NameKeys.letterCount(removed) >= 4) {
            options.add(removed);
        }
        for (String alternative : LegalForms.alternatives(found.get())) {
            options.add(LegalForms.replace(name, found.get(), alternative));
        }
        options.removeIf(o -> o.equals(name));
        if (options.isEmpty()) {
            return Optional.empty();
        }
        // Removal is as common as all the rewritings together: screening input often has no legal form at all.
        boolean remove = options.get(0).equals(removed) && (options.size() == 1 || rnd.nextBoolean());
        return Optional.of(remove ? removed : options.get(options.get(0).equals(removed)
                ? 1 + rnd.nextInt(options.size() - 1) : rnd.nextInt(options.size())));
    }

    private static List<String> tokens(String text) {
        String t = text.strip();
        return t.isEmpty() ? List.of() : List.of(t.split("\\s+"));
    }
}
