package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every endpoint of the route table (read from the server's own OpenAPI document, where each operation carries
 * {@code x-cordon-role}) against every kind of caller: no key, a wrong key, and screener, reviewer and admin keys.
 */
class AccessControlTest {

    private static final List<String> ROLES = List.of("screener", "reviewer", "admin");

    @TempDir
    static Path home;

    static TestServer server;
    static Map<String, String> keys = new LinkedHashMap<>();

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(home);
        for (String role : ROLES) {
            keys.put(role, server.key(role));
        }
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    record Operation(String method, String path, String role) {
        String concretePath() {
            // Path parameters get values that exist nowhere: a 404 past the role check is an allowed answer.
            return path.replaceAll("\\{[^}]+}", "no-such-thing");
        }
    }

    static List<Operation> operations() {
        JsonNode doc = server.get("/openapi.json", null).expect(200).json();
        List<Operation> ops = new ArrayList<>();
        doc.path("paths").fields().forEachRemaining(p -> p.getValue().fields().forEachRemaining(m -> ops.add(
                new Operation(m.getKey().toUpperCase(Locale.ROOT), p.getKey(),
                        m.getValue().path("x-cordon-role").asText("public")))));
        return ops;
    }

    private static TestServer.Answer call(Operation op, String key) {
        byte[] body = op.method().equals("GET") || op.method().equals("DELETE") ? null
                : "{}".getBytes(StandardCharsets.UTF_8);
        return server.send(op.method(), op.concretePath(), key, body, body == null ? null : "application/json");
    }

    @Test
    void theRouteTableIsDocumentedWithRoles() {
        List<Operation> ops = operations();
        assertThat(ops).hasSizeGreaterThanOrEqualTo(30);
        assertThat(ops).extracting(Operation::role).allMatch(r -> List.of("public", "screener", "reviewer", "admin").contains(r));
        assertThat(ops).filteredOn(o -> o.role().equals("public")).extracting(Operation::path)
                .containsExactlyInAnyOrder("/health", "/reconcile/schema", "/reconcile/view/{id}");
        assertThat(ops).contains(new Operation("POST", "/api/check", "screener"), new Operation("POST", "/api/cases/{id}/decide", "reviewer"),
                new Operation("POST", "/api/lists/import", "admin"), new Operation("GET", "/metrics", "admin"));
    }

    @Test
    void everyEndpointRefusesCallersWithoutAKeyOrWithAWrongOne() {
        for (Operation op : operations()) {
            if (op.role().equals("public")) {
                // Answered without a key: 200, the view's redirect, or 400 for its made-up id; never 401.
                assertThat(call(op, null).status()).as("%s without a key", op).isIn(200, 303, 400);
                continue;
            }
            for (String key : new String[] {null, "", "cordon_not-a-real-key", "not even the prefix", "x".repeat(500)}) {
                TestServer.Answer a = call(op, key);
                assertThat(a.status()).as("%s with key %s", op, key).isEqualTo(401);
                assertThat(a.json().path("error").asText()).isNotBlank();
            }
        }
    }

    @Test
    void everyEndpointAnswersEachRoleByRank() {
        for (Operation op : operations()) {
            if (op.role().equals("public")) {
                continue;
            }
            int needed = ROLES.indexOf(op.role());
            for (int i = 0; i < ROLES.size(); i++) {
                if (i >= needed && op.path().equals("/api/lists/update")) {
                    continue; // allowed, it would fetch every list from its publisher: not in a unit test
                }
                TestServer.Answer a = call(op, keys.get(ROLES.get(i)));
                if (i < needed) {
                    assertThat(a.status()).as("%s as %s: %s", op, ROLES.get(i), a.body()).isEqualTo(403);
                    assertThat(a.json().path("error").asText()).contains(op.role());
                } else {
                    assertThat(a.status()).as("%s as %s: %s", op, ROLES.get(i), a.body())
                            .isNotIn(401, 403).isLessThan(500);
                }
            }
        }
    }

    @Test
    void documentationAndHealthArePublic() {
        assertThat(server.get("/health", null).expect(200).text("status")).isEqualTo("ok");
        assertThat(server.get("/openapi.json", null).expect(200).text("openapi")).startsWith("3.");
        assertThat(server.get("/swagger", null).expect(200).body()).containsIgnoringCase("<html");
    }

    @Test
    void aRevokedKeyIsRefused() {
        TestServer.Answer created = server.post("/api/keys", server.adminKey, Map.of("role", "reviewer", "label", "to revoke")).expect(201);
        String plaintext = created.text("plaintext");
        String id = created.json().path("key").path("id").asText();
        server.get("/api/cases", plaintext).expect(200);
        server.delete("/api/keys/" + id, server.adminKey).expect(200);
        assertThat(server.get("/api/cases", plaintext).expect(401).text("error")).contains("revoked");
        assertThat(server.post("/api/screen", plaintext, Map.of("name", "ZTE")).status()).isEqualTo(401);
    }

    @Test
    void aRevokedAdminKeyCanNoLongerMakeKeys() {
        String admin2 = server.post("/api/keys", server.adminKey, Map.of("role", "admin", "label", "second")).expect(201).text("plaintext");
        JsonNode listed = server.get("/api/keys", admin2).expect(200).json();
        String id = null;
        for (JsonNode k : listed.path("keys")) {
            if (k.path("label").asText().equals("second")) {
                id = k.path("id").asText();
            }
        }
        assertThat(id).isNotNull();
        assertThat(server.delete("/api/keys/" + id, admin2).status()).as("a key revoking itself").isEqualTo(409);
        server.delete("/api/keys/" + id, server.adminKey).expect(200);
        server.post("/api/keys", admin2, Map.of("role", "admin", "label", "sneaky")).expect(401);
    }

    @Test
    void theReconciliationKeyMayComeInTheUrlButOnlyForReconciliation() {
        String screener = keys.get("screener");
        server.get("/reconcile?key=" + screener, null).expect(200);
        server.get("/reconcile?key=cordon_wrong", null).expect(401);
        server.get("/api/lists?key=" + screener, null).expect(401);
        server.get("/api/keys?key=" + keys.get("admin"), null).expect(401);
    }
}
