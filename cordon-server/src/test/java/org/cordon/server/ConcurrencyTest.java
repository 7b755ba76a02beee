package org.cordon.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Fifty clients screening and checking while another flips a list between two versions: no errors, every answer
 * names list versions that exist (and its findings come from those versions), every decision is kept, and the
 * audit chain verifies.
 */
class ConcurrencyTest {

    /** Activations that must happen while clients are at work. */
    private static final int MIN_FLIPS = 5;


    static final int CLIENTS = 50;
    static final int REQUESTS_PER_CLIENT = 16;

    @TempDir
    Path home;

    @Test
    void clientsAndListActivationsInterleaveWithoutErrorsOrTornVersions() throws Exception {
        try (TestServer server = TestServer.start(home)) {
            server.importList("curated", "watch.yaml", TestLists.watchList(1, "2024-01-01", "Zephyr Orbital", true).getBytes(StandardCharsets.UTF_8), "").expect(201);
            server.importList("curated", "watch.yaml", TestLists.watchList(2, "2024-01-02", "ZOS Ltd", true).getBytes(StandardCharsets.UTF_8), "").expect(201);
            Set<String> existing = new HashSet<>();
            for (String list : List.of("test-watch", "cordon-covered-telecom")) {
                server.get("/api/lists/" + list + "/versions", server.adminKey).expect(200).json().path("versions")
                        .forEach(v -> existing.add(list + "@" + v.path("version").asInt()));
            }
            assertThat(existing).containsExactlyInAnyOrder("test-watch@1", "test-watch@2", "cordon-covered-telecom@1");
            String screener = server.key("screener");
            long decisionsBefore = server.get("/api/decisions?limit=1", screener).expect(200).json().path("total").asLong();

            AtomicBoolean running = new AtomicBoolean(true);
            AtomicInteger flips = new AtomicInteger();
            ConcurrentLinkedQueue<String> problems = new ConcurrentLinkedQueue<>();
            ConcurrentLinkedQueue<String> decisionIds = new ConcurrentLinkedQueue<>();
            Set<String> matchedFrom = java.util.concurrent.ConcurrentHashMap.newKeySet();
            ExecutorService pool = Executors.newFixedThreadPool(CLIENTS + 1);
            CountDownLatch go = new CountDownLatch(1);
            Future<?> flipper = pool.submit(() -> {
                go.await();
                int v = 1;
                while (running.get()) {
                    TestServer.Answer a = server.post("/api/lists/test-watch/activate", server.adminKey, Map.of("version", v));
                    if (a.status() != 200) {
                        problems.add("activate " + v + ": " + a.status() + " " + a.body());
                    }
                    flips.incrementAndGet();
                    v = 3 - v;
                    Thread.sleep(20);
                }
                return null;
            });
            List<Future<?>> clients = new ArrayList<>();
            for (int c = 0; c < CLIENTS; c++) {
                int client = c;
                clients.add(pool.submit(() -> {
                    go.await();
                    for (int i = 0; i < REQUESTS_PER_CLIENT; i++) {
                        try {
                            if ((client + i) % 2 == 0) {
                                TestServer.Answer a = server.post("/api/screen", screener,
                                        Map.of("name", i % 4 == 0 ? "Zephyr Orbital Systems" : "ZOS Ltd"));
                                if (check(a, "screen", existing, problems)) {
                                    matchedFrom.addAll(a.json().findValuesAsText("listVersion"));
                                }
                            } else {
                                ObjectNode tx = (ObjectNode) BadInputTest.parse(BadInputTest.REVIEW_TX);
                                tx.put("reference", "C" + client + "-" + i);
                                if (i % 3 == 0) {
                                    ((ObjectNode) tx.withArray("items").get(0)).put("manufacturer", "Zephyr Orbital Systems Ltd.");
                                }
                                TestServer.Answer a = server.post("/api/check", screener, tx);
                                if (check(a, "check", existing, problems)) {
                                    decisionIds.add(a.text("id"));
                                    JsonNode d = a.json();
                                    for (JsonNode f : d.path("findings")) {
                                        String v = f.path("listVersion").asText();
                                        if (!contains(d.path("listVersions"), v)) {
                                            problems.add("a finding from " + v + " in a decision on " + d.path("listVersions"));
                                        }
                                    }
                                }
                            }
                        } catch (RuntimeException e) {
                            problems.add(client + "/" + i + ": " + e);
                        }
                    }
                    // On a fast machine the requests can all be done before the list has flipped often: keep
                    // screening (no more checks, so the decision count stays exact) until it has.
                    long deadline = System.nanoTime() + TimeUnit.MINUTES.toNanos(1);
                    while (flips.get() < MIN_FLIPS && System.nanoTime() < deadline) {
                        TestServer.Answer a = server.post("/api/screen", screener, Map.of("name", "ZOS Ltd"));
                        if (check(a, "screen", existing, problems)) {
                            matchedFrom.addAll(a.json().findValuesAsText("listVersion"));
                        }
                    }
                    return null;
                }));
            }
            go.countDown();
            for (Future<?> f : clients) {
                f.get(5, TimeUnit.MINUTES);
            }
            running.set(false);
            flipper.get(1, TimeUnit.MINUTES);
            pool.shutdown();

            assertThat(problems).isEmpty();
            assertThat(matchedFrom).as("screens matched each version").contains("test-watch@1", "test-watch@2");
            assertThat(flips.get()).as("activations while clients ran").isGreaterThanOrEqualTo(MIN_FLIPS);
            int checks = CLIENTS * REQUESTS_PER_CLIENT / 2;
            assertThat(decisionIds).hasSize(checks).doesNotHaveDuplicates();
            JsonNode page = server.get("/api/decisions?limit=500", screener).expect(200).json();
            assertThat(page.path("total").asLong()).isEqualTo(decisionsBefore + checks);
            for (String id : decisionIds) {
                JsonNode stored = server.get("/api/decisions/" + id, screener).expect(200).json();
                stored.path("listVersions").forEach(v -> assertThat(existing).contains(v.asText()));
            }
            JsonNode verify = server.get("/api/audit/verify", server.adminKey).expect(200).json();
            assertThat(verify.path("ok").asBoolean()).as(verify.toString()).isTrue();
            List<JsonNode> records = new ArrayList<>();
            server.get("/api/audit?limit=1000", server.adminKey).expect(200).json().path("records").forEach(records::add);
            assertThat(records.stream().filter(r -> r.path("action").asText().equals("list.activate")).count())
                    .isEqualTo(flips.get());
        }
    }

    private static boolean check(TestServer.Answer a, String what, Set<String> existing, ConcurrentLinkedQueue<String> problems) {
        if (a.status() != 200) {
            problems.add(what + ": " + a.status() + " " + a.body());
            return false;
        }
        JsonNode versions = a.json().path("listVersions");
        int watch = 0;
        for (JsonNode v : versions) {
            if (!existing.contains(v.asText())) {
                problems.add(what + " names a version that never existed: " + v);
            }
            if (v.asText().startsWith("test-watch@")) {
                watch++;
            }
        }
        if (watch != 1 || versions.size() != 2) {
            problems.add(what + " names " + versions);
        }
        // Whatever matched came from the versions the answer names: no answer mixes two generations of the engine.
        for (String v : a.json().findValuesAsText("listVersion")) {
            if (!contains(versions, v)) {
                problems.add(what + ": a match from " + v + " in an answer on " + versions);
            }
        }
        if (a.json().findValuesAsText("matchedName").contains("ZOS Ltd") && !contains(versions, "test-watch@2")) {
            problems.add(what + ": matched the alias only version 2 has, on " + versions);
        }
        return true;
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) {
            if (v.asText().equals(value)) {
                return true;
            }
        }
        return false;
    }
}
