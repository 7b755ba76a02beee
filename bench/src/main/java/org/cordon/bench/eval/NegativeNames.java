package org.cordon.bench.eval;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;

/**
 * Names on no list, put together at random from the word tables: persons ("Elif Aydin", "KOWALCZYK, Tomasz")
 * and organisations ("Northern Valley Logistics LLC"). A name that collides with a listed one (see
 * {@link ListedNames#collides}) or that differs from one already drawn only in case or word order is thrown
 * away and another drawn.
 */
final class NegativeNames {

    /** Draws per wanted name before giving up: collisions are rare, so this is never reached in practice. */
    private static final int ATTEMPTS_PER_NAME = 50;

    private final NameTables tables;
    private final ListedNames listed;

    NegativeNames(NameTables tables, ListedNames listed) {
        this.tables = tables;
        this.listed = listed;
    }

    /** Up to {@code count} distinct person names on no list. */
    List<String> persons(int count, Random rnd) {
        List<String> cultures = new ArrayList<>(tables.givenNames().keySet());
        Set<String> names = new LinkedHashSet<>();
        Set<String> identities = new HashSet<>();
        for (int attempt = 0; names.size() < count && attempt < count * ATTEMPTS_PER_NAME; attempt++) {
            String culture = cultures.get(rnd.nextInt(cultures.size()));
            // Mostly one culture per name, as people are named; sometimes mixed, as people also are.
            String surnameCulture = rnd.nextInt(5) == 0 ? cultures.get(rnd.nextInt(cultures.size())) : culture;
            List<String> given = new ArrayList<>();
            given.add(pick(tables.givenNames().get(culture), rnd));
            if (rnd.nextInt(4) == 0) {
                String second = pick(tables.givenNames().get(culture), rnd);
                if (!given.contains(second)) {
                    given.add(second);
                }
            }
            String surname = pick(tables.surnames().get(surnameCulture), rnd);
            String name = switch (rnd.nextInt(6)) {
                case 0 -> surname.toUpperCase(Locale.ROOT) + ", " + String.join(" ", given);
                case 1 -> (String.join(" ", given) + " " + surname).toUpperCase(Locale.ROOT);
                default -> NameTables.SURNAME_FIRST.contains(culture)
                        ? surname + " " + String.join(" ", given) : String.join(" ", given) + " " + surname;
            };
            if (identities.add(NameKeys.identity(name)) && !listed.collides(name)) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    /** Up to {@code count} distinct organisation names on no list. */
    List<String> organisations(int count, Random rnd) {
        Set<String> names = new LinkedHashSet<>();
        Set<String> identities = new HashSet<>();
        for (int attempt = 0; names.size() < count && attempt < count * ATTEMPTS_PER_NAME; attempt++) {
            List<String> words = new ArrayList<>();
            switch (rnd.nextInt(5)) {
                case 0, 1 -> {
                    words.add(pick(tables.words("adjective"), rnd));
                    words.add(pick(tables.words("noun"), rnd));
                    words.add(pick(tables.words("sector"), rnd));
                }
                case 2 -> {
                    words.add(pick(tables.words("adjective"), rnd));
                    words.add(pick(tables.words("sector"), rnd));
                }
                case 3 -> {
                    words.add(pick(tables.words("place"), rnd));
                    words.add(pick(tables.words("sector"), rnd));
                }
                default -> {
                    words.add(pick(tables.words("noun"), rnd));
                    words.add(pick(tables.words("noun"), rnd));
                    words.add(pick(tables.words("sector"), rnd));
                }
            }
            if (rnd.nextInt(8) != 0) {
                words.add(pick(tables.words("legal_form"), rnd));
            }
            String name = String.join(" ", words);
            if (rnd.nextInt(5) == 0) {
                name = name.toUpperCase(Locale.ROOT);
            }
            if (words.stream().distinct().count() == words.size() && identities.add(NameKeys.identity(name))
                    && !listed.collides(name)) {
                names.add(name);
            }
        }
        return new ArrayList<>(names);
    }

    private static String pick(List<String> words, Random rnd) {
        return words.get(rnd.nextInt(words.size()));
    }
}
