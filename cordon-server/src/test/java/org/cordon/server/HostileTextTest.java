package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * SQL injection and other hostile text in every field that reaches the database: kept and given back unchanged,
 * or refused with a 400; the tables keep working.
 */
class HostileTextTest {

    static final List<String> KEPT = List.of("'; DROP TABLE decisions; --", "'; DROP TABLE decision; --",
            "\" OR 1=1 --", "' OR ''='", "Robert'); DROP TABLE audit_record;--", "1; DELETE FROM api_key",
            "%", "_", "!%_\\", "\\'", "华为技术有限公司", "Ünïcödé Ltd 😀", "\u202Eevil\u202C", "a\nb\tc",
            "null", "<script>alert(1)</script>", "${jndi:ldap://x/a}", "x".repeat(199));
    static final List<String> REFUSED = List.of("\u0000", "a\u0000b", "\ud800", "tail\udfff");

    @TempDir
    static Path home;

    static TestServer server;
    static String screener;
    static String reviewer;

    @BeforeAll
    static void start() throws Exception {
        server = TestServer.start(home);
        screener = server.key("screener");
        reviewer = server.key("reviewer");
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static ObjectNode tx(String reference, String seller) {
        ObjectNode tx = (ObjectNode) BadInputTest.parse(BadInputTest.REVIEW_TX);
        tx.put("reference", reference);
        ((ObjectNode) tx.get("seller")).put("name", seller);
        return tx;
    }

    static long decisionCount() {
        return server.get("/api/decisions?limit=1", screener).expect(200).json().path("total").asLong();
    }

    @Test
    void hostileTextRoundTripsThroughEveryStoredField() {
        List<String> decisionIds = new ArrayList<>();
        for (String s : KEPT) {
            String what = BadInputTest.abbreviate(s);
            JsonNode screened = server.post("/api/screen", screener, Map.of("name", s)).expect(200).json();
            assertThat(screened.path("query").asText()).as(what).isEqualTo(s);

            for (ObjectNode tx : List.of(tx(s, "Acme"), tx("ref", s))) {
                long before = decisionCount();
                TestServer.Answer a = server.post("/api/check", screener, tx);
                if (a.status() == 400) {
                    // The transaction reader refuses some text in names (control characters): refused, not kept.
                    assertThat(a.text("field")).as(what).isNotBlank();
                    assertThat(decisionCount()).isEqualTo(before);
                    continue;
                }
                String id = a.expect(200).text("id");
                decisionIds.add(id);
                JsonNode stored = server.get("/api/decisions/" + id, screener).expect(200).json();
                assertThat(stored.path("reference").asText()).as(what).isEqualTo(tx.path("reference").asText());
                assertThat(stored.path("transaction")).as(what).isEqualTo(tx);
                JsonNode found = server.get("/api/decisions?limit=500&q=" + TestServer.q(s), screener).expect(200).json();
                assertThat(found.path("decisions").findValuesAsText("id")).as("search for %s", what).contains(id);
            }

            JsonNode review = server.post("/api/check", screener, tx("case", "Acme Cameras LLC")).expect(200).json();
            assertThat(review.path("outcome").asText()).as(what).isEqualTo("REVIEW");
            String caseId = review.path("cases").get(0).asText();
            server.post("/api/cases/" + caseId + "/assign", reviewer, Map.of("assignee", s)).expect(200);
            server.post("/api/cases/" + caseId + "/comment", reviewer, Map.of("text", s)).expect(200);
            JsonNode decided = server.post("/api/cases/" + caseId + "/decide", reviewer,
                    Map.of("resolution", "true-match", "reason", s)).expect(200).json();
            assertThat(decided.path("assignee").asText()).as(what).isEqualTo(s);
            assertThat(decided.path("reason").asText()).as(what).isEqualTo(s);
            JsonNode detail = server.get("/api/cases/" + caseId, reviewer).expect(200).json();
            assertThat(detail.path("events").findValuesAsText("detail")).as(what).contains(s, "TRUE_MATCH: " + s);

            JsonNode entry = server.post("/api/registry", reviewer, Map.of("kind", "supplier", "name", s,
                    "attributes", Map.of("note", s, s, s))).expect(200).json().path("entry");
            JsonNode listed = server.get("/api/registry?kind=supplier", screener).expect(200).json();
            boolean seen = false;
            for (JsonNode e : listed.path("entries")) {
                if (e.path("entry").path("id").asText().equals(entry.path("id").asText())) {
                    seen = true;
                    assertThat(e.path("entry").path("name").asText()).as(what).isEqualTo(s);
                    String attributes = e.path("entry").path("attributesJson").asText(e.path("entry").path("attributes").toString());
                    assertThat(BadInputTest.parse(attributes)).as(what).isEqualTo(BadInputTest.parse(
                            TestServer.JSON.valueToTree(Map.of("note", s, s, s)).toString()));
                }
            }
            assertThat(seen).as(what).isTrue();

            JsonNode key = server.post("/api/keys", server.adminKey, Map.of("role", "screener", "label", s)).expect(201).json();
            assertThat(key.path("key").path("label").asText()).as(what).isEqualTo(s);
        }
        assertTablesWork(decisionIds.size());
    }

    @Test
    void textNoDatabaseCanKeepIsRefusedWith400AndNothingIsStored() {
        long before = decisionCount();
        String caseId = server.post("/api/check", screener, tx("case for refusals", "Acme").toString()).expect(200)
                .json().path("cases").get(0).asText();
        for (String s : REFUSED) {
            String what = "refused " + s.codePoints().mapToObj(Integer::toHexString).toList();
            refused(server.post("/api/screen", screener, Map.of("name", s)), what);
            refused(server.post("/api/check", screener, tx(s, "Acme")), what);
            refused(server.post("/api/check", screener, tx("ok", s)), what);
            refused(server.post("/api/cases/" + caseId + "/assign", reviewer, Map.of("assignee", s)), what);
            refused(server.post("/api/cases/" + caseId + "/comment", reviewer, Map.of("text", s)), what);
            refused(server.post("/api/cases/" + caseId + "/decide", reviewer, Map.of("resolution", "true-match", "reason", s)), what);
            refused(server.post("/api/registry", reviewer, Map.of("kind", "supplier", "name", s)), what);
            refused(server.post("/api/registry", reviewer, Map.of("kind", "supplier", "name", "ok", "attributes", Map.of("k", s))), what);
            refused(server.post("/api/registry", reviewer, Map.of("kind", "supplier", "name", "ok", "attributes", Map.of(s, "v"))), what);
            refused(server.post("/api/keys", server.adminKey, Map.of("role", "screener", "label", s)), what);
            if (!s.contains("\u0000")) {
                continue; // a URL carries bytes: an unpaired surrogate cannot be sent in one
            }
            refused(server.get("/api/decisions?q=" + TestServer.q(s), screener), what);
            refused(server.post("/api/check?registry=" + TestServer.q(s), screener, tx("ok", "Acme")), what);
            // Jetty refuses an encoded NUL in a path itself, with its own page, and closes the connection.
            for (String path : List.of("/api/cases/", "/api/decisions/", "/api/keys/")) {
                try (TestServer other = server.otherClient()) {
                    TestServer.Answer a = other.send(path.equals("/api/keys/") ? "DELETE" : "GET", path + TestServer.q(s),
                            server.adminKey, null, null);
                    BadInputTest.clean(a, what + " in " + path);
                    assertThat(a.status()).as(what + " in " + path).isEqualTo(400);
                }
            }
        }
        assertThat(decisionCount()).isEqualTo(before + 1);
        JsonNode c = server.get("/api/cases/" + caseId, reviewer).expect(200).json();
        assertThat(c.path("events")).hasSize(1);
        assertThat(c.path("case").path("status").asText()).isEqualToIgnoringCase("open");
        assertThat(server.get("/api/audit/verify", server.adminKey).expect(200).json().path("ok").asBoolean()).isTrue();
    }

    static void refused(TestServer.Answer a, String what) {
        BadInputTest.refused(a, what);
        assertThat(a.status()).as(what).isEqualTo(400);
    }

    static void assertTablesWork(int decisions) {
        assertThat(decisionCount()).isGreaterThanOrEqualTo(decisions);
        assertThat(server.get("/api/keys", server.adminKey).expect(200).json().path("keys").size()).isGreaterThan(3);
        server.get("/api/cases?status=closed", reviewer).expect(200);
        server.get("/api/audit?limit=1000", server.adminKey).expect(200);
        server.post("/api/check", screener, tx("after", "after").toString()).expect(200);
        JsonNode verify = server.get("/api/audit/verify", server.adminKey).expect(200).json();
        assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
    }
}
