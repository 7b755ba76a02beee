package org.cordon.ingest.ofac;

import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.model.DateKind;
import org.cordon.model.PartialDate;
import org.cordon.model.PartyDate;

/** Reads OFAC's date text: "01 Jan 1970", "Mar 1971", "1962", "circa 1955", "1958 to 1960", "circa 1979-1982". */
final class OfacDates {

    private OfacDates() {}

    private static final Pattern YEAR_RANGE = Pattern.compile("(\\d{4})\\s*-\\s*(\\d{4})");
    private static final String CIRCA = "circa ";

    /** The date or date range, or empty when the text is not one. */
    static Optional<PartyDate> parse(DateKind kind, String text) {
        String raw = text.strip();
        String t = raw;
        boolean circa = t.toLowerCase(Locale.ROOT).startsWith(CIRCA);
        if (circa) {
            t = t.substring(CIRCA.length()).strip();
        }
        String from = t;
        String to = t;
        Matcher years = YEAR_RANGE.matcher(t);
        int separator = t.indexOf(" to ");
        if (years.matches()) {
            from = years.group(1);
            to = years.group(2);
        } else if (separator > 0) {
            from = t.substring(0, separator);
            to = t.substring(separator + " to ".length());
        }
        String prefix = circa ? CIRCA : "";
        Optional<PartialDate> start = PartialDate.parse(prefix + from);
        Optional<PartialDate> end = PartialDate.parse(prefix + to);
        if (start.isEmpty() || end.isEmpty() || end.get().compareTo(start.get()) < 0) {
            return Optional.empty();
        }
        return Optional.of(new PartyDate(kind, start.get(), end.get(), raw));
    }
}
