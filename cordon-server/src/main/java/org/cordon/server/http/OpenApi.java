package org.cordon.server.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3 document, made from the routes the server really registers: a route cannot exist without its
 * entry nor an entry without its route. Bodies and answers are named schemas, described in prose.
 */
public final class OpenApi {

    private static final Pattern PARAM = Pattern.compile("\\{([^}]+)}");

    private OpenApi() {}

    public static ObjectNode document(List<ApiRoute> routes, String version) {
        ObjectNode doc = Json.MAPPER.createObjectNode();
        doc.put("openapi", "3.0.3");
        ObjectNode info = doc.putObject("info");
        info.put("title", "Cordon API");
        info.put("version", version);
        info.put("description", "Screening and decisions on covered and restricted telecom suppliers. Every endpoint"
                + " except /health needs an API key: Authorization: Bearer KEY. Roles: screener (screen, check),"
                + " reviewer (plus cases), admin (plus lists, keys, programs, audit).");
        ObjectNode components = doc.putObject("components");
        ObjectNode schemes = components.putObject("securitySchemes");
        schemes.putObject("bearer").put("type", "http").put("scheme", "bearer");
        ObjectNode schemas = components.putObject("schemas");
        schemas.putObject("Error").put("type", "object")
                .putObject("properties").<ObjectNode>set("error", Json.MAPPER.createObjectNode().put("type", "string"))
                .set("field", Json.MAPPER.createObjectNode().put("type", "string"));
        ObjectNode paths = doc.putObject("paths");
        for (ApiRoute r : routes) {
            ObjectNode path = paths.has(r.path()) ? (ObjectNode) paths.get(r.path()) : paths.putObject(r.path());
            ObjectNode op = path.putObject(r.method().toLowerCase(java.util.Locale.ROOT));
            op.put("summary", r.summary());
            op.putArray("tags").add(r.tag());
            op.put("operationId", operationId(r));
            if (r.role() != Role.PUBLIC) {
                op.putArray("security").addObject().putArray("bearer");
                op.put("x-cordon-role", r.role().name().toLowerCase(java.util.Locale.ROOT));
            }
            Matcher m = PARAM.matcher(r.path());
            ArrayNode params = null;
            while (m.find()) {
                if (params == null) {
                    params = op.putArray("parameters");
                }
                params.addObject().put("name", m.group(1)).put("in", "path").put("required", true)
                        .putObject("schema").put("type", "string");
            }
            if (!r.requestSchema().isEmpty()) {
                schema(schemas, r.requestSchema());
                op.putObject("requestBody").put("required", true).putObject("content")
                        .putObject(r.requestSchema().equals("ListFile") ? "application/octet-stream" : "application/json")
                        .putObject("schema").put("$ref", "#/components/schemas/" + r.requestSchema());
            }
            ObjectNode responses = op.putObject("responses");
            ObjectNode ok = responses.putObject("200").put("description", "OK");
            if (!r.responseSchema().isEmpty()) {
                schema(schemas, r.responseSchema());
                ok.putObject("content").putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/" + r.responseSchema());
            }
            for (String code : r.role() == Role.PUBLIC ? List.of("400") : List.of("400", "401", "403")) {
                responses.putObject(code).put("description", switch (code) {
                    case "401" -> "no key, or an unknown or revoked key";
                    case "403" -> "the key's role may not do this";
                    default -> "a bad request: the reason and the field";
                }).putObject("content").putObject("application/json").putObject("schema")
                        .put("$ref", "#/components/schemas/Error");
            }
        }
        return doc;
    }

    private static void schema(ObjectNode schemas, String name) {
        if (!schemas.has(name)) {
            schemas.putObject(name).put("type", name.equals("ListFile") ? "string" : "object")
                    .put("description", "See docs/api.md, " + name + ".");
        }
    }

    static String operationId(ApiRoute r) {
        String base = r.path().replaceAll("[{}]", "").replaceAll("[^A-Za-z0-9]+", " ").strip();
        StringBuilder b = new StringBuilder(r.method().toLowerCase(java.util.Locale.ROOT));
        for (String w : base.split(" ")) {
            if (!w.isEmpty() && !w.equals("api")) {
                b.append(Character.toUpperCase(w.charAt(0))).append(w.substring(1));
            }
        }
        return b.toString();
    }
}
