package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import org.cordon.ingest.SharedData;
import org.cordon.server.lists.ListSchedule;
import org.cordon.server.lists.ListSettings;
import org.cordon.server.lists.ListUpdates;
import org.cordon.snapshot.BundledListInstaller;
import org.cordon.snapshot.update.Fetch;
import org.cordon.store.AuditLog;
import org.cordon.store.AuditRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Scheduled list updates and freshness, against a real HTTP server on the loopback interface that serves the real
 * list files in the mirror layout ({@code /<list-id>/<file name>}), and that can be told to fail as publishers do:
 * an HTTP 500, an HTML error page, a truncated body, an answer that never comes.
 */
class ListScheduleTest {

    /** The mirror's files: path to the real file under shared/data. */
    static final Map<String, String> FILES = new LinkedHashMap<>();

    static {
        FILES.put("/ofac-sdn/sdn.csv", "lists/ofac-sdn/2024-07-02/sdn.csv");
        for (String f : List.of("alt.csv", "add.csv", "sdn_comments.csv")) {
            FILES.put("/ofac-sdn/" + f, "lists/ofac-sdn/2025-12/" + f);
        }
        for (String f : List.of("cons_prim.csv", "cons_alt.csv", "cons_add.csv", "cons_comments.csv")) {
            FILES.put("/ofac-non-sdn/" + f, "lists/ofac-non-sdn/2025-12/" + f);
        }
        FILES.put("/csl/consolidated.csv", "lists/trade-gov-csl/2025-06/consolidated.csv");
        FILES.put("/bis-dpl/dpl.txt", "lists/bis-dpl/2023-11/dpl.txt");
        FILES.put("/un-sc/consolidated.xml", "lists/un/2026-02-27/consolidated.xml");
    }

    static final List<String> PUBLISHER_LISTS = List.of("ofac-sdn", "ofac-non-sdn", "csl", "bis-dpl", "un-sc");

    /** How the mirror answers a path. */
    enum Mode { SERVE, HTTP_500, HTML_PAGE, TRUNCATED, HANG }

    /** One request the mirror answered. */
    record Request(String path, boolean conditional, int status) {}

    @TempDir
    Path home;

    HttpServer mirror;
    final ExecutorService mirrorThreads = Executors.newCachedThreadPool();
    final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    final Map<String, Mode> modes = new ConcurrentHashMap<>();
    final List<Request> requests = new CopyOnWriteArrayList<>();
    /** Released when the test ends: the hanging answers then end. */
    final CountDownLatch released = new CountDownLatch(1);

    @BeforeEach
    void startMirror() throws IOException {
        for (Map.Entry<String, String> e : FILES.entrySet()) {
            bodies.put(e.getKey(), Files.readAllBytes(SharedData.require(e.getValue())));
        }
        mirror = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        mirror.setExecutor(mirrorThreads);
        mirror.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
            try (exchange) {
                byte[] body = bodies.get(path);
                Mode mode = modes.getOrDefault(path, Mode.SERVE);
                if (body == null) {
                    requests.add(new Request(path, asked != null, 404));
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                switch (mode) {
                    case HTTP_500 -> {
                        requests.add(new Request(path, asked != null, 500));
                        exchange.sendResponseHeaders(500, -1);
                        return;
                    }
                    case HTML_PAGE -> {
                        // What a proxy or a publisher's error handler sends: 200 and a web page instead of the file.
                        byte[] page = ("<!DOCTYPE html><html><head><title>Service Unavailable</title></head><body><h1>Site"
                                + " under maintenance</h1></body></html>\n").getBytes(StandardCharsets.UTF_8);
                        requests.add(new Request(path, asked != null, 200));
                        exchange.getResponseHeaders().set("Content-Type", "text/html");
                        exchange.sendResponseHeaders(200, page.length);
                        exchange.getResponseBody().write(page);
                        return;
                    }
                    case HANG -> {
                        requests.add(new Request(path, asked != null, 0));
                        released.await(2, TimeUnit.MINUTES);
                        return;
                    }
                    default -> { }
                }
                String etag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "-" + body.length + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                // A truncated answer is a changed file cut off in transfer: it ignores the validator.
                if (etag.equals(asked) && mode != Mode.TRUNCATED) {
                    requests.add(new Request(path, true, 304));
                    exchange.sendResponseHeaders(304, -1);
                    return;
                }
                requests.add(new Request(path, asked != null, 200));
                if (mode == Mode.TRUNCATED) {
                    // The connection is cut after half the body, as an interrupted transfer is.
                    exchange.sendResponseHeaders(200, body.length);
                    OutputStream out = exchange.getResponseBody();
                    out.write(body, 0, body.length / 2);
                    out.flush();
                    return;
                }
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (IOException | InterruptedException cut) {
                // a cut or released answer ends here on purpose
            }
        });
        mirror.start();
    }

    @AfterEach
    void stopMirror() {
        released.countDown();
        mirror.stop(0);
        mirrorThreads.shutdownNow();
    }

    String mirrorUrl() {
        return "http://127.0.0.1:" + mirror.getAddress().getPort() + "/";
    }

    /**
     * Settings as {@code lists.update}, {@code lists.mirror} and {@code lists.sources} give them: the sources are the
     * publishers' lists of which real files are at hand, under the publishers' addresses and file names.
     */
    ListSettings settings(String update) throws IOException {
        Path sources = Files.writeString(home.resolve("publishers.yaml"), """
                sources:
                  - list: ofac-sdn
                    format: ofac-sdn
                    files:
                      - url: https://www.treasury.gov/ofac/downloads/sdn.csv
                      - {url: https://www.treasury.gov/ofac/downloads/alt.csv, optional: true}
                      - {url: https://www.treasury.gov/ofac/downloads/add.csv, optional: true}
                      - {url: https://www.treasury.gov/ofac/downloads/sdn_comments.csv, optional: true}
                  - list: ofac-non-sdn
                    format: ofac-non-sdn
                    files:
                      - url: https://www.treasury.gov/ofac/downloads/consolidated/cons_prim.csv
                      - {url: https://www.treasury.gov/ofac/downloads/consolidated/cons_alt.csv, optional: true}
                      - {url: https://www.treasury.gov/ofac/downloads/consolidated/cons_add.csv, optional: true}
                      - {url: https://www.treasury.gov/ofac/downloads/consolidated/cons_comments.csv, optional: true}
                  - list: csl
                    format: csl
                    files:
                      - url: https://data.trade.gov/downloadable_consolidated_screening_list/v1/consolidated.csv
                  - list: bis-dpl
                    format: dpl
                    files:
                      - url: https://www.bis.doc.gov/dpl/dpl.txt
                  - list: un-sc
                    format: un
                    files:
                      - url: https://scsanctions.un.org/resources/xml/en/consolidated.xml
                """);
        return ListSettings.parse(update, mirrorUrl(), "", sources.toString(), "");
    }

    /** Only the Denied Persons List (small, so that failure tests run quickly), from a sources file. */
    ListSettings dplOnly(String update) throws IOException {
        Path sources = Files.writeString(home.resolve("sources.yaml"), """
                sources:
                  - list: bis-dpl
                    format: dpl
                    files:
                      - url: https://www.bis.doc.gov/dpl/dpl.txt
                """);
        return ListSettings.parse(update, mirrorUrl(), "", sources.toString(), "");
    }

    static void await(String what, Duration limit, BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + limit.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("not within " + limit + ": " + what);
            }
            Thread.sleep(50);
        }
    }

    static Map<String, Integer> activeVersions(TestServer s) {
        Map<String, Integer> out = new LinkedHashMap<>();
        for (JsonNode l : s.get("/api/lists", s.adminKey).expect(200).json().path("lists")) {
            if (!l.path("active").isNull()) {
                out.put(l.path("list").asText(), l.path("active").path("version").asInt());
            }
        }
        return out;
    }

    static List<AuditRecord> audit(TestServer s, String action) {
        return new AuditLog(s.service.database()).list(0, 10_000).stream().filter(r -> r.action().equals(action)).toList();
    }

    static ListSchedule schedule(TestServer s) {
        return s.service.schedule().orElseThrow();
    }

    @Test
    void everyListIsActiveSoonAfterStartAndTheNextRunsAskOnlyWhetherAnythingChanged() throws Exception {
        long t0 = System.nanoTime();
        try (TestServer s = TestServer.start(home, settings("PT2S"))) {
            long listening = System.nanoTime();
            // The server answers at once, with the bundled list, while the first fetch runs in the background.
            JsonNode first = s.get("/health", null).expect(200).json();
            assertThat(first.path("listVersions").toString()).contains(BundledListInstaller.LIST_ID);

            await("every publisher list active", Duration.ofMinutes(1),
                    () -> activeVersions(s).keySet().containsAll(PUBLISHER_LISTS));
            long active = System.nanoTime();
            System.out.printf("list schedule: server listening %.2f s after start; every list active %.2f s after"
                    + " start%n", (listening - t0) / 1e9, (active - t0) / 1e9);

            // The engine answers from them.
            await("the engine rebuilt over every list", Duration.ofSeconds(30), () -> PUBLISHER_LISTS.stream()
                    .allMatch(id -> s.get("/health", null).json().path("listVersions").toString().contains(id + "@1")));
            JsonNode health = s.get("/health", null).expect(200).json();
            assertThat(health.path("status").asText()).isEqualTo("ok");
            assertThat(health.has("note")).isFalse();

            // The schedule fires again: every file is asked for with its validator and answered 304.
            long runsSoFar = schedule(s).runs();
            int seen = requests.size();
            await("two more scheduled runs", Duration.ofSeconds(30), () -> schedule(s).runs() >= runsSoFar + 2);
            List<Request> later = List.copyOf(requests.subList(seen, requests.size()));
            assertThat(later).isNotEmpty();
            assertThat(later).allMatch(r -> r.conditional() && r.status() == 304, "conditional and not modified");
            assertThat(activeVersions(s)).containsAllEntriesOf(Map.of("ofac-sdn", 1, "ofac-non-sdn", 1, "csl", 1,
                    "bis-dpl", 1, "un-sc", 1));
            // Each activation was audited once, by the schedule; the runs that changed nothing left no record.
            assertThat(audit(s, ListUpdates.UPDATED)).extracting(AuditRecord::subject)
                    .containsExactlyInAnyOrderElementsOf(PUBLISHER_LISTS);
            assertThat(audit(s, ListUpdates.UPDATED)).allMatch(r -> r.actor().equals(ListSchedule.ACTOR));
            assertThat(audit(s, ListUpdates.FAILED)).isEmpty();

            // Freshness: fetched just now, with the publisher's date where the file states one.
            JsonNode sdn = freshness(s, "ofac-sdn");
            assertThat(sdn.path("ageDays").asInt()).isZero();
            assertThat(sdn.path("stale").asBoolean()).isFalse();
            assertThat(sdn.path("maxAge").asText()).isEqualTo("PT48H");
            assertThat(Instant.parse(sdn.path("fetchedAt").asText())).isAfter(Instant.now().minusSeconds(60));
            assertThat(freshness(s, BundledListInstaller.LIST_ID).path("maxAge").isTextual()).as("no limit").isFalse();
        }
    }

    static JsonNode freshness(TestServer s, String list) {
        for (JsonNode l : s.get("/api/lists", s.adminKey).expect(200).json().path("lists")) {
            if (l.path("list").asText().equals(list)) {
                return l.path("freshness");
            }
        }
        throw new AssertionError("no list " + list);
    }

    @Test
    void aPublisherThatFailsInAnyWayLeavesTheLastGoodVersionActiveAndIsAudited() throws Exception {
        ListSettings lists = dplOnly("PT1S").withTimeouts(Duration.ofSeconds(2), Duration.ofMinutes(1));
        try (TestServer s = TestServer.start(home, lists)) {
            await("bis-dpl in use", Duration.ofMinutes(1),
                    () -> s.get("/health", null).json().path("listVersions").toString().contains("bis-dpl@1"));
            JsonNode before = s.post("/api/screen", s.adminKey, Map.of("name", "x")).expect(200).json();
            assertThat(before.path("listVersions").toString()).contains("bis-dpl@1");

            Map<Mode, String> causes = new LinkedHashMap<>();
            causes.put(Mode.HTTP_500, "HTTP 500");
            causes.put(Mode.HTML_PAGE, "rejected");
            causes.put(Mode.TRUNCATED, "dpl.txt");
            causes.put(Mode.HANG, "did not answer within PT2S");
            int failures = 0;
            for (Map.Entry<Mode, String> c : causes.entrySet()) {
                modes.put("/bis-dpl/dpl.txt", c.getKey());
                failures++;
                int expected = failures;
                await(c.getKey() + " audited", Duration.ofSeconds(30), () -> audit(s, ListUpdates.FAILED).size() >= expected);
                AuditRecord failed = audit(s, ListUpdates.FAILED).get(expected - 1);
                assertThat(failed.subject()).isEqualTo("bis-dpl");
                assertThat(failed.actor()).isEqualTo(ListSchedule.ACTOR);
                JsonNode payload = TestServer.JSON.readTree(failed.payload());
                assertThat(payload.path("error").asText()).as(c.getKey().name()).contains(c.getValue());
                assertThat(payload.path("stillActive").asText()).isEqualTo("bis-dpl@1");
                // Still answering from the last good version.
                assertThat(activeVersions(s)).containsEntry("bis-dpl", 1);
                assertThat(s.get("/health", null).json().path("listVersions").toString()).contains("bis-dpl@1");
            }
            // The same failure again is not audited again while it lasts.
            long runs = schedule(s).runs();
            await("two more runs", Duration.ofSeconds(30), () -> schedule(s).runs() >= runs + 2);
            assertThat(audit(s, ListUpdates.FAILED)).hasSize(causes.size());

            // The publisher recovers: the schedule takes it up again without any command.
            modes.clear();
            long recovered = schedule(s).runs();
            await("a run after recovery", Duration.ofSeconds(30), () -> schedule(s).runs() >= recovered + 2);
            assertThat(activeVersions(s)).containsEntry("bis-dpl", 1);
            assertThat(audit(s, ListUpdates.UPDATED)).hasSize(1);
        }
    }

    @Test
    void aSourceThatFailedIsRetriedAloneWithBackoffBeforeTheNextScheduledRun() throws Exception {
        Path sources = Files.writeString(home.resolve("sources.yaml"), """
                sources:
                  - list: bis-dpl
                    format: dpl
                    files:
                      - url: https://www.bis.doc.gov/dpl/dpl.txt
                  - list: un-sc
                    format: un
                    files:
                      - url: https://scsanctions.un.org/resources/xml/en/consolidated.xml
                """);
        modes.put("/un-sc/consolidated.xml", Mode.HTTP_500);
        // An hour between scheduled runs; a first retry after 200 ms, then 400, 800...
        ListSettings lists = ListSettings.parse("PT1H", mirrorUrl(), "", sources.toString(), "")
                .withTimeouts(Duration.ofSeconds(10), Duration.ofMillis(200));
        try (TestServer s = TestServer.start(home, lists)) {
            await("three attempts at un-sc", Duration.ofSeconds(30), () -> requests.stream()
                    .filter(r -> r.path().startsWith("/un-sc/")).count() >= 3);
            assertThat(activeVersions(s)).containsEntry("bis-dpl", 1).doesNotContainKey("un-sc");
            // Only the failing source is tried again; the list that updated waits for the next scheduled run.
            assertThat(requests.stream().filter(r -> r.path().startsWith("/bis-dpl/")).count()).isEqualTo(1);
            // Audited once while the same failure lasts.
            assertThat(audit(s, ListUpdates.FAILED)).hasSize(1);
            assertThat(audit(s, ListUpdates.FAILED).get(0).payload()).contains("HTTP 500").contains("/un-sc/consolidated.xml");

            modes.clear();
            await("un-sc active after a retry", Duration.ofSeconds(30),
                    () -> s.get("/health", null).json().path("listVersions").toString().contains("un-sc@1"));
            assertThat(audit(s, ListUpdates.UPDATED)).extracting(AuditRecord::subject)
                    .containsExactlyInAnyOrder("bis-dpl", "un-sc");
        }
    }

    @Test
    void retriesWaitTwiceAsLongEachTimeUpToTheInterval() {
        Duration day = Duration.ofDays(1);
        List<Duration> waits = new ArrayList<>();
        for (int attempts = 1; attempts <= 12; attempts++) {
            waits.add(ListSchedule.retryWait(Duration.ofMinutes(1), day, attempts));
        }
        assertThat(waits.subList(0, 5)).containsExactly(Duration.ofMinutes(1), Duration.ofMinutes(2),
                Duration.ofMinutes(4), Duration.ofMinutes(8), Duration.ofMinutes(16));
        assertThat(waits).allMatch(w -> w.compareTo(day) <= 0);
        assertThat(waits.get(11)).isEqualTo(day);
        assertThat(ListSchedule.retryWait(Duration.ofMinutes(1), Duration.ofHours(6), 30)).isEqualTo(Duration.ofHours(6));
    }

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void aListNotFetchedForLongerThanItsLimitMakesTheServerDegraded() throws Exception {
        MovableClock clock = new MovableClock();
        ListSettings lists = dplOnly("off").withClock(clock);
        try (TestServer s = TestServer.start(home, lists)) {
            // Only the bundled list so far: ok, with a note.
            JsonNode bundledOnly = s.get("/health", null).expect(200).json();
            assertThat(bundledOnly.path("status").asText()).isEqualTo("ok");
            assertThat(bundledOnly.path("note").asText()).contains("only the bundled list");
            assertThat(requests).as("nothing fetched while scheduled updates are off").isEmpty();
            assertThat(s.service.schedule()).isEmpty();

            // The admin route updates through the same settings (the mirror) and reaction.
            JsonNode outcomes = s.post("/api/lists/update", s.adminKey, "").expect(200).json();
            assertThat(outcomes.path("outcomes").get(0).path("status").asText()).isEqualTo("UPDATED");
            JsonNode fresh = s.get("/health", null).expect(200).json();
            assertThat(fresh.path("status").asText()).isEqualTo("ok");
            assertThat(fresh.has("note")).isFalse();

            clock.now.set(clock.now.get().plus(Duration.ofDays(2)).plusSeconds(1));
            JsonNode stale = s.get("/health", null).expect(200).json();
            assertThat(stale.path("status").asText()).isEqualTo("degraded");
            assertThat(stale.path("stale")).extracting(JsonNode::asText).containsExactly("bis-dpl");
            assertThat(stale.path("reason").asText()).contains("bis-dpl");
            // The bundled list has no limit.
            for (JsonNode l : stale.path("lists")) {
                if (l.path("list").asText().equals(BundledListInstaller.LIST_ID)) {
                    assertThat(l.path("stale").asBoolean()).isFalse();
                    assertThat(l.path("maxAge").isTextual()).as("no limit").isFalse();
                }
            }

            // Screening and decision answers carry each version's age; so do the metrics.
            JsonNode screened = s.post("/api/screen", s.adminKey, Map.of("name", "ZTE Corporation")).expect(200).json();
            JsonNode dpl = byList(screened.path("listFreshness"), "bis-dpl");
            assertThat(dpl.path("ageDays").asInt()).isEqualTo(2);
            assertThat(dpl.path("stale").asBoolean()).isTrue();
            assertThat(dpl.path("version").asText()).isEqualTo("bis-dpl@1");
            JsonNode decided = s.post("/api/check", s.adminKey, "{\"type\": \"export\", \"date\": \"2018-05-01\","
                    + " \"endUser\": {\"name\": \"ZTE Corporation\", \"kind\": \"company\"}}").expect(200).json();
            assertThat(byList(decided.path("listFreshness"), "bis-dpl").path("ageDays").asInt()).isEqualTo(2);
            assertThat(byList(decided.path("listFreshness"), "bis-dpl").path("stale").asBoolean()).isTrue();
            String metrics = s.get("/metrics", s.adminKey).expect(200).body();
            assertThat(metrics).contains("cordon_list_age_days{list=\"bis-dpl\"} 2.0000");
            assertThat(metrics).contains("cordon_list_stale{list=\"bis-dpl\"} 1.0");

            // A run that confirms the list unchanged makes it current again.
            s.post("/api/lists/update", s.adminKey, "").expect(200);
            assertThat(requests.get(requests.size() - 1).status()).isEqualTo(304);
            assertThat(s.get("/health", null).json().path("status").asText()).isEqualTo("ok");
            assertThat(activeVersions(s)).containsEntry("bis-dpl", 1);
        }
    }

    static JsonNode byList(JsonNode array, String list) {
        List<String> seen = new ArrayList<>();
        for (JsonNode n : array) {
            if (n.path("list").asText().equals(list)) {
                return n;
            }
            seen.add(n.path("list").asText());
        }
        throw new AssertionError("no " + list + " in " + seen);
    }

    @Test
    void listSettingsAreCheckedWithTheSettingNamed() {
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListSettings.parse("weekly", "", "", "", ""))
                .hasMessageContaining("lists.update").hasMessageContaining("weekly");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListSettings.parse("", "ftp://x", "", "", ""))
                .hasMessageContaining("lists.mirror");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListSettings.parse("", "", "", "", "two days"))
                .hasMessageContaining("lists.max-age");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListSettings.parse("", "", "", "/no/such/sources.yaml", ""))
                .hasMessageContaining("lists.sources");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> ListSettings.parse("PT0S", "", "", "", ""))
                .hasMessageContaining("lists.update");
        assertThat(ListSettings.parse("", "", "", "", "").every()).contains(Duration.ofDays(1));
        assertThat(ListSettings.parse("off", "", "", "", "").every()).isEmpty();
        assertThat(ListSettings.parse("PT6H", "", "", "", "").every()).contains(Duration.ofHours(6));
        assertThat(ListSettings.parse("", "http://mirror.example/lists", "", "", "").fetch()).isInstanceOf(Fetch.Mirror.class);
        assertThat(Optional.of(ListSettings.parse("", "", "", "", "P3D").maxAge())).contains(Duration.ofDays(3));
    }
}
