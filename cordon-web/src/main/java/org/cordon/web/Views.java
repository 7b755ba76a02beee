package org.cordon.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;
import java.util.List;
import java.util.function.Supplier;

/**
 * Renders the precompiled templates (src/main/jte); each template takes one page record. While a page renders, the
 * frame's banners (lists not current) are at hand for its {@link Chrome}.
 */
public final class Views {

    private static final ThreadLocal<List<String>> BANNERS = ThreadLocal.withInitial(List::of);

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);
    private final Supplier<List<String>> banners;

    Views() {
        this(List::of);
    }

    /** @param banners what every signed-in page says above its content (the lists' freshness) */
    Views(Supplier<List<String>> banners) {
        this.banners = banners;
    }

    /** The banners of the page being rendered on this thread. */
    static List<String> banners() {
        return BANNERS.get();
    }

    void render(Context ctx, String template, Object page) {
        render(ctx, 200, template, page);
    }

    void render(Context ctx, int status, String template, Object page) {
        StringOutput out = new StringOutput();
        BANNERS.set(banners.get());
        try {
            engine.render(template, page, out);
        } finally {
            BANNERS.remove();
        }
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** A page that says what went wrong, in the frame of the signed-in person (or none). */
    void problem(Context ctx, int status, Chrome chrome, String heading, String message) {
        render(ctx, status, "problem.jte", new ProblemPage(chrome, status, heading, message));
    }

    public record ProblemPage(Chrome chrome, int status, String heading, String message) {}
}
