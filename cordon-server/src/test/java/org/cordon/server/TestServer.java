package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.cordon.policy.device.TacDirectory;
import org.cordon.server.http.AuthThrottle;
import org.cordon.server.lists.ListSettings;

/** A real server on a free loopback port over a fresh data directory, and a plain HTTP client to talk to it. */
final class TestServer implements AutoCloseable {

    /** Writes non-ASCII characters escaped, so that even an unpaired surrogate reaches the server as sent. */
    static final ObjectMapper JSON = new ObjectMapper()
            .enable(com.fasterxml.jackson.core.json.JsonWriteFeature.ESCAPE_NON_ASCII.mappedFeature());

    final Path home;
    final CordonService service;
    final String adminKey;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final boolean owner;

    private TestServer(Path home, CordonService service, String adminKey, boolean owner) {
        this.home = home;
        this.service = service;
        this.adminKey = adminKey;
        this.owner = owner;
    }

    /** The same server through a client (and connections) of its own; closing it leaves the server running. */
    TestServer otherClient() {
        return new TestServer(home, service, adminKey, false);
    }

    /** Failed authentications the tests' servers allow: enough for the access-control sweeps with wrong keys. */
    static final AuthThrottle.Limits GENEROUS = new AuthThrottle.Limits(10_000, Duration.ofMinutes(1));

    static TestServer start(Path home) throws IOException {
        return start(home, "", GENEROUS);
    }

    /**
     * A server with a public URL ("" for the listen address) and limits on failed authentications of its own.
     * Scheduled list updates are off: a test server never fetches from the network unless a test asks.
     */
    static TestServer start(Path home, String publicUrl, AuthThrottle.Limits limits) throws IOException {
        return start(home, publicUrl, limits, ListSettings.off());
    }

    /** A server with list settings of its own (a schedule, a mirror, a clock). */
    static TestServer start(Path home, ListSettings lists) throws IOException {
        return start(home, "", GENEROUS, lists);
    }

    static TestServer start(Path home, String publicUrl, AuthThrottle.Limits limits, ListSettings lists) throws IOException {
        ByteArrayOutputStream printed = new ByteArrayOutputStream();
        CordonService service = CordonService.start(new CordonService.Settings("127.0.0.1", 0, home, "",
                TacDirectory.bundled(), "test", publicUrl, limits, lists), new PrintStream(printed, true, StandardCharsets.UTF_8));
        String key = Files.readString(home.resolve(CordonService.ADMIN_KEY_FILE)).strip();
        return new TestServer(home, service, key, true);
    }

    URI uri(String pathAndQuery) {
        return URI.create("http://127.0.0.1:" + service.port() + pathAndQuery);
    }

    /** One answer: status, body, and the body as JSON when it is JSON. */
    record Answer(int status, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON (" + status + "): " + body, e);
            }
        }

        String text(String field) {
            return json().path(field).asText();
        }

        Answer expect(int expected) {
            assertThat(status).as("status of an answer with body %s", body).isEqualTo(expected);
            return this;
        }
    }

    Answer send(String method, String pathAndQuery, String key, byte[] body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(uri(pathAndQuery)).timeout(Duration.ofSeconds(60));
        if (key != null) {
            b.header("Authorization", "Bearer " + key);
        }
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
        try {
            HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            return new Answer(r.statusCode(), r.body());
        } catch (IOException e) {
            throw new UncheckedIOException(method + " " + pathAndQuery, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    Answer get(String pathAndQuery, String key) {
        return send("GET", pathAndQuery, key, null, null);
    }

    Answer post(String pathAndQuery, String key, String json) {
        return send("POST", pathAndQuery, key, json.getBytes(StandardCharsets.UTF_8), "application/json");
    }

    Answer post(String pathAndQuery, String key, Object value) {
        try {
            return post(pathAndQuery, key, JSON.writeValueAsString(value));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Answer delete(String pathAndQuery, String key) {
        return send("DELETE", pathAndQuery, key, null, null);
    }

    /** A new key of the role (screener, reviewer, admin), made through the API with the first admin key. */
    String key(String role) {
        return post("/api/keys", adminKey, Map.of("role", role, "label", "test " + role)).expect(201).text("plaintext");
    }

    /** Imports a list file through the API (as admin) and returns the answer. */
    Answer importList(String format, String fileName, byte[] content, String extraQuery) {
        return send("POST", "/api/lists/import?format=" + format + "&filename=" + fileName + extraQuery, adminKey,
                content, "application/octet-stream");
    }

    static String q(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    @Override
    public void close() {
        if (owner) {
            service.close();
        }
    }
}
