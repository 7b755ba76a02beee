package org.cordon.server.api;

import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.policy.program.Program;
import org.cordon.policy.program.ProgramCatalog;
import org.cordon.policy.program.ProgramVersion;
import org.cordon.server.http.ApiError;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Json;
import org.cordon.server.http.Role;

/** Programs: what Cordon applies, with citations and effective dates. */
public final class ProgramsApi {

    private final ProgramCatalog catalog;

    public ProgramsApi(ProgramCatalog catalog) {
        this.catalog = catalog;
    }

    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/api/programs", Role.SCREENER, "programs", "Every program with its versions and dates", "ProgramList", this::list),
                ApiRoute.get("/api/programs/{id}", Role.SCREENER, "programs",
                        "One program in full: versions, citations, rules, exceptions, rationale", "Program", this::show));
    }

    private void list(Context ctx) {
        Json.ok(ctx, Map.of("programs", catalog.all().stream().map(p -> summary(p, false)).toList()));
    }

    private void show(Context ctx) {
        Program p = catalog.get(ctx.pathParam("id")).orElseThrow(() -> ApiError.notFound("no program " + ctx.pathParam("id")));
        Json.ok(ctx, summary(p, true));
    }

    static Map<String, Object> summary(Program p, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("id", p.id());
        m.put("title", p.title());
        m.put("versions", p.versions().stream().map(v -> version(v, full)).toList());
        return m;
    }

    private static Map<String, Object> version(ProgramVersion v, boolean full) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("version", v.version());
        m.put("effectiveFrom", v.effectiveFrom().toString());
        v.effectiveUntil().ifPresent(u -> m.put("effectiveUntil", u.toString()));
        m.put("amendment", v.amendment());
        m.put("citations", v.citations());
        if (full) {
            m.put("appliesWhen", v.appliesWhen());
            m.put("rules", v.rules());
            m.put("exceptions", v.exemptions());
            m.put("otherwise", v.otherwise());
            m.put("parameters", v.parameters());
            m.put("rationale", v.rationale());
        }
        return m;
    }
}
