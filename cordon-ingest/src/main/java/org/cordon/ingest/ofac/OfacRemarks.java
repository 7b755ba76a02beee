package org.cordon.ingest.ofac;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.ingest.ofac.RemarkFacts.Recognition;
import org.cordon.ingest.ofac.RemarkFacts.Segment;
import org.cordon.model.Country;
import org.cordon.model.DateKind;
import org.cordon.model.Identifier;
import org.cordon.model.IdentifierType;
import org.cordon.model.Name;
import org.cordon.model.NameKind;
import org.cordon.model.PartyDate;
import org.cordon.model.RelationKind;
import org.cordon.model.Relationship;

/**
 * Reads the facts OFAC writes into an entry's remarks: {@code a.k.a. 'BNC'; DOB 01 Jan 1970; nationality Iran;
 * Passport A123 (Iran); Linked To: BANK MELLI IRAN.} The remarks are split into ';'-separated segments (a quoted
 * alias may itself hold a ';'), and each segment is matched against the forms OFAC uses. Whatever is not understood
 * stays in the remarks text, which the importers keep whole; nothing here throws on odd input.
 *
 * <p>The legacy CSV files carry only strong aliases in {@code alt.csv}; the weak ones ("a.k.a.", "f.k.a." or
 * "n.k.a.") are in the remarks, so every alias found here is a {@link NameKind#WEAK_AKA}.
 */
public final class OfacRemarks {

    private OfacRemarks() {}

    private static final Pattern ALIAS_START = Pattern.compile("(?i)(?:alt\\.\\s+)?[afn]\\.k\\.a\\.,?\\s+'");
    private static final Pattern ALIAS = Pattern.compile("(?i)[afn]\\.k\\.a\\.,?\\s+(.+)", Pattern.DOTALL);
    private static final Pattern ALIAS_CLOSE = Pattern.compile("\\.?\\s*(?:;|$)");
    private static final Pattern ALT = Pattern.compile("(?i)^alt\\.\\s+");
    private static final Pattern LINKED_TO = Pattern.compile("(?i)Linked To:?\\s+(.+)", Pattern.DOTALL);
    private static final Pattern DOB = Pattern.compile("(?i)DOB:?\\s+(.+)", Pattern.DOTALL);
    private static final Pattern NATIONALITY = Pattern.compile(
            "(?i)(?:nationality of registration|nationality|citizen)\\s*:?\\s+(.+)", Pattern.DOTALL);
    /** "LABEL VALUE (Country)" with a label OFAC has not used before: kept as OTHER with its label. */
    private static final Pattern LABELLED_ID = Pattern.compile(
            "([A-Z][A-Za-z.'/#&\\- ]{1,60}?):?\\s+(\\S*\\d\\S*(?:\\s\\S*\\d\\S*)?)\\s+\\(([^()]+)\\)");

    /** Parses complete remarks (the legacy text, or remarks joined with their continuation). */
    public static RemarkFacts parse(String remarks) {
        return parse(remarks, "", false);
    }

    /**
     * Parses remarks.
     *
     * @param remarks  the text; null or blank gives no facts
     * @param title    the entry's title: a segment repeating it is recognised as such
     * @param mayBeCut true when the text may have been cut at the field limit without its continuation; its last
     *                 segment is then kept in the remarks only, so that "Linked To: BANK ME" does not become a tie
     */
    public static RemarkFacts parse(String remarks, String title, boolean mayBeCut) {
        Collector facts = new Collector(title == null ? "" : title.strip());
        List<String> segments = segments(remarks == null ? "" : remarks);
        for (int i = 0; i < segments.size(); i++) {
            boolean last = i == segments.size() - 1;
            String segment = segments.get(i);
            if (last && mayBeCut) {
                facts.segments.add(new Segment(segment, Recognition.TRUNCATED));
            } else {
                facts.read(segment, last);
            }
        }
        return new RemarkFacts(facts.names, facts.identifiers, facts.nationalities, facts.dates,
                facts.relationships, facts.segments);
    }

    /**
     * Splits remarks on ';', except inside a quoted alias ({@code a.k.a. 'X; Y'}). An alias quote closes only at
     * a quote followed by the end or a ';' (optionally after a period), since the names themselves hold
     * apostrophes ({@code a.k.a. 'AL-QA'IDA'}); without such a closing quote the segment ends at the next ';'.
     */
    static List<String> segments(String remarks) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = remarks.length();
        while (i < n) {
            int from = aliasEnd(remarks, i);
            int semi = remarks.indexOf(';', from < 0 ? i : from);
            int end = semi < 0 ? n : semi;
            String segment = remarks.substring(i, end).strip();
            if (!segment.isEmpty()) {
                out.add(segment);
            }
            i = end + 1;
        }
        return out;
    }

    /** Where the quoted alias starting the segment at {@code start} closes (just past its quote), or -1. */
    private static int aliasEnd(String text, int start) {
        int s = start;
        while (s < text.length() && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        Matcher open = ALIAS_START.matcher(text).region(s, text.length());
        if (!open.lookingAt()) {
            return -1;
        }
        for (int q = text.indexOf('\'', open.end()); q >= 0; q = text.indexOf('\'', q + 1)) {
            if (ALIAS_CLOSE.matcher(text).region(q + 1, text.length()).lookingAt()) {
                return q + 1;
            }
        }
        return -1;
    }

    /** Gathers the facts of one remarks text. */
    private static final class Collector {
        private final String title;
        private final List<Name> names = new ArrayList<>();
        private final List<Identifier> identifiers = new ArrayList<>();
        private final List<Country> nationalities = new ArrayList<>();
        private final List<PartyDate> dates = new ArrayList<>();
        private final List<Relationship> relationships = new ArrayList<>();
        private final List<Segment> segments = new ArrayList<>();

        Collector(String title) {
            this.title = title;
        }

        void read(String segment, boolean last) {
            Recognition recognition;
            try {
                recognition = interpret(segment, last);
            } catch (IllegalArgumentException rejectedByModel) {
                // A value the model refuses (a blank name, an impossible date) leaves the segment in the remarks only.
                recognition = Recognition.UNRECOGNISED;
            }
            segments.add(new Segment(segment, recognition));
        }

        private Recognition interpret(String segment, boolean last) {
            // The remarks end with a period (OFAC's end-of-record mark), which is not part of the last value.
            String text = last && segment.endsWith(".") ? segment.substring(0, segment.length() - 1).strip() : segment;
            String core = ALT.matcher(text).replaceFirst("");
            Matcher m = ALIAS.matcher(core);
            if (m.matches()) {
                return alias(m.group(1));
            }
            if ((m = LINKED_TO.matcher(core)).matches()) {
                relationships.add(Relationship.of(RelationKind.LINKED_TO, m.group(1).strip()));
                return Recognition.EXTRACTED;
            }
            if ((m = DOB.matcher(core)).matches()) {
                return add(OfacDates.parse(DateKind.BIRTH, m.group(1)), dates);
            }
            if ((m = NATIONALITY.matcher(core)).matches()) {
                if (m.group(1).strip().equalsIgnoreCase("None Identified")) {
                    return Recognition.INFORMATION;
                }
                nationalities.add(Country.of(m.group(1)));
                return Recognition.EXTRACTED;
            }
            Optional<OfacLabels.Label> label = OfacLabels.prefixOf(core);
            if (label.isPresent()) {
                return labelled(label.get(), core);
            }
            if (!title.isEmpty() && core.equalsIgnoreCase(stripPeriod(title))) {
                return Recognition.INFORMATION;
            }
            if ((m = LABELLED_ID.matcher(core)).matches() && Country.of(m.group(3)).isKnown()) {
                return add(OfacIdentifiers.of(IdentifierType.OTHER, m.group(1).strip(), m.group(2),
                        Optional.of(Country.of(m.group(3)))), identifiers);
            }
            return Recognition.UNRECOGNISED;
        }

        private Recognition alias(String quoted) {
            String name = quoted.strip();
            // Strip the quotes around the alias, not the apostrophes of names like 'ABD AL-RAHMAN.
            while (name.length() >= 2 && name.startsWith("'") && name.endsWith("'")) {
                name = name.substring(1, name.length() - 1).strip();
            }
            if (name.isEmpty()) {
                return Recognition.UNRECOGNISED;
            }
            names.add(Name.of(name, NameKind.WEAK_AKA));
            return Recognition.EXTRACTED;
        }

        private Recognition labelled(OfacLabels.Label label, String core) {
            String written = core.substring(0, label.text().length());
            String rest = core.substring(label.text().length());
            return switch (label.meaning()) {
                case INFORMATION -> Recognition.INFORMATION;
                case ESTABLISHED_DATE -> add(OfacDates.parse(DateKind.INCORPORATION, rest), dates);
                case IDENTIFIER -> add(OfacIdentifiers.fromRemark(label.type(), written, rest), identifiers);
            };
        }

        private static <T> Recognition add(Optional<? extends T> fact, List<T> into) {
            if (fact.isEmpty()) {
                return Recognition.UNRECOGNISED;
            }
            into.add(fact.get());
            return Recognition.EXTRACTED;
        }

        private static String stripPeriod(String text) {
            return text.endsWith(".") ? text.substring(0, text.length() - 1).strip() : text;
        }
    }
}
