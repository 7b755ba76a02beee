package org.cordon.web;

import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.cordon.match.Match;
import org.cordon.match.ScreeningQuery;
import org.cordon.match.Screener;
import org.cordon.model.Country;
import org.cordon.model.PartyType;
import org.cordon.server.api.ScreenApi;
import org.cordon.server.engine.Engine;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.ApiError;

/** Screen a name (ranked matches with their explanations), or a CSV file of names in the background. */
public final class ScreenPages {

    /** Uploads above this are refused; a larger batch belongs to {@code cordon screen --input}. */
    static final int MAX_UPLOAD_BYTES = 2 << 20;
    static final int MAX_ROWS = 10_000;

    private final EngineHolder engines;
    private final BatchJobs jobs;
    private final Views views;

    public record ScreenPage(Chrome chrome, Form form, Form batch, boolean searched, List<MatchView> matches,
                             List<String> listVersions, double threshold) {}

    public record BatchPage(Chrome chrome, BatchView job) {}

    public record BatchView(String id, String fileName, int total, int done, int matched, int percent, boolean finished,
                            String failure) {}

    ScreenPages(EngineHolder engines, BatchJobs jobs, Views views) {
        this.engines = engines;
        this.jobs = jobs;
        this.views = views;
    }

    void screen(Context ctx) {
        WebSession s = Gate.session(ctx);
        Form form = Form.of(ctx, List.of("name", "type", "country"));
        boolean searched = ctx.queryParam("name") != null;
        Engine engine = engines.current();
        List<MatchView> views = new ArrayList<>();
        if (searched) {
            Optional<ScreeningQuery> q = query(form);
            if (q.isPresent()) {
                LocalDate today = LocalDate.now();
                int rank = 1;
                for (Match m : engine.screener().screen(q.get(), Screener.DEFAULT_THRESHOLD, Screener.DEFAULT_LIMIT)) {
                    views.add(MatchView.of(rank++, m, today));
                }
            }
        }
        this.views.render(ctx, form.valid() ? 200 : 400, "screen.jte", new ScreenPage(Chrome.of(s, "Screen a name", "screen"),
                form, Form.empty(), searched && form.valid(), views, engine.listVersions(), Screener.DEFAULT_THRESHOLD));
    }

    private static Optional<ScreeningQuery> query(Form form) {
        String name = form.value("name");
        if (name.isEmpty()) {
            form.fail("name", "Enter a name to screen.");
        } else if (name.length() > 2000) {
            form.fail("name", "The name is " + name.length() + " characters long; at most 2,000.");
        }
        PartyType type = PartyType.UNKNOWN;
        Optional<Country> country = Optional.empty();
        try {
            type = ScreenApi.type(form.value("type"), "type");
        } catch (ApiError e) {
            form.fail("type", "Choose person, organization, vessel or aircraft.");
        }
        try {
            country = ScreenApi.country(form.value("country"), "country");
        } catch (ApiError e) {
            form.fail("country", "'" + form.value("country") + "' is not a country: use a two-letter code such as CN.");
        }
        if (!form.valid()) {
            return Optional.empty();
        }
        return Optional.of(new ScreeningQuery(name, type, country, Optional.empty(), List.of()));
    }

    void startBatch(Context ctx) {
        WebSession s = Gate.session(ctx);
        Form batch = Form.empty();
        UploadedFile file = ctx.uploadedFile("file");
        List<Map.Entry<String, ScreeningQuery>> queries = List.of();
        if (file == null || file.size() == 0) {
            batch.fail("file", "Choose a CSV file with the columns id,name (and, if you have them, type,country).");
        } else if (file.size() > MAX_UPLOAD_BYTES) {
            batch.fail("file", "The file is " + file.size() / 1024 + " KB; at most " + MAX_UPLOAD_BYTES / 1024
                    + " KB here (use cordon screen --input for more).");
        } else {
            try (InputStream in = file.content()) {
                String text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                        .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(in.readAllBytes())).toString();
                queries = ScreenApi.csvQueries(text.replace("\uFEFF", ""));
                if (queries.isEmpty()) {
                    batch.fail("file", "The file has a header but no names.");
                } else if (queries.size() > MAX_ROWS) {
                    batch.fail("file", queries.size() + " names; at most " + MAX_ROWS + " in one batch.");
                }
            } catch (CharacterCodingException e) {
                batch.fail("file", "The file is not UTF-8 text.");
            } catch (ApiError e) {
                batch.fail("file", e.getMessage());
            } catch (IOException e) {
                batch.fail("file", "The file could not be read: " + e.getMessage());
            }
        }
        if (!batch.valid()) {
            views.render(ctx, 400, "screen.jte", new ScreenPage(Chrome.of(s, "Screen a name", "screen"), Form.empty(), batch,
                    false, List.of(), engines.current().listVersions(), Screener.DEFAULT_THRESHOLD));
            return;
        }
        String name = file.filename() == null ? "upload.csv" : file.filename();
        BatchJobs.Job job = jobs.start(UUID.randomUUID().toString(), s.keyId(), name, queries);
        ctx.redirect("/ui/screen/batch/" + job.id, HttpStatus.SEE_OTHER);
    }

    private Optional<BatchView> job(Context ctx) {
        return jobs.get(ctx.pathParam("id"), Gate.session(ctx).keyId()).map(j -> new BatchView(j.id, j.fileName, j.total,
                j.done.get(), j.matched.get(), j.percent(), j.finished(), j.failure == null ? "" : j.failure));
    }

    void batchPage(Context ctx) {
        WebSession s = Gate.session(ctx);
        Optional<BatchView> job = job(ctx);
        if (job.isEmpty()) {
            views.problem(ctx, 404, Chrome.of(s, "No such batch", "screen"), "No such batch",
                    "This batch is not yours, or it finished more than two hours ago.");
            return;
        }
        views.render(ctx, "batch.jte", new BatchPage(Chrome.of(s, "Batch screening", "screen"), job.get()));
    }

    void batchProgress(Context ctx) {
        Optional<BatchView> job = job(ctx);
        if (job.isEmpty()) {
            ctx.status(404).result("");
            return;
        }
        views.render(ctx, "batch-progress.jte", job.get());
    }

    void batchCsv(Context ctx) {
        BatchJobs.Job job = jobs.get(ctx.pathParam("id"), Gate.session(ctx).keyId()).orElse(null);
        if (job == null || job.csv == null) {
            ctx.status(404).contentType("text/plain").result("no results for this batch (yet)");
            return;
        }
        String base = job.fileName.replaceAll("\\.csv$", "").replaceAll("[^A-Za-z0-9._-]", "_");
        ctx.contentType("text/csv; charset=utf-8")
                .header("Content-Disposition", "attachment; filename=\"" + base + "-results.csv\"")
                .result(job.csv);
    }
}
