package org.cordon.bench.eval;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The hand-written word tables negatives are made of: common given names and surnames of twenty cultures
 * ({@code person-names.csv}) and words for organisation names by their place in the name
 * ({@code organisation-words.csv}).
 *
 * @param givenNames    given names by culture
 * @param surnames      surnames by culture
 * @param organisation  organisation name words by slot: adjective, noun, sector, place, legal_form
 */
record NameTables(Map<String, List<String>> givenNames, Map<String, List<String>> surnames,
                  Map<String, List<String>> organisation) {

    /** Cultures whose names are written surname first. */
    static final Set<String> SURNAME_FIRST = Set.of("chinese", "korean", "vietnamese");

    static NameTables bundled() {
        Map<String, List<String>> given = new TreeMap<>();
        Map<String, List<String>> surnames = new TreeMap<>();
        for (CSVRecord r : rows("person-names.csv")) {
            (r.get("part").equals("given") ? given : surnames)
                    .computeIfAbsent(r.get("culture"), c -> new ArrayList<>()).add(r.get("name"));
        }
        Map<String, List<String>> organisation = new TreeMap<>();
        for (CSVRecord r : rows("organisation-words.csv")) {
            organisation.computeIfAbsent(r.get("slot"), s -> new ArrayList<>()).add(r.get("word"));
        }
        return new NameTables(given, surnames, organisation);
    }

    /** The organisation words of one slot. */
    List<String> words(String slot) {
        List<String> words = organisation.get(slot);
        if (words == null) {
            throw new IllegalStateException("no organisation words for slot " + slot);
        }
        return words;
    }

    /** Every given name, in table order. */
    List<String> allGivenNames() {
        List<String> all = new ArrayList<>();
        givenNames.values().forEach(all::addAll);
        return all;
    }

    /** Every surname, in table order. */
    List<String> allSurnames() {
        List<String> all = new ArrayList<>();
        surnames.values().forEach(all::addAll);
        return all;
    }

    private static List<CSVRecord> rows(String resource) {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .get();
        try (InputStream in = NameTables.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IOException("resource missing: " + resource);
            }
            return format.parse(new InputStreamReader(in, StandardCharsets.UTF_8)).getRecords();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
