package org.cordon.model;

/**
 * A dated fact about a party, possibly a range ("1958 to 1960").
 *
 * @param kind birth or incorporation
 * @param from the date, or the start of the range
 * @param to   the end of the range; equal to {@code from} for a single date
 * @param raw  the text as the source gives it
 */
public record PartyDate(DateKind kind, PartialDate from, PartialDate to, String raw) {

    public PartyDate {
        Checks.nonNull(kind, "date kind");
        Checks.nonNull(from, "date from");
        Checks.nonNull(to, "date to");
        raw = Checks.text(raw, "raw date");
        if (to.compareTo(from) < 0) {
            throw new IllegalArgumentException("date range ends before it starts: " + raw);
        }
    }

    public static PartyDate of(DateKind kind, PartialDate date, String raw) {
        return new PartyDate(kind, date, date, raw);
    }
}
