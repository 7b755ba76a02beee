package org.cordon.match;

import java.util.Collection;
import java.util.List;
import org.cordon.model.Party;
import org.cordon.model.PartyType;

/**
 * Screens names against a fixed set of listed parties. Build once (it indexes every name), then query from any
 * number of threads.
 *
 * <pre>{@code
 * Screener screener = Screener.builder().add("cordon-covered-telecom@1", parties).build();
 * List<Match> matches = screener.screen(ScreeningQuery.of("华为技术有限公司"));
 * }</pre>
 */
public final class Screener {

    /** Scores at or above this are matches. Chosen on the evaluation set; see docs/screening.md. */
    public static final double DEFAULT_THRESHOLD = 0.80;

    /** Matches returned unless asked otherwise. */
    public static final int DEFAULT_LIMIT = 10;

    private Screener() {}

    public static Builder builder() {
        return new Builder();
    }

    /** Matches at or above the default threshold, best first, at most {@link #DEFAULT_LIMIT}. */
    public List<Match> screen(ScreeningQuery query) {
        return screen(query, DEFAULT_THRESHOLD, DEFAULT_LIMIT);
    }

    /** Matches at or above the threshold, best first, at most {@code limit}. */
    public List<Match> screen(ScreeningQuery query, double threshold, int limit) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** How alike two names are, with the explanation; no list involved. */
    public static Comparison compare(String first, String second, PartyType type) {
        throw new UnsupportedOperationException("not built yet");
    }

    /** The result of {@link #compare}. */
    public record Comparison(double score, boolean match, Explanation explanation) {}

    /** Collects the parties to screen against, with the list version each came from. */
    public static final class Builder {
        public Builder add(String listVersion, Collection<Party> parties) {
            throw new UnsupportedOperationException("not built yet");
        }

        public Screener build() {
            throw new UnsupportedOperationException("not built yet");
        }
    }
}
