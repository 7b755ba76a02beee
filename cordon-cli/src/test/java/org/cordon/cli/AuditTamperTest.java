package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.cordon.policy.device.TacDirectory;
import org.cordon.server.CordonService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Audit records edited, deleted, reordered and forged with raw SQL on the running server's SQLite file:
 * {@code GET /api/audit/verify} and {@code cordon audit verify} both name the first broken record, and the command
 * exits 1; with the rows put back, both say intact again.
 */
class AuditTamperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String REVIEW_TX = "{\"type\": \"procurement\", \"date\": \"2020-05-01\", \"use\": \"public-safety\","
            + " \"buyer\": {\"name\": \"Department of the Army\", \"kind\": \"federal-agency\", \"country\": \"US\"},"
            + " \"items\": [{\"description\": \"IP camera\", \"manufacturer\": \"HIK Vision Digital Technology\"}], \"reference\": \"R-%d\"}";

    @TempDir
    Path home;

    CordonService service;
    String admin;
    final HttpClient http = HttpClient.newHttpClient();
    Connection sql;

    @BeforeEach
    void start() throws Exception {
        service = CordonService.start(new CordonService.Settings("127.0.0.1", 0, home, "", TacDirectory.bundled(), "test"),
                new PrintStream(new ByteArrayOutputStream()));
        admin = Files.readString(home.resolve(CordonService.ADMIN_KEY_FILE)).strip();
        String screener = call("POST", "/api/keys", admin, "{\"role\": \"screener\", \"label\": \"s\"}").path("plaintext").asText();
        call("POST", "/api/keys", admin, "{\"role\": \"reviewer\", \"label\": \"r\"}");
        for (int i = 0; i < 4; i++) {
            call("POST", "/api/check", screener, String.format(REVIEW_TX, i));
        }
        sql = DriverManager.getConnection("jdbc:sqlite:" + home.resolve("cordon.db"));
        exec("CREATE TABLE tamper_backup AS SELECT * FROM audit_record");
        assertThat(records()).isGreaterThanOrEqualTo(10);
        assertIntact();
    }

    @AfterEach
    void stop() throws Exception {
        sql.close();
        service.close();
    }

    private JsonNode call(String method, String path, String key, String body) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + service.port() + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isBetween(200, 299);
        return JSON.readTree(r.body());
    }

    private void exec(String statement) throws Exception {
        try (Statement s = sql.createStatement()) {
            s.execute(statement);
        }
    }

    private long records() throws Exception {
        try (Statement s = sql.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM audit_record")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private void restore() throws Exception {
        exec("DELETE FROM audit_record");
        exec("INSERT INTO audit_record SELECT * FROM tamper_backup");
        assertIntact();
    }

    private void assertIntact() throws Exception {
        JsonNode v = call("GET", "/api/audit/verify", admin, null);
        assertThat(v.path("ok").asBoolean()).as(v.toString()).isTrue();
        CliRun cli = CliRun.run(home, "audit", "verify");
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(0);
        assertThat(cli.out()).contains("intact");
    }

    private void assertBrokenAt(long seq, String why) throws Exception {
        JsonNode v = call("GET", "/api/audit/verify", admin, null);
        assertThat(v.path("ok").asBoolean()).as(v.toString()).isFalse();
        assertThat(v.path("firstBrokenSeq").asLong()).as(v.toString()).isEqualTo(seq);
        assertThat(v.path("reason").asText()).contains(why);
        CliRun cli = CliRun.run(home, "audit", "verify");
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(1);
        assertThat(cli.out()).contains("BROKEN at record " + seq).contains(why);
    }

    @Test
    void anEditedRecordIsNamed() throws Exception {
        exec("UPDATE audit_record SET payload = replace(payload, 'REVIEW', 'ALLOW') WHERE action = 'decision' AND seq = "
                + "(SELECT MIN(seq) FROM audit_record WHERE action = 'decision')");
        long seq = firstSeq("decision");
        assertBrokenAt(seq, "altered");
        restore();
        exec("UPDATE audit_record SET actor = 'someone else' WHERE seq = 2");
        assertBrokenAt(2, "altered");
        restore();
        // Edited and re-hashed: the next record no longer follows it.
        // (the first hex digit is changed to one it is not: a hash already starting with 'f' must still change)
        exec("UPDATE audit_record SET hash = (CASE WHEN substr(hash, 1, 1) = 'f' THEN '0' ELSE 'f' END) || substr(hash, 2)"
                + " WHERE seq = 3");
        assertBrokenAt(3, "altered");
        restore();
    }

    @Test
    void aDeletedRecordIsNamed() throws Exception {
        exec("DELETE FROM audit_record WHERE seq = 4");
        assertBrokenAt(4, "missing");
        restore();
        long last = records();
        exec("DELETE FROM audit_record WHERE seq = " + last);
        assertBrokenAt(last, "removed from the end");
        restore();
    }

    @Test
    void reorderedRecordsAreNamed() throws Exception {
        exec("UPDATE audit_record SET seq = -1 WHERE seq = 5");
        exec("UPDATE audit_record SET seq = 5 WHERE seq = 6");
        exec("UPDATE audit_record SET seq = 6 WHERE seq = -1");
        assertBrokenAt(5, "");
        restore();
    }

    @Test
    void aForgedRecordAtTheEndIsNamed() throws Exception {
        long last = records();
        exec("INSERT INTO audit_record SELECT seq + 1, at, actor, action, subject, payload, list_versions, hash, hash"
                + " FROM audit_record WHERE seq = " + last);
        assertBrokenAt(last + 1, "beyond the head");
        restore();
    }

    private long firstSeq(String action) throws Exception {
        try (Statement s = sql.createStatement();
             ResultSet rs = s.executeQuery("SELECT MIN(seq) FROM audit_record WHERE action = '" + action + "'")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
