package org.cordon.ingest;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.util.Optional;

/** Reads the full dates of list columns (listing, expiry), where an unreadable date is a malformed field. */
public final class FieldDates {

    /** {@code 2020-12-23}, also with an offset ({@code 2015-04-07-04:00}, as the UN writes some dates). */
    public static final DateTimeFormatter ISO = DateTimeFormatter.ISO_DATE;
    /** {@code 06/19/2003}, month first, as BIS writes dates. */
    public static final DateTimeFormatter US =
            DateTimeFormatter.ofPattern("MM/dd/uuuu").withResolverStyle(ResolverStyle.STRICT);

    private FieldDates() {}

    /**
     * @return empty for blank text
     * @throws MalformedField when the text is not a valid date in the given format
     */
    public static Optional<LocalDate> parse(String text, DateTimeFormatter format, String field) throws MalformedField {
        String t = text == null ? "" : text.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        try {
            return Optional.of(LocalDate.parse(t, format));
        } catch (DateTimeParseException e) {
            throw new MalformedField(field, "not a valid date: '" + t + "'");
        }
    }
}
