package org.cordon.server.http;

import io.javalin.http.Handler;

/**
 * One endpoint: method, path (Javalin syntax, {@code /api/cases/{id}}), the role it needs, what it does, and the
 * OpenAPI shapes of its body and answer. The server registers these and the OpenAPI document is made from them.
 *
 * @param requestSchema an OpenAPI schema reference ({@code Transaction}) or empty for no body
 * @param responseSchema the answer's schema reference, or empty for a plain object
 */
public record ApiRoute(String method, String path, Role role, String tag, String summary, String requestSchema,
                       String responseSchema, Handler handler) {

    public static ApiRoute get(String path, Role role, String tag, String summary, String response, Handler h) {
        return new ApiRoute("GET", path, role, tag, summary, "", response, h);
    }

    public static ApiRoute post(String path, Role role, String tag, String summary, String request, String response,
                                Handler h) {
        return new ApiRoute("POST", path, role, tag, summary, request, response, h);
    }

    public static ApiRoute delete(String path, Role role, String tag, String summary, Handler h) {
        return new ApiRoute("DELETE", path, role, tag, summary, "", "", h);
    }
}
