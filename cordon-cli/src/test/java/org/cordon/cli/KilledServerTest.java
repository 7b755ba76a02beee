package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real {@code cordon serve} process with SIGKILL in the middle of a list upload and in the middle of a burst of
 * decisions, restarts it on the same data directory, and checks that nothing half-done is visible: the list's
 * active version is a whole one, every decision the client was told about is there, and the audit chain verifies.
 */
class KilledServerTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");

    @TempDir
    Path home;

    Server server;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    @AfterEach
    void stop() throws Exception {
        if (server != null) {
            server.process.destroy();
            server.process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    /** A running {@code cordon serve} process and its port. */
    record Server(Process process, int port) {}

    private Server start() throws Exception {
        Process p = new ProcessBuilder(javaBinary(), "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Cordon.class.getName(), "--home", home.toString(), "serve", "--port", "0", "--lists-update", "off")
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        StringBuilder seen = new StringBuilder();
        while (System.nanoTime() < deadline) {
            String line = out.readLine();
            if (line == null) {
                break;
            }
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the pipe empty so the server never blocks on its log
                        }
                    } catch (IOException e) {
                        // the process ended
                    }
                }, "server-output");
                drain.setDaemon(true);
                drain.start();
                server = new Server(p, Integer.parseInt(m.group(1)));
                return server;
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start:\n" + seen);
    }

    private void kill() throws Exception {
        server.process.destroyForcibly(); // SIGKILL: no shutdown hook, no finally, no flush
        assertThat(server.process.waitFor(20, TimeUnit.SECONDS)).isTrue();
        server = null;
    }

    private String adminKey() throws IOException {
        return Files.readString(home.resolve("admin.key")).strip();
    }

    private HttpRequest.Builder request(String path, String key) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .header("Authorization", "Bearer " + key).timeout(Duration.ofSeconds(120));
    }

    private HttpResponse<String> get(String path, String key) throws Exception {
        return http.send(request(path, key).GET().build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String key, String body) throws Exception {
        return http.send(request(path, key).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpRequest upload(String path, String key, byte[] body) {
        return request(path, key).POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
    }

    /** A curated list of {@code entries} generated organisations; version 2 renames every tenth one. */
    static byte[] largeList(int version, int entries) {
        String[] words = ("alpha bravo cobalt delta ember falcon granite harbor indigo jasper kestrel lumen meridian nova"
                + " onyx pioneer quartz raven sierra tundra umber vertex willow xenon yonder zenith").split(" ");
        Random random = new Random(7);
        StringBuilder b = new StringBuilder("list:\n  id: test-large\n  title: Large generated list\n  version: \"" + version
                + "\"\n  published: 2024-01-0" + version + "\nentries:\n");
        for (int i = 0; i < entries; i++) {
            String name = words[random.nextInt(words.length)] + " " + words[random.nextInt(words.length)] + " "
                    + words[random.nextInt(words.length)] + " " + i + (version == 2 && i % 10 == 0 ? " Holdings" : " Trading")
                    + " Co., Ltd.";
            b.append("  - id: gen-").append(i).append("\n    type: organization\n    confidence: high\n    names:\n")
                    .append("      - {value: \"").append(name).append("\", kind: primary}\n    country: CN\n")
                    .append("    designations:\n      - {program: BIS_ENTITY_LIST, authority: test, listed_on: 2019-01-01}\n");
        }
        return b.toString().getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void aServerKilledDuringAListUploadComesBackWithAWholeVersion() throws Exception {
        int entries = 12_000;
        start();
        String admin = adminKey();
        HttpResponse<String> first = http.send(upload("/api/lists/import?format=curated&filename=large.yaml", admin,
                largeList(1, entries)), HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);

        byte[] second = largeList(2, entries);
        int killedWhileImporting = 0;
        // Two kills by default; -Dcordon.slowTests=true kills at four moments (about 40 s on two cores).
        List<Long> delays = Boolean.getBoolean("cordon.slowTests") ? List.of(200L, 700L, 1500L, 2400L) : List.of(600L, 1500L);
        for (long delayMs : delays) {
            CompletableFuture<HttpResponse<String>> pending = http.sendAsync(upload(
                    "/api/lists/import?format=curated&filename=large.yaml", admin, second), HttpResponse.BodyHandlers.ofString());
            Thread.sleep(delayMs);
            boolean answered = pending.isDone() && !pending.isCompletedExceptionally();
            kill();
            if (!answered) {
                killedWhileImporting++;
            }
            pending.exceptionally(e -> null).get(30, TimeUnit.SECONDS);

            SnapshotStore store = new SnapshotStore(home);
            SnapshotInfo active = store.active("test-large").orElseThrow();
            assertThat(active.version()).isIn(1, 2);
            for (SnapshotInfo v : store.versions("test-large")) {
                assertThat(store.load(v).parties()).hasSize(v.entryCount());
                assertThat(v.entryCount()).isEqualTo(entries);
            }
            start();
            JsonNode lists = JSON.readTree(get("/api/lists", admin).body());
            assertThat(lists.path("engine").path("listVersions").toString()).contains("test-large@" + active.version());
            JsonNode hit = JSON.readTree(post("/api/screen", admin, "{\"name\": \"" + nameOf(active.version(), 10) + "\"}").body());
            assertThat(hit.path("matches").findValuesAsText("sourceId")).contains("gen-10");
            if (active.version() == 2) {
                break;
            }
        }
        assertThat(killedWhileImporting).as("kills while the import ran").isGreaterThanOrEqualTo(1);
        JsonNode verify = JSON.readTree(get("/api/audit/verify", admin).body());
        assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
    }

    private static String nameOf(int version, int index) {
        String text = new String(largeList(version, index + 1), StandardCharsets.UTF_8);
        Matcher m = Pattern.compile("value: \"([^\"]+)\"").matcher(text.substring(text.indexOf("id: gen-" + index)));
        assertThat(m.find()).isTrue();
        return m.group(1);
    }

    @Test
    void everyDecisionAnsweredBeforeASigkillIsThereAfterRestart() throws Exception {
        start();
        String admin = adminKey();
        String screener = JSON.readTree(post("/api/keys", admin, "{\"role\": \"screener\", \"label\": \"burst\"}").body())
                .path("plaintext").asText();
        String tx = "{\"type\": \"procurement\", \"date\": \"2020-05-01\", \"use\": \"public-safety\", \"reference\": \"B-%d\","
                + " \"buyer\": {\"name\": \"Department of the Army\", \"kind\": \"federal-agency\", \"country\": \"US\"},"
                + " \"items\": [{\"description\": \"IP camera\", \"manufacturer\": \"%s\"}]}";
        ConcurrentLinkedQueue<String> answered = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Thread> clients = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            int client = c;
            Thread t = new Thread(() -> {
                for (int i = 0; running.get(); i++) {
                    try {
                        String maker = i % 2 == 0 ? "HIK Vision Digital Technology" : "Acme Optics";
                        HttpResponse<String> r = post("/api/check", screener, String.format(tx, client * 100_000 + i, maker));
                        if (r.statusCode() == 200) {
                            answered.add(JSON.readTree(r.body()).path("id").asText());
                        }
                    } catch (Exception e) {
                        return; // the server is gone
                    }
                }
            });
            t.start();
            clients.add(t);
        }
        Thread.sleep(2500);
        kill();
        running.set(false);
        for (Thread t : clients) {
            t.join(30_000);
        }
        assertThat(answered).as("decisions answered before the kill").hasSizeGreaterThan(20);

        start();
        for (String id : answered) {
            HttpResponse<String> r = get("/api/decisions/" + id, screener);
            assertThat(r.statusCode()).as("decision %s, answered before the kill", id).isEqualTo(200);
        }
        long total = JSON.readTree(get("/api/decisions?limit=1", screener).body()).path("total").asLong();
        assertThat(total).isGreaterThanOrEqualTo(answered.size());
        JsonNode verify = JSON.readTree(get("/api/audit/verify", admin).body());
        assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
        assertThat(verify.path("recordsChecked").asLong()).isGreaterThanOrEqualTo(answered.size());
        // New decisions continue the chain.
        assertThat(post("/api/check", screener, String.format(tx, 9_999_999, "Acme Optics")).statusCode()).isEqualTo(200);
        stop();
        server = null;
        CliRun cli = CliRun.run(home, "audit", "verify");
        assertThat(cli.exitCode()).as(cli.out() + cli.err()).isEqualTo(0);
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java" + (File.separatorChar == '\\' ? ".exe" : "")).toString();
    }
}
