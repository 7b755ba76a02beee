package org.cordon.model;

import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A date that lists often give only in part ("1962", "Mar 1971", "circa 1955", "12 Jan 1970").
 *
 * @param year        the year (always known)
 * @param month       1-12, or 0 when not given
 * @param day         1-31, or 0 when not given
 * @param approximate true for "circa" / "approximately"
 */
public record PartialDate(int year, int month, int day, boolean approximate) implements Comparable<PartialDate> {

    private static final Pattern ISO = Pattern.compile("(\\d{4})(?:-(\\d{1,2})(?:-(\\d{1,2}))?)?");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile("(?:(\\d{1,2})\\s+)?([A-Za-z]{3,9})\\.?\\s+(\\d{4})");
    private static final Pattern US = Pattern.compile("(\\d{1,2})/(\\d{1,2})/(\\d{4})");

    public PartialDate {
        if (year < 1 || year > 9999) {
            throw new IllegalArgumentException("year out of range: " + year);
        }
        if (month < 0 || month > 12) {
            throw new IllegalArgumentException("month out of range: " + month);
        }
        if (day < 0 || day > 31 || (day > 0 && month == 0)) {
            throw new IllegalArgumentException("day out of range: " + day);
        }
        if (day > 0) {
            LocalDate.of(year, month, day); // rejects 31 Feb
        }
    }

    public static PartialDate of(LocalDate date) {
        return new PartialDate(date.getYear(), date.getMonthValue(), date.getDayOfMonth(), false);
    }

    /**
     * Parses the forms the lists use: {@code 1962}, {@code 1962-03}, {@code 1962-03-04}, {@code 04 Mar 1962},
     * {@code Mar 1962}, {@code 03/04/1962} (US order), each optionally after "circa" or "approximately".
     *
     * @return empty when the text is none of these
     */
    public static Optional<PartialDate> parse(String text) {
        if (text == null) {
            return Optional.empty();
        }
        String t = text.strip();
        boolean approx = false;
        String lower = t.toLowerCase(Locale.ROOT);
        for (String prefix : new String[] {"circa ", "approximately ", "approx. ", "about ", "c. ", "ca. "}) {
            if (lower.startsWith(prefix)) {
                approx = true;
                t = t.substring(prefix.length()).strip();
                break;
            }
        }
        try {
            Matcher m = ISO.matcher(t);
            if (m.matches()) {
                return Optional.of(new PartialDate(Integer.parseInt(m.group(1)),
                        m.group(2) == null ? 0 : Integer.parseInt(m.group(2)),
                        m.group(3) == null ? 0 : Integer.parseInt(m.group(3)), approx));
            }
            m = DAY_MONTH_YEAR.matcher(t);
            if (m.matches()) {
                Optional<Integer> month = monthNumber(m.group(2));
                if (month.isEmpty()) {
                    return Optional.empty();
                }
                return Optional.of(new PartialDate(Integer.parseInt(m.group(3)), month.get(),
                        m.group(1) == null ? 0 : Integer.parseInt(m.group(1)), approx));
            }
            m = US.matcher(t);
            if (m.matches()) {
                return Optional.of(new PartialDate(Integer.parseInt(m.group(3)), Integer.parseInt(m.group(1)),
                        Integer.parseInt(m.group(2)), approx));
            }
        } catch (RuntimeException invalid) {
            return Optional.empty();
        }
        return Optional.empty();
    }

    private static Optional<Integer> monthNumber(String name) {
        String n = name.toLowerCase(Locale.ROOT);
        for (Month month : Month.values()) {
            String full = month.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT);
            if (full.equals(n) || (n.length() >= 3 && full.startsWith(n))) {
                return Optional.of(month.getValue());
            }
        }
        return Optional.empty();
    }

    /** The full date, when day and month are known. */
    public Optional<LocalDate> toLocalDate() {
        return day > 0 ? Optional.of(LocalDate.of(year, month, day)) : Optional.empty();
    }

    /** ISO form with only the known parts: {@code 1962}, {@code 1962-03} or {@code 1962-03-04}; "~" marks circa. */
    @Override
    public String toString() {
        String s = month == 0 ? String.format("%04d", year)
                : day == 0 ? String.format("%04d-%02d", year, month)
                : String.format("%04d-%02d-%02d", year, month, day);
        return approximate ? "~" + s : s;
    }

    @Override
    public int compareTo(PartialDate o) {
        int c = Integer.compare(year, o.year);
        if (c == 0) {
            c = Integer.compare(month, o.month);
        }
        return c != 0 ? c : Integer.compare(day, o.day);
    }
}
