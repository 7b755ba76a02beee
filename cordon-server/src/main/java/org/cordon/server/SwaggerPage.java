package org.cordon.server;

/**
 * Swagger UI over /openapi.json, its assets served from the swagger-ui WebJar (nothing from a CDN); no inline script,
 * so that the content security policy may forbid inline script everywhere.
 */
final class SwaggerPage {

    private SwaggerPage() {}

    static final String HTML = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <title>Cordon API</title>
          <link rel="stylesheet" href="/webjars/swagger-ui/5.34.1/swagger-ui.css">
        </head>
        <body>
          <div id="swagger-ui"></div>
          <script src="/webjars/swagger-ui/5.34.1/swagger-ui-bundle.js"></script>
          <script src="/swagger-init.js"></script>
        </body>
        </html>
        """;

    static final String INIT_SCRIPT = "window.ui = SwaggerUIBundle({url: \"/openapi.json\", dom_id: \"#swagger-ui\", validatorUrl: null});\n";
}
