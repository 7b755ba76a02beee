package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.cordon.server.http.AuthThrottle;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an outside attack found: URLs built from the caller's Host header with the caller's key in them, 500s on
 * repeated revocations and path-like parameters, missing security headers, HEAD answered without a key, unlimited
 * key guessing, and uploads and staging folders a killed server never cleaned.
 */
class HardeningTest {

    @TempDir
    Path home;

    /** One request over a raw socket, so that the Host header is the attacker's choice; the whole answer as text. */
    static String raw(int port, String request) throws IOException {
        try (Socket s = new Socket("127.0.0.1", port)) {
            s.setSoTimeout(10_000);
            OutputStream out = s.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = s.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static HttpResponse<String> exchange(TestServer server, String method, String path, String key) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri(path)).timeout(Duration.ofSeconds(30))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        return server.http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    }

    @Test
    void theReconciliationManifestComesFromThePublicUrlNeverFromTheHostHeaderAndHoldsNoKey() throws Exception {
        try (TestServer server = TestServer.start(home, "https://cordon.example.org/screening/", TestServer.GENEROUS)) {
            String key = server.key("screener");
            String answer = raw(server.service.port(), "GET /reconcile?key=" + key + " HTTP/1.1\r\nHost: evil.example\r\n"
                    + "Connection: close\r\n\r\n");
            assertThat(answer).startsWith("HTTP/1.1 200");
            assertThat(answer).doesNotContain("evil.example").doesNotContain(key);
            JsonNode manifest = TestServer.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            assertThat(manifest.path("identifierSpace").asText()).isEqualTo("https://cordon.example.org/screening/reconcile/entity/");
            assertThat(manifest.path("schemaSpace").asText()).isEqualTo("https://cordon.example.org/screening/reconcile/schema");
            assertThat(manifest.path("view").path("url").asText())
                    .isEqualTo("https://cordon.example.org/screening/reconcile/view/{{id}}");

            // The schema space resolves (it is documentation: no key needed), and so does the view, to the web page
            // of the party, where the user signs in.
            JsonNode schema = server.get("/reconcile/schema", null).expect(200).json();
            assertThat(schema.path("types").findValuesAsText("id")).contains("organization", "person");
            HttpResponse<String> view = exchange(server, "GET", "/reconcile/view/cordon-covered-telecom:huawei-technologies", null);
            assertThat(view.statusCode()).isEqualTo(303);
            assertThat(view.headers().firstValue("Location")).hasValue(
                    "https://cordon.example.org/screening/ui/party?id=cordon-covered-telecom%2Fhuawei-technologies");
            server.get("/reconcile/view/nocolon", null).expect(400);
        }
    }

    @Test
    void withoutAPublicUrlTheSpacesAreTheListenAddress() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            String key = server.key("screener");
            String answer = raw(server.service.port(), "GET /reconcile HTTP/1.1\r\nHost: evil.example:666\r\n"
                    + "Authorization: Bearer " + key + "\r\nConnection: close\r\n\r\n");
            JsonNode manifest = TestServer.JSON.readTree(answer.substring(answer.indexOf("\r\n\r\n") + 4));
            String base = "http://127.0.0.1:" + server.service.port();
            assertThat(manifest.path("identifierSpace").asText()).isEqualTo(base + "/reconcile/entity/");
            assertThat(manifest.path("schemaSpace").asText()).isEqualTo(base + "/reconcile/schema");
            assertThat(manifest.path("view").path("url").asText()).isEqualTo(base + "/reconcile/view/{{id}}");
        }
    }

    @Test
    void revokingARevokedKeyIsAConflictAndPathLikeListsAndFileNamesAreBadRequests() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            String id = server.post("/api/keys", server.adminKey, Map.of("role", "screener", "label", "twice")).expect(201)
                    .json().path("key").path("id").asText();
            server.delete("/api/keys/" + id, server.adminKey).expect(200);
            assertThat(server.delete("/api/keys/" + id, server.adminKey).expect(409).text("error")).contains("revoked");

            byte[] list = TestLists.watchList(1, "2024-01-01", "", false).getBytes(StandardCharsets.UTF_8);
            for (String list2 : List.of("..", "../../tmp/x", ".", "/etc", "a/b", "UPPER")) {
                TestServer.Answer a = server.importList("csl", "consolidated.csv", list, "&list=" + TestServer.q(list2));
                assertThat(a.status()).as("list=%s: %s", list2, a.body()).isEqualTo(400);
                assertThat(a.text("field")).isEqualTo("list");
            }
            for (String name : List.of("..", ".", "...", ".hidden")) {
                TestServer.Answer a = server.importList("curated", TestServer.q(name), list, "");
                assertThat(a.status()).as("filename=%s: %s", name, a.body()).isEqualTo(400);
                assertThat(a.text("field")).isEqualTo("filename");
            }
            assertThat(Files.exists(home.resolve("lists").resolve("test-watch"))).isFalse();
            server.importList("curated", "watch.yaml", list, "").expect(201);
        }
    }

    @Test
    void aTruncatedUploadIsRefusedNamingTheFileAndThePreviousVersionStaysActive() throws Exception {
        byte[] un;
        try (InputStream in = HardeningTest.class.getResourceAsStream("/fixtures/un/consolidated.xml")) {
            un = in.readAllBytes();
        }
        try (TestServer server = TestServer.start(home)) {
            server.importList("un", "consolidated.xml", un, "").expect(201);
            for (int cut : new int[] {641, un.length / 2, un.length - 3}) {
                TestServer.Answer a = server.importList("un", "consolidated-cut.xml", Arrays.copyOf(un, cut), "");
                assertThat(a.status()).as("cut at %d: %s", cut, a.body()).isEqualTo(400);
                assertThat(a.text("error")).contains("consolidated-cut.xml");
            }
            JsonNode lists = server.get("/api/lists", server.adminKey).expect(200).json();
            assertThat(lists.path("engine").path("listVersions").toString()).contains("un-sc@1");
            assertThat(server.get("/api/lists/un-sc/versions", server.adminKey).expect(200).json().path("versions").size())
                    .isEqualTo(1);

            // The SDN XML zipped: cut in its entry, and cut in its central directory (which once imported as a version).
            byte[] zip = sdnZip();
            server.importList("ofac-sdn-xml", "sdn.xml.zip", zip, "").expect(201);
            for (int cut = 30; cut < zip.length; cut += 97) {
                TestServer.Answer a = server.importList("ofac-sdn-xml", "sdn-cut.xml.zip", Arrays.copyOf(zip, cut), "");
                assertThat(a.status()).as("zip cut at %d of %d: %s", cut, zip.length, a.body()).isEqualTo(400);
                assertThat(a.text("error")).contains("sdn-cut.xml.zip");
            }
            TestServer.Answer tail = server.importList("ofac-sdn-xml", "sdn-cut.xml.zip", Arrays.copyOf(zip, zip.length - 5), "");
            assertThat(tail.status()).as(tail.body()).isEqualTo(400);
            assertThat(server.get("/api/lists/ofac-sdn/versions", server.adminKey).expect(200).json().path("versions").size())
                    .isEqualTo(1);
        }
    }

    static byte[] sdnZip() throws IOException {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        try (InputStream in = HardeningTest.class.getResourceAsStream("/fixtures/ofac-sdn-xml/sdn.xml");
             java.util.zip.ZipOutputStream z = new java.util.zip.ZipOutputStream(out)) {
            z.putNextEntry(new java.util.zip.ZipEntry("sdn.xml"));
            z.write(in.readAllBytes());
            z.closeEntry();
        }
        return out.toByteArray();
    }

    @Test
    void everyAnswerCarriesTheSecurityHeaders() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            String key = server.key("screener");
            for (String path : List.of("/api/lists", "/api/nope", "/reconcile", "/reconcile/schema", "/health",
                    "/openapi.json", "/swagger", "/webjars/swagger-ui/5.34.1/swagger-ui.css", "/swagger-init.js")) {
                for (String k : new String[] {key, null}) {
                    HttpResponse<String> r = exchange(server, "GET", path, k);
                    String what = "GET " + path + (k == null ? " without a key" : "") + " -> " + r.statusCode();
                    assertThat(r.headers().firstValue("X-Content-Type-Options")).as(what).hasValue("nosniff");
                    assertThat(r.headers().firstValue("X-Frame-Options")).as(what).hasValue("DENY");
                    assertThat(r.headers().firstValue("Content-Security-Policy")).as(what).isPresent().get()
                            .asString().contains("frame-ancestors 'none'").contains("default-src");
                }
            }
            // Swagger UI's page loads its script from the server, not inline: the policy allows no inline script.
            HttpResponse<String> swagger = exchange(server, "GET", "/swagger", null);
            assertThat(swagger.body()).doesNotContain("<script>").contains("/swagger-init.js");
            assertThat(swagger.headers().firstValue("Content-Security-Policy").orElseThrow()).contains("script-src 'self'")
                    .doesNotContain("unsafe-inline' 'self'; script").doesNotContain("script-src 'self' 'unsafe-inline'");
            assertThat(exchange(server, "GET", "/swagger-init.js", null).body()).contains("SwaggerUIBundle");
        }
    }

    @Test
    void headOnAProtectedRouteNeedsAKeyLikeGet() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            String screener = server.key("screener");
            for (String path : List.of("/api/lists", "/api/decisions", "/api/keys", "/api/audit", "/metrics",
                    "/reconcile", "/api/lists/cordon-covered-telecom/versions")) {
                assertThat(exchange(server, "HEAD", path, null).statusCode()).as("HEAD %s without a key", path).isEqualTo(401);
                assertThat(exchange(server, "HEAD", path, "cordon_wrong").statusCode()).as("HEAD %s wrong key", path).isEqualTo(401);
            }
            assertThat(exchange(server, "HEAD", "/api/keys", screener).statusCode()).isEqualTo(403);
            assertThat(exchange(server, "HEAD", "/api/lists", screener).statusCode()).isEqualTo(200);
            assertThat(exchange(server, "HEAD", "/health", null).statusCode()).isEqualTo(200);
        }
    }

    @Test
    void repeatedBadKeysFromOneAddressAreThrottledAndAGoodKeyWorksAfterTheWindow() throws Exception {
        Duration window = Duration.ofSeconds(3);
        try (TestServer server = TestServer.start(home, "", new AuthThrottle.Limits(5, window))) {
            String good = server.adminKey;
            server.get("/api/lists", good).expect(200);
            server.get("/api/lists", null).expect(401); // no key at all is not a guess
            long start = System.nanoTime();
            for (int i = 0; i < 5; i++) {
                server.get("/api/lists", "cordon_guess" + i).expect(401);
            }
            HttpResponse<String> limited = exchange(server, "GET", "/api/lists", "cordon_guess6");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
            assertThat(Long.parseLong(limited.headers().firstValue("Retry-After").orElseThrow())).isBetween(1L, 3L);
            assertThat(limited.body()).contains("error");
            // While the address is locked out, even a good key waits: a guess that happened to be right is not told so.
            assertThat(exchange(server, "GET", "/api/lists", good).statusCode()).isEqualTo(429);
            assertThat(exchange(server, "GET", "/reconcile?key=cordon_guess7", null).statusCode()).isEqualTo(429);

            long waited = (System.nanoTime() - start) / 1_000_000;
            Thread.sleep(Math.max(0, window.toMillis() - waited + 300));
            server.get("/api/lists", good).expect(200);
            server.get("/api/lists", "cordon_guess8").expect(401);
        }
    }

    @Test
    void whatAKilledServerLeftInTheDataDirectoryIsRemovedAtStart() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            server.get("/health", null).expect(200);
        }
        Path staging = home.resolve("lists").resolve("cordon-covered-telecom").resolve(".staging-" + "0123abcd");
        Files.createDirectories(staging);
        Files.writeString(staging.resolve("parties.jsonl.gz"), "half");
        Path pointer = home.resolve("lists").resolve("cordon-covered-telecom").resolve(".active-" + "0123abcd");
        Files.writeString(pointer, "1");
        Path upload = home.resolve("uploads").resolve("upload-123");
        Files.createDirectories(upload);
        Files.writeString(upload.resolve("sdn.xml"), "<sdnList>");
        try (TestServer server = TestServer.start(home)) {
            assertThat(staging).doesNotExist();
            assertThat(pointer).doesNotExist();
            assertThat(upload).doesNotExist();
            assertThat(server.get("/health", null).expect(200).json().path("listVersions").get(0).asText())
                    .isEqualTo("cordon-covered-telecom@1");
            // Uploads go to the data directory, where the next start finds what a kill left.
            byte[] list = TestLists.watchList(1, "2024-01-01", "", false).getBytes(StandardCharsets.UTF_8);
            server.importList("curated", "watch.yaml", list, "").expect(201);
            assertThat(home.resolve("uploads")).isDirectory().isEmptyDirectory();
        }
    }
}
