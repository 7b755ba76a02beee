package org.cordon.policy.program;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.cordon.model.Country;

/**
 * Reasons for control of each known ECCN, the Commerce Country Chart (every destination row, and why each other
 * country code has none), the Country Groups and the part 746 destinations: the reference data behind the
 * deemed-export and export rules ({@code export-control.yaml}). Read strictly: an unknown column, country code,
 * group or confidence is a {@link ProgramFileException} naming the field.
 */
public final class ExportControlData {

    /** The Country Groups of Supp. No. 1 to part 740, written without the colon (A:1 is A1). */
    public static final Set<String> GROUP_NAMES = Set.of("A1", "A2", "A3", "A4", "A5", "A6", "B", "D1", "D2", "D3",
            "D4", "D5", "E1", "E2");
    private static final Set<String> CONFIDENCES = Set.of("high", "medium", "low");
    private static final Set<String> PART_746_NEEDS = Set.of("licence", "review");

    /** One ECCN: the Country Chart columns its reasons for control refer to ("NS1", "AT1", "EI"...). */
    public record Eccn(String code, List<String> reasons, String title, boolean chinaSpecific) {
        public Eccn {
            reasons = List.copyOf(reasons);
        }
    }

    /**
     * One destination row of the Country Chart.
     *
     * @param x the columns marked X
     * @param see the part of the EAR the row sends the reader to instead of marking X (the embargoed rows), or empty
     */
    public record ChartRow(String code, String name, List<String> x, List<Integer> footnotes, String see,
                           String confidence, List<Earlier> earlier) {
        public ChartRow {
            x = List.copyOf(x);
            footnotes = List.copyOf(footnotes);
            earlier = earlier.stream().sorted(java.util.Comparator.comparing(Earlier::until)).toList();
        }

        /** The row as it stood on the day: the X of the first earlier edition in force until that day or later. */
        public ChartRow on(LocalDate day) {
            for (Earlier e : earlier) {
                if (!day.isAfter(e.until())) {
                    return new ChartRow(code, name, e.x(), footnotes, see, e.confidence(), List.of());
                }
            }
            return this;
        }
    }

    /** The columns a row marked until a day (inclusive), before the amendment cited changed them. */
    public record Earlier(LocalDate until, List<String> x, String citation, String confidence) {
        public Earlier {
            x = List.copyOf(x);
        }
    }

    /**
     * A country code with no row of its own.
     *
     * @param unitedStates the United States or part of it: not a foreign destination
     * @param governedBy the row that governs it by rule (Hong Kong: China), or empty
     * @param parent the country it is a territory of, named when Cordon cannot confirm the chart reads it so
     */
    public record NotInChart(String code, String name, boolean unitedStates, Optional<String> governedBy,
                             Optional<LocalDate> governedFrom, Optional<String> parent, String why, String confidence) {}

    /** What part 746 requires for a destination, for technology on the CCL and for EAR99 technology. */
    public record Part746(String code, String section, String ccl, String ear99, String why,
                          Optional<LocalDate> from) {
        /** "licence" or "review" for this ECCN. */
        public String need(String eccn) {
            return eccn.equalsIgnoreCase("EAR99") ? ear99 : ccl;
        }
    }

    /** A region under part 746 that has no country code of its own (the Crimea region of Ukraine...). */
    public record Region(String name, String country, String section) {}

    /** A reason for control that the chart has no column for, with where it applies (EI: all but Canada). */
    public record ReasonOutsideChart(String reason, List<String> exceptDestinations, String citation) {}

    private final String source;
    private final Map<String, Eccn> eccns;
    private final String chartCitation;
    private final LocalDate chartAsOf;
    private final String chartConfidence;
    private final List<String> columns;
    private final Map<String, ChartRow> rows;
    private final Map<String, NotInChart> notInChart;
    private final Map<String, List<String>> groups;
    private final Map<String, Part746> part746;
    private final List<Region> regions;
    private final Map<String, ReasonOutsideChart> outsideChart;

    private ExportControlData(Builder b) {
        this.source = b.source;
        this.eccns = Map.copyOf(b.eccns);
        this.chartCitation = b.chartCitation;
        this.chartAsOf = b.chartAsOf;
        this.chartConfidence = b.chartConfidence;
        this.columns = List.copyOf(b.columns);
        this.rows = Map.copyOf(b.rows);
        this.notInChart = Map.copyOf(b.notInChart);
        this.groups = Map.copyOf(b.groups);
        this.part746 = Map.copyOf(b.part746);
        this.regions = List.copyOf(b.regions);
        this.outsideChart = Map.copyOf(b.outsideChart);
    }

    public static ExportControlData bundled() {
        String name = "org/cordon/policy/programs/export-control.yaml";
        try (InputStream in = ExportControlData.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new ProgramFileException("bundled resource " + name + " is missing from the build");
            }
            return read("export-control.yaml", in);
        } catch (IOException e) {
            throw new ProgramFileException("export-control.yaml: " + e.getMessage(), e);
        }
    }

    /** Reads a file of the {@code export-control.yaml} form; a repeated key is an error, not a silent overwrite. */
    public static ExportControlData read(String file, InputStream in) throws IOException {
        YAMLFactory yaml = new YAMLFactory();
        yaml.enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);
        JsonNode root;
        try {
            root = new ObjectMapper(yaml).readTree(in);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new ProgramFileException(file + ": " + e.getOriginalMessage(), e);
        }
        return read(file, root);
    }

    static ExportControlData read(String file, JsonNode root) {
        return new Reader(file).read(root);
    }

    public String source() {
        return source;
    }

    /** The ECCN, matched on its entry: 5A002.a.1 is read as 5A002. */
    public Optional<Eccn> eccn(String code) {
        String c = code.strip().toUpperCase(Locale.ROOT);
        Eccn e = eccns.get(c);
        if (e == null && c.length() > 5) {
            e = eccns.get(c.substring(0, 5));
        }
        return Optional.ofNullable(e);
    }

    public boolean knows(String code) {
        return eccn(code).isPresent();
    }

    public Set<String> eccnCodes() {
        return eccns.keySet();
    }

    /** The Country Chart columns marked X for the destination, when the chart has a row for it. */
    public Optional<List<String>> chartRow(String country) {
        return row(country).map(ChartRow::x);
    }

    public Optional<ChartRow> row(String country) {
        return Optional.ofNullable(rows.get(country));
    }

    public Set<String> rowCodes() {
        return rows.keySet();
    }

    public Optional<NotInChart> notInChart(String country) {
        return Optional.ofNullable(notInChart.get(country));
    }

    public Set<String> notInChartCodes() {
        return notInChart.keySet();
    }

    /** The row that decides for a destination: its own, or the one that governs it (Hong Kong: China). */
    public Optional<ChartRow> governingRow(String country) {
        ChartRow r = rows.get(country);
        if (r != null) {
            return Optional.of(r);
        }
        return notInChart(country).flatMap(NotInChart::governedBy).map(rows::get);
    }

    /**
     * The row that decides for a destination on a day, as it stood that day: none for a destination governed by
     * another row only from a later day (Hong Kong before 2020-12-23 had a row of its own, which Cordon lacks).
     */
    public Optional<ChartRow> governingRow(String country, LocalDate day) {
        ChartRow r = rows.get(country);
        if (r != null) {
            return Optional.of(r.on(day));
        }
        Optional<NotInChart> n = notInChart(country);
        if (n.flatMap(NotInChart::governedFrom).filter(day::isBefore).isPresent()) {
            return Optional.empty();
        }
        return n.flatMap(NotInChart::governedBy).map(rows::get).map(x -> x.on(day));
    }

    public List<String> columns() {
        return columns;
    }

    public String chartCitation() {
        return chartCitation;
    }

    /** The day of the chart's edition that was transcribed: its rows are the ones in force that day. */
    public LocalDate chartAsOf() {
        return chartAsOf;
    }

    public String chartConfidence() {
        return chartConfidence;
    }

    public List<String> group(String name) {
        return groups.getOrDefault(name, List.of());
    }

    /** The groups the country is in, in the order of {@link #GROUP_NAMES} sorted (A1 first). */
    public List<String> groupsOf(String country) {
        return groups.entrySet().stream().filter(e -> e.getValue().contains(country)).map(Map.Entry::getKey)
                .sorted().toList();
    }

    public Optional<Part746> part746(String country) {
        return Optional.ofNullable(part746.get(country));
    }

    /** The part 746 entry in force on the day (Russia and Belarus from 2022-02-24). */
    public Optional<Part746> part746(String country, LocalDate day) {
        return part746(country).filter(p -> p.from().map(f -> !day.isBefore(f)).orElse(true));
    }

    public List<Region> regions(String country) {
        return regions.stream().filter(r -> r.country().equals(country)).toList();
    }

    public Optional<ReasonOutsideChart> reasonOutsideChart(String reason) {
        return Optional.ofNullable(outsideChart.get(reason));
    }

    private static final class Builder {
        String source = "";
        final Map<String, Eccn> eccns = new LinkedHashMap<>();
        String chartCitation = "";
        LocalDate chartAsOf;
        String chartConfidence = "";
        List<String> columns = List.of();
        final Map<String, ChartRow> rows = new LinkedHashMap<>();
        final Map<String, NotInChart> notInChart = new LinkedHashMap<>();
        final Map<String, List<String>> groups = new LinkedHashMap<>();
        final Map<String, Part746> part746 = new LinkedHashMap<>();
        final List<Region> regions = new ArrayList<>();
        final Map<String, ReasonOutsideChart> outsideChart = new LinkedHashMap<>();
    }

    /** Reads and checks the file; every problem names the field at fault. */
    private static final class Reader {
        private final String file;

        Reader(String file) {
            this.file = file;
        }

        ExportControlData read(JsonNode root) {
            Builder b = new Builder();
            b.source = root.path("source").asText("");
            root.path("eccns").fields().forEachRemaining(e -> b.eccns.put(e.getKey(), new Eccn(e.getKey(),
                    strings("eccns." + e.getKey() + ".reasons", e.getValue().path("reasons")),
                    e.getValue().path("title").asText(""), e.getValue().path("china_specific").asBoolean(false))));
            if (b.eccns.isEmpty()) {
                throw fail("eccns", "no ECCNs");
            }
            root.path("reasons_outside_chart").fields().forEachRemaining(e -> b.outsideChart.put(e.getKey(),
                    new ReasonOutsideChart(e.getKey(), codes("reasons_outside_chart." + e.getKey() + ".except",
                            e.getValue().path("except")), required(e.getValue(), "reasons_outside_chart." + e.getKey(),
                            "citation"))));
            chart(root.path("country_chart"), b);
            groups(root.path("country_groups"), b);
            part746(root.path("part_746"), b);
            return new ExportControlData(b);
        }

        private void chart(JsonNode chart, Builder b) {
            if (!chart.isObject()) {
                throw fail("country_chart", "is required: the Commerce Country Chart");
            }
            b.chartCitation = required(chart, "country_chart", "citation");
            b.chartAsOf = date(chart, "country_chart", "as_of");
            b.chartConfidence = confidence(chart, "country_chart");
            b.columns = strings("country_chart.columns", chart.path("columns"));
            if (b.columns.isEmpty()) {
                throw fail("country_chart.columns", "no columns");
            }
            Set<Integer> footnotes = new LinkedHashSet<>();
            chart.path("footnotes").fieldNames().forEachRemaining(n -> {
                try {
                    footnotes.add(Integer.parseInt(n));
                } catch (NumberFormatException e) {
                    throw fail("country_chart.footnotes." + n, "a footnote is numbered");
                }
            });
            JsonNode rows = chart.path("rows");
            if (!rows.isObject() || rows.isEmpty()) {
                throw fail("country_chart.rows", "no rows");
            }
            rows.fields().forEachRemaining(e -> {
                String field = "country_chart.rows." + e.getKey();
                String code = code(field, e.getKey());
                JsonNode r = e.getValue();
                List<String> x = strings(field + ".x", r.path("x"));
                for (String c : x) {
                    if (!b.columns.contains(c)) {
                        throw fail(field + ".x", "unknown column '" + c + "'; the chart's columns are "
                                + String.join(", ", b.columns));
                    }
                }
                List<Integer> notes = new ArrayList<>();
                r.path("footnotes").forEach(n -> {
                    if (!n.canConvertToInt() || !footnotes.contains(n.asInt())) {
                        throw fail(field + ".footnotes", "no footnote " + n.asText() + " in country_chart.footnotes");
                    }
                    notes.add(n.asInt());
                });
                List<Earlier> earlier = new ArrayList<>();
                for (int i = 0; i < r.path("earlier").size(); i++) {
                    JsonNode e2 = r.path("earlier").get(i);
                    String f2 = field + ".earlier[" + i + "]";
                    List<String> x2 = strings(f2 + ".x", e2.path("x"));
                    for (String c : x2) {
                        if (!b.columns.contains(c)) {
                            throw fail(f2 + ".x", "unknown column '" + c + "'; the chart's columns are "
                                    + String.join(", ", b.columns));
                        }
                    }
                    earlier.add(new Earlier(date(e2, f2, "until"), x2, required(e2, f2, "citation"), confidence(e2, f2)));
                }
                b.rows.put(code, new ChartRow(code, required(r, field, "name"), x, notes, r.path("see").asText(""),
                        confidence(r, field), earlier));
            });
            chart.path("not_in_chart").fields().forEachRemaining(e -> {
                String field = "country_chart.not_in_chart." + e.getKey();
                String code = code(field, e.getKey());
                if (b.rows.containsKey(code)) {
                    throw fail(field, "has a row in country_chart.rows; a code is in one or the other");
                }
                JsonNode n = e.getValue();
                Optional<String> governedBy = optionalRow(b, n, field, "governed_by");
                Optional<String> parent = optionalRow(b, n, field, "parent");
                Optional<LocalDate> from = n.has("governed_from") ? Optional.of(date(n, field, "governed_from"))
                        : Optional.empty();
                b.notInChart.put(code, new NotInChart(code, required(n, field, "name"),
                        n.path("united_states").asBoolean(false), governedBy, from, parent, required(n, field, "why"),
                        confidence(n, field)));
            });
        }

        private void groups(JsonNode groups, Builder b) {
            JsonNode members = groups.has("groups") ? groups.path("groups") : groups;
            members.fields().forEachRemaining(e -> {
                String field = "country_groups.groups." + e.getKey();
                if (!GROUP_NAMES.contains(e.getKey())) {
                    throw fail(field, "unknown Country Group; known: " + String.join(", ", GROUP_NAMES.stream().sorted().toList()));
                }
                b.groups.put(e.getKey(), codes(field, e.getValue()));
            });
        }

        private void part746(JsonNode part, Builder b) {
            part.path("destinations").fields().forEachRemaining(e -> {
                String field = "part_746.destinations." + e.getKey();
                String code = code(field, e.getKey());
                JsonNode d = e.getValue();
                b.part746.put(code, new Part746(code, required(d, field, "section"), need(d, field, "ccl"),
                        need(d, field, "ear99"), required(d, field, "why"),
                        d.has("from") ? Optional.of(date(d, field, "from")) : Optional.empty()));
            });
            for (int i = 0; i < part.path("regions").size(); i++) {
                JsonNode r = part.path("regions").get(i);
                String field = "part_746.regions[" + i + "]";
                b.regions.add(new Region(required(r, field, "name"), code(field + ".country",
                        required(r, field, "country")), required(r, field, "section")));
            }
            for (ChartRow r : b.rows.values()) {
                if (!r.see().isEmpty() && !b.part746.containsKey(r.code())) {
                    throw fail("country_chart.rows." + r.code() + ".see", "the row sends the reader to " + r.see()
                            + " but part_746.destinations has no entry for " + r.code());
                }
            }
        }

        private String need(JsonNode n, String field, String name) {
            String s = required(n, field, name);
            if (!PART_746_NEEDS.contains(s)) {
                throw fail(field + "." + name, "'" + s + "' is not one of licence, review");
            }
            return s;
        }

        private Optional<String> optionalRow(Builder b, JsonNode n, String field, String name) {
            if (!n.has(name)) {
                return Optional.empty();
            }
            String code = code(field + "." + name, n.path(name).asText());
            if (!b.rows.containsKey(code)) {
                throw fail(field + "." + name, code + " has no row in country_chart.rows");
            }
            return Optional.of(code);
        }

        private List<String> codes(String field, JsonNode node) {
            List<String> out = new ArrayList<>();
            for (String s : strings(field, node)) {
                String c = code(field, s);
                if (out.contains(c)) {
                    throw fail(field, c + " is listed twice");
                }
                out.add(c);
            }
            return out;
        }

        /** An upper-case ISO 3166 code that Cordon's countries know (or XK, Kosovo). */
        private String code(String field, String s) {
            if (!s.matches("[A-Z]{2}") || !Country.of(s).isKnown()) {
                throw fail(field, "'" + s + "' is not a country code Cordon knows (ISO 3166 alpha-2, upper case"
                        + (s.equals("false") ? "; YAML reads a bare NO as false: write \"NO\"" : "") + ")");
            }
            return s;
        }

        private String confidence(JsonNode n, String field) {
            String c = required(n, field, "confidence");
            if (!CONFIDENCES.contains(c)) {
                throw fail(field + ".confidence", "'" + c + "' is not one of high, medium, low");
            }
            return c;
        }

        private LocalDate date(JsonNode n, String field, String name) {
            String s = required(n, field, name);
            try {
                return LocalDate.parse(s);
            } catch (DateTimeParseException e) {
                throw fail(field + "." + name, "'" + s + "' is not a date YYYY-MM-DD");
            }
        }

        private String required(JsonNode n, String field, String name) {
            String s = n.path(name).asText("").strip();
            if (s.isEmpty()) {
                throw fail(field + "." + name, "is required");
            }
            return s;
        }

        private List<String> strings(String field, JsonNode node) {
            if (!node.isArray()) {
                throw fail(field, "must be a list");
            }
            List<String> out = new ArrayList<>();
            node.forEach(n -> out.add(n.asText()));
            return out;
        }

        private ProgramFileException fail(String field, String what) {
            return new ProgramFileException(file + ", field " + field + ": " + what);
        }
    }
}
