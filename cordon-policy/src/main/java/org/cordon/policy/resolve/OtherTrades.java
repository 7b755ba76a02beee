package org.cordon.policy.resolve;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.cordon.match.analysis.AnalyzedName;
import org.cordon.match.analysis.NameAnalyzer;
import org.cordon.model.Name;
import org.cordon.model.Party;
import org.cordon.model.PartyType;

/**
 * Trades none of the covered companies is in (other-trades.txt): a name in the review band that names one of
 * them, where the listed party it comes near names none, is another business sharing a word ("Hua Wei Restaurant"
 * and Huawei), cleared with a note so that failing closed does not send every restaurant called Hua Wei to review.
 */
final class OtherTrades {

    private static final String BUNDLED = "/org/cordon/policy/resolve/other-trades.txt";

    private final Set<String> words;
    private final NameAnalyzer analyzer;

    private OtherTrades(Set<String> words, NameAnalyzer analyzer) {
        this.words = Set.copyOf(words);
        this.analyzer = analyzer;
    }

    static OtherTrades bundled(NameAnalyzer analyzer) {
        Set<String> words = new HashSet<>();
        try (InputStream in = OtherTrades.class.getResourceAsStream(BUNDLED)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUNDLED);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) {
                    words.add(w);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new OtherTrades(words, analyzer);
    }

    /** The trade word the name carries and none of the party's names does, if any. */
    Optional<String> tradeApart(String name, PartyType type, Party party) {
        Optional<String> trade = tokens(analyzer.analyze(name, type)).stream().filter(words::contains).findFirst();
        if (trade.isEmpty()) {
            return Optional.empty();
        }
        for (Name n : party.names()) {
            if (tokens(analyzer.analyze(n.value(), party.type())).contains(trade.get())) {
                return Optional.empty();
            }
        }
        return trade;
    }

    private static List<String> tokens(AnalyzedName a) {
        return a.tokens().stream().map(t -> t.text()).toList();
    }
}
