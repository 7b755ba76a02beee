package org.cordon.policy.resolve;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cordon.match.analysis.NameAnalyzer;
import org.cordon.match.analysis.TokenKind;
import org.cordon.model.PartyType;

/**
 * Makers and brands known not to be listed parties by themselves (known-makers.csv, each cited): a maker that
 * matches no listed party is cleared only when it is known. A name is known when its words, legal forms left out,
 * begin with the words of one of a maker's names ("Cisco Systems, Inc." begins with "cisco").
 */
public final class KnownMakers {

    /** One known maker, with the source that establishes it. */
    public record Maker(String brand, List<List<String>> names, String country, String source) {}

    private static final String BUNDLED = "/org/cordon/policy/resolve/known-makers.csv";

    private final List<Maker> makers;
    private final NameAnalyzer analyzer;

    private KnownMakers(List<Maker> makers, NameAnalyzer analyzer) {
        this.makers = List.copyOf(makers);
        this.analyzer = analyzer;
    }

    /** None known: every maker that matches no listed party is unknown. */
    public static KnownMakers none() {
        return new KnownMakers(List.of(), NameAnalyzer.standard());
    }

    /** The project's table. */
    public static KnownMakers bundled() {
        try (InputStream in = KnownMakers.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), "known-makers.csv");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Reads a table of the bundled form; a row without a brand, names or source fails naming its line. */
    public static KnownMakers read(Reader in, String file) throws IOException {
        NameAnalyzer analyzer = NameAnalyzer.standard();
        List<Maker> out = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setCommentMarker('#').setHeader().setSkipHeaderRecord(true)
                .setIgnoreSurroundingSpaces(true).get();
        CSVParser parser = format.parse(in);
        for (CSVRecord r : parser) {
            String where = file + ":" + parser.getCurrentLineNumber() + ": ";
            if (r.size() != 4) {
                throw new IllegalArgumentException(where + "expected 4 fields (brand,names,country,source), found " + r.size());
            }
            String brand = r.get("brand");
            String source = r.get("source");
            if (brand.isEmpty() || r.get("names").isEmpty() || source.isEmpty()) {
                throw new IllegalArgumentException(where + "field '" + (brand.isEmpty() ? "brand"
                        : source.isEmpty() ? "source" : "names") + "' is empty");
            }
            List<List<String>> names = new ArrayList<>();
            for (String n : r.get("names").split("\\|")) {
                List<String> words = words(analyzer, n);
                if (words.isEmpty()) {
                    throw new IllegalArgumentException(where + "field 'names': '" + n + "' has no word but legal forms");
                }
                names.add(words);
            }
            out.add(new Maker(brand, names, r.get("country"), source));
        }
        return new KnownMakers(out, analyzer);
    }

    /** The known maker the name belongs to, if any. */
    public Optional<Maker> lookup(String name) {
        List<String> words = words(analyzer, name);
        if (words.isEmpty()) {
            return Optional.empty();
        }
        for (Maker m : makers) {
            for (List<String> n : m.names()) {
                if (words.size() >= n.size() && words.subList(0, n.size()).equals(n)) {
                    return Optional.of(m);
                }
            }
        }
        return Optional.empty();
    }

    public List<Maker> all() {
        return makers;
    }

    private static List<String> words(NameAnalyzer analyzer, String name) {
        return analyzer.analyze(name, PartyType.ORGANIZATION).tokens().stream()
                .filter(t -> t.kind() != TokenKind.LEGAL_FORM).map(t -> t.text()).toList();
    }
}
