package org.cordon.web;

import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/** Renders the precompiled templates (src/main/jte); each template takes one page record. */
public final class Views {

    private final TemplateEngine engine = TemplateEngine.createPrecompiled(ContentType.Html);

    void render(Context ctx, String template, Object page) {
        render(ctx, 200, template, page);
    }

    void render(Context ctx, int status, String template, Object page) {
        StringOutput out = new StringOutput();
        engine.render(template, page, out);
        ctx.status(status).contentType("text/html; charset=utf-8").result(out.toString());
    }

    /** A page that says what went wrong, in the frame of the signed-in person (or none). */
    void problem(Context ctx, int status, Chrome chrome, String heading, String message) {
        render(ctx, status, "problem.jte", new ProblemPage(chrome, status, heading, message));
    }

    public record ProblemPage(Chrome chrome, int status, String heading, String message) {}
}
