package org.cordon.server.api;

import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ListFormat;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Auth;
import org.cordon.server.lists.ListUpdates;
import org.cordon.server.http.Json;
import org.cordon.server.http.Role;
import org.cordon.snapshot.ListImports;
import org.cordon.snapshot.ScratchFolder;
import org.cordon.snapshot.SnapshotDiff;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.VersionRef;
import org.cordon.snapshot.update.ListUpdater;
import org.cordon.server.json.DiffJson;

/** Lists: versions, diffs, uploads, updates, activation. Every change rebuilds the engine and is audited. */
public final class ListsApi {

    /** Uploaded list files up to this size (the full SDN set is about 30 MB unzipped). */
    public static final long MAX_UPLOAD_BYTES = 256L << 20;

    /** Called after a list version changes: the engine rebuild and the audit record. */
    public interface ChangeListener {
        void changed(Context ctx, String action, String listId, SnapshotInfo info);
    }

    private final EngineHolder engines;
    private final ChangeListener listener;
    private final ListUpdates updates;

    public ListsApi(EngineHolder engines, ChangeListener listener, ListUpdates updates) {
        this.engines = engines;
        this.listener = listener;
        this.updates = updates;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/lists", Role.SCREENER, "lists",
                        "Lists with their active versions and freshness (publication date, fetched-at, age, stale)",
                        "ListSummary", this::lists),
                ApiRoute.get("/api/lists/{list}/versions", Role.SCREENER, "lists", "Every version of a list", "VersionList", this::versions),
                ApiRoute.get("/api/lists/{list}/diff", Role.SCREENER, "lists",
                        "What changed between two versions (?from=N&to=M): added, removed, changed with fields", "ListDiff", this::diff),
                ApiRoute.post("/api/lists/{list}/activate", Role.ADMIN, "lists", "Activate a version ({\"version\": N})",
                        "ActivateRequest", "SnapshotInfo", this::activate),
                ApiRoute.post("/api/lists/import", Role.ADMIN, "lists",
                        "Import an uploaded list file (?format=ofac-sdn-xml|csl|dpl|un|curated[&list=ID][&activate=false]); the body is the file",
                        "ListFile", "ImportOutcome", this::importFile),
                ApiRoute.post("/api/lists/update", Role.ADMIN, "lists",
                        "Fetch every configured list (from its publisher, or the configured mirror or folder), verify and"
                                + " import; failures are audited and leave the last good version active", "", "UpdateOutcome", this::update));
    }

    private SnapshotStore store() {
        return engines.store();
    }

    private void lists(Context ctx) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (String id : store().listIds()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("list", id);
            Optional<SnapshotInfo> active = store().active(id);
            m.put("active", active.orElse(null));
            m.put("versions", store().versions(id).size());
            m.put("freshness", active.map(i -> updates.freshness().of(i).json()).orElse(null));
            out.add(m);
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("lists", out);
        var engine = engines.current();
        body.put("engine", Map.of("listVersions", engine.listVersions(),
                "names", engine.screener().names(), "builtAt", engine.builtAt().toString()));
        Json.ok(ctx, body);
    }

    private String listId(Context ctx) {
        String id = ctx.pathParam("list");
        if (!store().listIds().contains(id)) {
            throw ApiError.notFound("no list " + id + "; known: " + String.join(", ", store().listIds()));
        }
        return id;
    }

    private void versions(Context ctx) {
        Json.ok(ctx, Map.of("list", listId(ctx), "versions", store().versions(listId(ctx))));
    }

    private SnapshotInfo version(String listId, String v, String param) {
        if (v == null || v.isBlank()) {
            throw new ApiError(400, param + " is required: a version number or hash prefix", param);
        }
        try {
            return store().resolve(new VersionRef(listId, v.strip()));
        } catch (IllegalArgumentException e) {
            throw new ApiError(404, param + ": " + e.getMessage(), param);
        }
    }

    private void diff(Context ctx) {
        String id = listId(ctx);
        SnapshotInfo a = version(id, ctx.queryParam("from"), "from");
        SnapshotInfo b = version(id, ctx.queryParam("to"), "to");
        Json.ok(ctx, DiffJson.of(SnapshotDiff.between(store().load(a), store().load(b))));
    }

    private void activate(Context ctx) {
        String id = listId(ctx);
        JsonNode body = Json.object(ctx);
        JsonNode v = body.get("version");
        if (v == null || !(v.isInt() || v.isTextual())) {
            throw new ApiError(400, "version is required: a number or hash prefix", "version");
        }
        SnapshotInfo info = version(id, v.asText(), "version");
        store().activate(id, info.version());
        engines.rebuild();
        listener.changed(ctx, "list.activate", id, info);
        Json.ok(ctx, info);
    }

    private void importFile(Context ctx) throws Exception {
        String formatName = ctx.queryParam("format");
        if (formatName == null) {
            throw new ApiError(400, "format is required (?format=...)", "format");
        }
        ListFormat format;
        try {
            format = ListFormat.fromCliName(formatName);
        } catch (IllegalArgumentException e) {
            throw new ApiError(400, "format: " + e.getMessage(), "format");
        }
        if (format.readsFolder()) {
            throw new ApiError(400, "format " + formatName + " reads a folder of files; upload one file (ofac-sdn-xml, csl, dpl, un, curated)", "format");
        }
        byte[] bytes = ctx.bodyAsBytes();
        if (bytes.length == 0) {
            throw ApiError.badRequest("the body is empty: send the list file as the request body");
        }
        if (bytes.length > MAX_UPLOAD_BYTES) {
            throw new ApiError(413, "upload of " + bytes.length + " bytes; at most " + MAX_UPLOAD_BYTES);
        }
        String fileName = Optional.ofNullable(ctx.queryParam("filename")).orElse("upload." + extension(format));
        if (!fileName.matches("[A-Za-z0-9_-][A-Za-z0-9._-]{0,99}")) {
            throw new ApiError(400, "filename may hold letters, digits, dot, dash and underscore only, and may not start"
                    + " with a dot", "filename");
        }
        ImportOptions options = ImportOptions.strict();
        String list = ctx.queryParam("list");
        if (list != null && !list.isBlank()) {
            if (!SnapshotStore.isListId(list.strip())) {
                throw new ApiError(400, "list must be a list id: lower-case letters, digits, '.', '_' or '-', starting"
                        + " with a letter or digit", "list");
            }
            options = options.withListId(list);
        }
        boolean activate = !"false".equals(ctx.queryParam("activate"));
        try (ScratchFolder dir = store().uploadFolder("upload-")) {
            Path file = dir.path().resolve(fileName);
            Files.write(file, bytes);
            ListImports.Outcome outcome = new ListImports(store()).run(
                    new ListImports.Request(format, file, options, activate, "true".equals(ctx.queryParam("allowShrink"))));
            if (outcome.activated()) {
                engines.rebuild();
            }
            listener.changed(ctx, "list.import", outcome.info().listId(), outcome.info());
            Map<String, Object> out = new LinkedHashMap<>();
            out.put("info", outcome.info());
            out.put("created", outcome.created());
            out.put("activated", outcome.activated());
            Json.write(ctx, outcome.created() ? 201 : 200, out);
        }
    }

    private static String extension(ListFormat f) {
        return switch (f) {
            case CURATED -> "yaml";
            case OFAC_SDN_XML, UN -> "xml";
            case DPL -> "txt";
            default -> "csv";
        };
    }

    private void update(Context ctx) {
        List<ListUpdater.Outcome> outcomes = updates.run(Auth.principal(ctx).actor());
        Json.ok(ctx, Map.of("outcomes", outcomes));
    }
}
