package org.cordon.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.cordon.match.Match;
import org.cordon.match.ScreeningQuery;
import org.cordon.match.Screener;
import org.cordon.model.Country;
import org.cordon.model.PartyType;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Json;
import org.cordon.server.http.Role;
import org.cordon.server.json.MatchJson;
import org.cordon.server.lists.ListFreshness;

/** Screening: one name, a batch (JSON array or CSV), two names compared. Same semantics as the CLI. */
public final class ScreenApi {

    /** A batch larger than this is refused: batch work of that size belongs to {@code cordon screen --input}. */
    static final int MAX_BATCH = 10_000;

    private final EngineHolder engines;
    private final ListFreshness freshness;

    public ScreenApi(EngineHolder engines, ListFreshness freshness) {
        this.engines = engines;
        this.freshness = freshness;
    }

    /** The publication date, fetched-at and age of each list version an answer was screened against. */
    private List<Map<String, Object>> freshness(List<String> versions) {
        return freshness.of(versions).stream().map(ListFreshness.ListAge::json).toList();
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/api/screen", Role.SCREENER, "screening",
                        "Screen one name (any script): ranked matches with scores, explanations and designations",
                        "ScreenRequest", "ScreenResult", this::screen),
                ApiRoute.post("/api/screen/batch", Role.SCREENER, "screening",
                        "Screen many names: a JSON array of screen requests, or CSV (id,name[,type][,country])",
                        "ScreenBatch", "ScreenBatchResult", this::batch),
                ApiRoute.post("/api/compare", Role.SCREENER, "screening",
                        "Score two names against each other, with the explanation", "CompareRequest",
                        "CompareResult", this::compare));
    }

    private void screen(Context ctx) {
        JsonNode body = Json.object(ctx);
        // One engine for the whole answer: a list activation in between must not pair its matches with other versions.
        var engine = engines.current();
        Screener screener = engine.screener();
        ScreeningQuery q = query(body, "");
        double threshold = number(body, "threshold", Screener.DEFAULT_THRESHOLD, 0, 1);
        int limit = (int) number(body, "limit", Screener.DEFAULT_LIMIT, 1, 100);
        List<Match> matches = screener.screen(q, threshold, limit);
        Map<String, Object> out = MatchJson.of(q.name(), matches);
        out.put("listVersions", engine.listVersions());
        out.put("listFreshness", freshness(engine.listVersions()));
        Json.ok(ctx, out);
    }

    private void batch(Context ctx) throws IOException {
        String type = Optional.ofNullable(ctx.contentType()).orElse("").toLowerCase(Locale.ROOT);
        List<Map.Entry<String, ScreeningQuery>> queries = type.startsWith("text/csv") ? csv(ctx) : json(ctx);
        if (queries.size() > MAX_BATCH) {
            throw new ApiError(413, queries.size() + " names in one batch; at most " + MAX_BATCH);
        }
        var engine = engines.current();
        List<Map<String, Object>> results = queries.parallelStream().map(e -> {
            Map<String, Object> r = MatchJson.of(e.getValue().name(), engine.screener().screen(e.getValue()));
            r.put("id", e.getKey());
            return r;
        }).toList();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("listVersions", engine.listVersions());
        out.put("listFreshness", freshness(engine.listVersions()));
        out.put("results", results);
        Json.ok(ctx, out);
    }

    private List<Map.Entry<String, ScreeningQuery>> json(Context ctx) {
        JsonNode body = Json.body(ctx);
        if (!body.isArray()) {
            throw ApiError.badRequest("a JSON array of {\"id\", \"name\", \"type\", \"country\"} objects is expected (or CSV with Content-Type: text/csv)");
        }
        List<Map.Entry<String, ScreeningQuery>> out = new ArrayList<>();
        for (int i = 0; i < body.size(); i++) {
            JsonNode o = body.get(i);
            if (!o.isObject()) {
                throw new ApiError(400, "[" + i + "] must be an object", "[" + i + "]");
            }
            out.add(Map.entry(Json.optionalText(o, "id", Integer.toString(i + 1)), query(o, "[" + i + "].")));
        }
        return out;
    }

    private List<Map.Entry<String, ScreeningQuery>> csv(Context ctx) throws IOException {
        return csvQueries(ctx.body());
    }

    /**
     * Names to screen from CSV text with the header id,name[,type][,country], in order, each with its id; 400 naming
     * the line and field of the first problem.
     */
    public static List<Map.Entry<String, ScreeningQuery>> csvQueries(String text) throws IOException {
        List<Map.Entry<String, ScreeningQuery>> out = new ArrayList<>();
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (CSVParser p = CSVParser.parse(new StringReader(text), format)) {
            if (!p.getHeaderMap().containsKey("id") || !p.getHeaderMap().containsKey("name")) {
                throw ApiError.badRequest("CSV header must have id and name (and may have type, country); got "
                        + p.getHeaderNames());
            }
            for (CSVRecord r : p) {
                if (!r.isConsistent()) {
                    throw ApiError.badRequest("CSV line " + p.getCurrentLineNumber() + ": " + r.size()
                            + " fields where the header has " + p.getHeaderMap().size());
                }
                String line = "line " + p.getCurrentLineNumber() + ": ";
                String name = r.get("name");
                if (name.isBlank()) {
                    throw new ApiError(400, line + "name is empty", "name");
                }
                PartyType t = type(r.isMapped("type") ? r.get("type") : "", line + "type");
                String c = r.isMapped("country") ? r.get("country") : "";
                out.add(Map.entry(r.get("id"), new ScreeningQuery(name, t, country(c, line + "country"), Optional.empty(), List.of())));
            }
        } catch (IllegalStateException | java.io.UncheckedIOException e) {
            // The parser's message, without the exception class names wrapped around it.
            Throwable cause = e.getCause() != null && e.getCause().getMessage() != null ? e.getCause() : e;
            throw ApiError.badRequest("not readable as CSV: " + cause.getMessage());
        }
        return out;
    }

    private void compare(Context ctx) {
        JsonNode body = Json.object(ctx);
        String a = Json.text(body, "name1");
        String b = Json.text(body, "name2");
        Screener.Comparison c = Screener.compare(a, b, type(Json.optionalText(body, "type", ""), "type"));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("score", c.score());
        out.put("match", c.match());
        out.put("threshold", Screener.DEFAULT_THRESHOLD);
        out.put("explanation", c.explanation());
        Json.ok(ctx, out);
    }

    static ScreeningQuery query(JsonNode o, String at) {
        String name = at(at, () -> Json.text(o, "name"));
        if (name.isBlank()) {
            throw new ApiError(400, at + "name is empty", at + "name");
        }
        if (name.length() > 2_000) {
            throw new ApiError(400, at + "name is " + name.length() + " characters; at most 2000", at + "name");
        }
        return new ScreeningQuery(name, type(at(at, () -> Json.optionalText(o, "type", "")), at + "type"),
                country(at(at, () -> Json.optionalText(o, "country", "")), at + "country"), Optional.empty(), List.of());
    }

    /** A field of the batch's i-th query is named [i].field in the error. */
    private static String at(String at, java.util.function.Supplier<String> read) {
        try {
            return read.get();
        } catch (ApiError e) {
            throw at.isEmpty() ? e : new ApiError(e.status(), at + e.getMessage(), at + e.field());
        }
    }

    /** A party type as a form or CSV writes it (person, organization...; empty is unknown); 400 naming the field otherwise. */
    public static PartyType type(String text, String field) {
        return switch (text.strip().toLowerCase(Locale.ROOT)) {
            case "" -> PartyType.UNKNOWN;
            case "person", "individual" -> PartyType.PERSON;
            case "organization", "organisation", "entity" -> PartyType.ORGANIZATION;
            case "vessel" -> PartyType.VESSEL;
            case "aircraft" -> PartyType.AIRCRAFT;
            default -> throw new ApiError(400, field + ": '" + text + "' is not person, organization, vessel or aircraft", field);
        };
    }

    /** A country by ISO code or name; empty when blank; 400 naming the field when unknown. */
    public static Optional<Country> country(String text, String field) {
        if (text.isBlank()) {
            return Optional.empty();
        }
        Country c = Country.of(text.strip().length() == 2 ? text.strip().toUpperCase(Locale.ROOT) : text.strip());
        if (!c.isKnown()) {
            throw new ApiError(400, field + ": '" + text + "' is not a country", field);
        }
        return Optional.of(c);
    }

    private static double number(JsonNode o, String field, double absent, double min, double max) {
        JsonNode v = o.get(field);
        if (v == null || v.isNull()) {
            return absent;
        }
        if (!v.isNumber() || v.asDouble() < min || v.asDouble() > max) {
            throw new ApiError(400, field + " must be a number from " + min + " to " + max, field);
        }
        return v.asDouble();
    }
}
