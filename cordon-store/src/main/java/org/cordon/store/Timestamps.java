package org.cordon.store;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.temporal.ChronoField;
import java.time.temporal.ChronoUnit;

/**
 * Instants as fixed-width ISO-8601 text in UTC ({@code 2025-03-01T09:30:00.000000Z}): the same in both databases,
 * and text order is time order, so ranges and sorting work on the plain column.
 */
final class Timestamps {

    private static final DateTimeFormatter FORMAT = new DateTimeFormatterBuilder()
            .appendPattern("uuuu-MM-dd'T'HH:mm:ss")
            .appendFraction(ChronoField.NANO_OF_SECOND, 6, 6, true)
            .appendLiteral('Z')
            .toFormatter()
            .withZone(ZoneOffset.UTC);

    private Timestamps() {
    }

    /** Microseconds are what the text keeps, so values are cut to them before they are stored or compared. */
    static Instant truncate(Instant t) {
        return t.truncatedTo(ChronoUnit.MICROS);
    }

    static Instant now(Clock clock) {
        return truncate(clock.instant());
    }

    static String format(Instant t) {
        return FORMAT.format(truncate(t));
    }

    static Instant parse(String text) {
        return Instant.parse(text);
    }
}
