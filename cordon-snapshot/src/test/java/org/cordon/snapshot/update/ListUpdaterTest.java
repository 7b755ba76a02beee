package org.cordon.snapshot.update;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.SharedData;
import org.cordon.snapshot.ListImports;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.update.ListUpdater.Outcome;
import org.cordon.snapshot.update.ListUpdater.Status;
import org.cordon.snapshot.update.UpdateSource.RemoteFile;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Updates against a real HTTP server on the loopback interface that serves the real list files, and
 * broken, truncated and lying variants of them.
 */
class ListUpdaterTest {

    @TempDir
    Path home;

    HttpServer server;
    final Map<String, byte[]> bodies = new ConcurrentHashMap<>();
    /** Paths whose response claims more bytes than it sends (a connection cut mid-download). */
    final Map<String, Long> lyingLength = new ConcurrentHashMap<>();
    /** Paths requested with If-None-Match. */
    final List<String> conditional = new java.util.concurrent.CopyOnWriteArrayList<>();

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        // A handler that stalls on purpose must not hold up the others.
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body = bodies.get(path);
            try (exchange) {
                if (body == null) {
                    exchange.sendResponseHeaders(404, -1);
                    return;
                }
                // Validators as publishers give them: a strong ETag of the content.
                String etag = "\"" + Integer.toHexString(Arrays.hashCode(body)) + "-" + body.length + "\"";
                exchange.getResponseHeaders().set("ETag", etag);
                String asked = exchange.getRequestHeaders().getFirst("If-None-Match");
                if (asked != null) {
                    conditional.add(path);
                    if (asked.equals(etag)) {
                        exchange.sendResponseHeaders(304, -1);
                        return;
                    }
                }
                long claimed = lyingLength.getOrDefault(path, (long) body.length);
                exchange.sendResponseHeaders(200, claimed);
                OutputStream out = exchange.getResponseBody();
                out.write(body);
                out.flush();
            } catch (IOException cut) {
                // the lying response ends the exchange early on purpose
            }
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    String url(String path) {
        return "http://" + server.getAddress().getAddress().getHostAddress() + ":" + server.getAddress().getPort() + path;
    }

    UpdateSource sdnSource() {
        return new UpdateSource("ofac-sdn", ListFormat.OFAC_SDN, List.of(RemoteFile.of(url("/ofac/sdn.csv")),
                RemoteFile.optional(url("/ofac/alt.csv")), RemoteFile.optional(url("/ofac/add.csv")),
                RemoteFile.optional(url("/ofac/sdn_comments.csv"))));
    }

    UpdateSource dplSource() {
        return new UpdateSource("bis-dpl", ListFormat.DPL, List.of(RemoteFile.of(url("/bis/dpl.txt"))));
    }

    UpdateSource unSource() {
        return new UpdateSource("un-sc", ListFormat.UN, List.of(RemoteFile.of(url("/un/consolidated.xml"))));
    }

    UpdateSource cslSource() {
        return new UpdateSource("csl", ListFormat.CSL, List.of(RemoteFile.of(url("/csl/consolidated.csv"))));
    }

    ListUpdater updater(SnapshotStore store) {
        return new ListUpdater(new ListImports(store));
    }

    @Test
    void fetchesVerifiesAndImportsEveryList() throws IOException {
        bodies.put("/ofac/sdn.csv", Files.readAllBytes(SharedData.require("lists/ofac-sdn/2024-07-02/sdn.csv")));
        bodies.put("/bis/dpl.txt", Files.readAllBytes(SharedData.require("lists/bis-dpl/2023-11/dpl.txt")));
        bodies.put("/un/consolidated.xml", Files.readAllBytes(SharedData.require("lists/un/2026-02-27/consolidated.xml")));
        bodies.put("/csl/consolidated.csv", Files.readAllBytes(SharedData.require("lists/trade-gov-csl/2025-06/consolidated.csv")));
        SnapshotStore store = new SnapshotStore(home);

        List<Outcome> first = updater(store).update(List.of(sdnSource(), dplSource(), unSource(), cslSource()), Optional.empty());
        assertThat(first).extracting(Outcome::status).containsOnly(Status.UPDATED);
        assertThat(store.active("ofac-sdn")).map(SnapshotInfo::entryCount).contains(15443);
        assertThat(store.active("bis-dpl")).map(SnapshotInfo::entryCount).contains(665);
        assertThat(store.active("un-sc")).map(SnapshotInfo::entryCount).contains(1003);
        assertThat(store.active("csl")).map(SnapshotInfo::entryCount).contains(13);

        List<Outcome> again = updater(store).update(List.of(sdnSource(), dplSource()), Optional.empty());
        assertThat(again).extracting(Outcome::status).containsOnly(Status.UNCHANGED);
        assertThat(store.versions("ofac-sdn")).hasSize(1);
    }

    @Test
    void eachListKeepsWhenItWasLastFetchedOrConfirmedForTheVersionItConfirmed() throws Exception {
        byte[] dpl = Files.readAllBytes(SharedData.require("lists/bis-dpl/2023-11/dpl.txt"));
        bodies.put("/bis/dpl.txt", dpl);
        SnapshotStore store = new SnapshotStore(home);
        java.time.Instant t1 = java.time.Instant.parse("2026-03-01T06:00:00Z");
        java.time.Instant t2 = java.time.Instant.parse("2026-03-02T06:00:00Z");
        ListImports imports = new ListImports(store);

        assertThat(new ListUpdater(imports, java.time.Duration.ofSeconds(30), java.time.Clock.fixed(t1, java.time.ZoneOffset.UTC))
                .update(List.of(dplSource()), Fetch.publishers())).extracting(Outcome::status).containsExactly(Status.UPDATED);
        SnapshotInfo v1 = store.active("bis-dpl").orElseThrow();
        assertThat(FetchRecord.fetchedAt(store, v1)).contains(t1);

        // A 304 confirms the version held: fetched-at moves on, the version stays.
        assertThat(new ListUpdater(imports, java.time.Duration.ofSeconds(30), java.time.Clock.fixed(t2, java.time.ZoneOffset.UTC))
                .update(List.of(dplSource()), Fetch.publishers())).extracting(Outcome::status).containsExactly(Status.UNCHANGED);
        assertThat(conditional).contains("/bis/dpl.txt");
        assertThat(FetchRecord.fetchedAt(store, v1)).contains(t2);

        // A failed fetch confirms nothing.
        bodies.put("/bis/dpl.txt", "<html><body>Service unavailable</body></html>\n".getBytes());
        assertThat(new ListUpdater(imports, java.time.Duration.ofSeconds(30), java.time.Clock.fixed(t2.plusSeconds(3600),
                java.time.ZoneOffset.UTC)).update(List.of(dplSource()), Fetch.publishers()))
                .extracting(Outcome::status).containsExactly(Status.FAILED);
        assertThat(FetchRecord.fetchedAt(store, v1)).contains(t2);

        // Another version, imported by hand, was not fetched: no fetched-at for it.
        String text = new String(dpl, java.nio.charset.StandardCharsets.ISO_8859_1);
        int lastRow = text.lastIndexOf('\n', text.length() - 2);
        SnapshotInfo v2 = imports.run(new ListImports.Request(ListFormat.DPL,
                writeDpl(Arrays.copyOf(dpl, lastRow + 1)), org.cordon.ingest.ImportOptions.strict().withListId("bis-dpl"),
                true, false)).info();
        assertThat(v2.version()).isEqualTo(2);
        assertThat(store.active("bis-dpl")).contains(v2);
        assertThat(FetchRecord.fetchedAt(store, v2)).isEmpty();
    }

    private Path writeDpl(byte[] content) throws IOException {
        Path dir = Files.createDirectories(home.resolve("by-hand"));
        return Files.write(dir.resolve("dpl.txt"), content);
    }

    @Test
    void aBrokenOrTruncatedFileLeavesThePreviousVersionActive() throws IOException {
        byte[] sdn = Files.readAllBytes(SharedData.require("lists/ofac-sdn/2024-06-28/sdn.csv"));
        byte[] dpl = Files.readAllBytes(SharedData.require("lists/bis-dpl/2023-11/dpl.txt"));
        bodies.put("/ofac/sdn.csv", sdn);
        bodies.put("/bis/dpl.txt", dpl);
        SnapshotStore store = new SnapshotStore(home);
        assertThat(updater(store).update(List.of(sdnSource(), dplSource()), Optional.empty()))
                .extracting(Outcome::status).containsOnly(Status.UPDATED);

        // truncated in the middle of a row: the file ends inside a quoted field
        bodies.put("/ofac/sdn.csv", Arrays.copyOf(sdn, sdn.length / 2 + 17));
        // broken: not a DPL at all
        bodies.put("/bis/dpl.txt", "<html><body>Service unavailable</body></html>".getBytes());
        List<Outcome> broken = updater(store).update(List.of(sdnSource(), dplSource()), Optional.empty());
        assertThat(broken).extracting(Outcome::status).containsOnly(Status.FAILED);
        assertThat(store.active("ofac-sdn")).map(SnapshotInfo::version).contains(1);
        assertThat(store.active("ofac-sdn")).map(SnapshotInfo::entryCount).contains(15440);
        assertThat(store.active("bis-dpl")).map(SnapshotInfo::version).contains(1);
        assertThat(store.versions("ofac-sdn")).hasSize(1);

        // cut connection: the server promised more bytes than it sent
        bodies.put("/bis/dpl.txt", Arrays.copyOf(dpl, dpl.length / 3));
        lyingLength.put("/bis/dpl.txt", (long) dpl.length);
        Outcome cut = updater(store).update(List.of(dplSource()), Optional.empty()).get(0);
        assertThat(cut.status()).isEqualTo(Status.FAILED);
        assertThat(store.versions("bis-dpl")).hasSize(1);

        // a missing required file
        bodies.remove("/ofac/sdn.csv");
        Outcome missing = updater(store).update(List.of(sdnSource()), Optional.empty()).get(0);
        assertThat(missing.status()).isEqualTo(Status.FAILED);
        assertThat(missing.detail()).contains("HTTP 404");
    }

    @Test
    void refusesTheRealCslReleaseThatEndsMidRecord() throws IOException {
        // The 2023-11 CSL file as published ends inside a quoted address: a strict update must not
        // import it as a list one entry short.
        bodies.put("/csl/consolidated.csv", Files.readAllBytes(SharedData.require("lists/trade-gov-csl/2023-11/consolidated.csv")));
        SnapshotStore store = new SnapshotStore(home);
        Outcome outcome = updater(store).update(List.of(cslSource()), Optional.empty()).get(0);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.detail()).contains("consolidated.csv:4233");
        assertThat(store.versions("csl")).isEmpty();
    }

    @Test
    void refusesAFileWhoseHashDiffersFromTheOneConfigured() throws IOException {
        bodies.put("/bis/dpl.txt", Files.readAllBytes(SharedData.require("lists/bis-dpl/2023-11/dpl.txt")));
        UpdateSource pinned = new UpdateSource("bis-dpl", ListFormat.DPL, List.of(
                new RemoteFile(java.net.URI.create(url("/bis/dpl.txt")), "", true, "00".repeat(32))));
        Outcome outcome = updater(new SnapshotStore(home)).update(List.of(pinned), Optional.empty()).get(0);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.detail()).contains("SHA-256");
    }

    @Test
    void worksOfflineFromLocalFiles() throws IOException {
        Path offline = Files.createDirectories(home.resolve("offline/bis-dpl"));
        Files.copy(SharedData.require("lists/bis-dpl/2023-11/dpl.txt"), offline.resolve("dpl.txt"));
        SnapshotStore store = new SnapshotStore(home);
        Outcome outcome = updater(store).update(List.of(dplSource()), Optional.of(home.resolve("offline"))).get(0);
        assertThat(outcome.status()).isEqualTo(Status.UPDATED);
        assertThat(store.active("bis-dpl")).map(SnapshotInfo::entryCount).contains(665);

        Outcome missing = updater(store).update(List.of(unSource()), Optional.of(home.resolve("offline"))).get(0);
        assertThat(missing.status()).isEqualTo(Status.FAILED);
        assertThat(missing.detail()).contains("consolidated.xml");
    }

    @Test
    void aSecondUpdateAsksOnlyWhetherTheFilesChanged() throws IOException {
        bodies.put("/bis/dpl.txt", Files.readAllBytes(SharedData.require("lists/bis-dpl/2023-11/dpl.txt")));
        SnapshotStore store = new SnapshotStore(home);
        assertThat(updater(store).update(List.of(dplSource()), Fetch.publishers()).get(0).status()).isEqualTo(Status.UPDATED);
        assertThat(conditional).isEmpty();

        Outcome again = updater(store).update(List.of(dplSource()), Fetch.publishers()).get(0);
        assertThat(again.status()).isEqualTo(Status.UNCHANGED);
        assertThat(again.detail()).contains("not modified");
        assertThat(conditional).containsExactly("/bis/dpl.txt");
        assertThat(store.versions("bis-dpl")).hasSize(1);

        // The publisher changes the file: the conditional request gets the new body, which is imported.
        byte[] fewer = Files.readString(SharedData.require("lists/bis-dpl/2023-11/dpl.txt")).lines()
                .limit(600).reduce("", (a, b) -> a + b + "\r\n").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        bodies.put("/bis/dpl.txt", fewer);
        Outcome changed = updater(store).update(List.of(dplSource()), Fetch.publishers()).get(0);
        assertThat(changed.status()).as(changed.detail()).isEqualTo(Status.UPDATED);
        assertThat(store.versions("bis-dpl")).hasSize(2);
    }

    @Test
    void aMirrorServesEveryListUnderItsIdAndTheFileName() throws IOException {
        bodies.put("/mirror/ofac-sdn/sdn.csv", Files.readAllBytes(SharedData.require("lists/ofac-sdn/2024-07-02/sdn.csv")));
        bodies.put("/mirror/bis-dpl/dpl.txt", Files.readAllBytes(SharedData.require("lists/bis-dpl/2023-11/dpl.txt")));
        bodies.put("/mirror/un-sc/consolidated.xml", Files.readAllBytes(SharedData.require("lists/un/2026-02-27/consolidated.xml")));
        SnapshotStore store = new SnapshotStore(home);
        // The built-in sources name the publishers; the mirror stands in for all of them.
        List<UpdateSource> sources = UpdateSources.defaults().stream()
                .filter(x -> List.of("ofac-sdn", "bis-dpl", "un-sc").contains(x.listId())).toList();
        List<Outcome> outcomes = updater(store).update(sources, Fetch.mirror(url("/mirror")));
        assertThat(outcomes).extracting(Outcome::status).containsOnly(Status.UPDATED);
        assertThat(store.active("ofac-sdn")).map(SnapshotInfo::entryCount).contains(15443);
        assertThat(store.active("un-sc")).map(SnapshotInfo::entryCount).contains(1003);
    }

    @Test
    void anUnreachablePublisherIsNamedWithTheRemedy() throws IOException {
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        String unreachable = "http://127.0.0.1:" + closed + "/dpl/dpl.txt";
        UpdateSource source = new UpdateSource("bis-dpl", ListFormat.DPL, List.of(RemoteFile.of(unreachable)));
        Outcome outcome = updater(new SnapshotStore(home)).update(List.of(source), Fetch.publishers()).get(0);
        assertThat(outcome.status()).isEqualTo(Status.FAILED);
        assertThat(outcome.detail()).contains("cannot reach " + unreachable).contains("ConnectException")
                .contains("--mirror").contains("--offline");

        Outcome wrongLayout = updater(new SnapshotStore(home)).update(List.of(dplSource()), Fetch.mirror(url("/nowhere")))
                .get(0);
        assertThat(wrongLayout.detail()).contains(url("/nowhere/bis-dpl/dpl.txt")).contains("HTTP 404");
    }

    @Test
    void aPublisherThatStopsSendingMidBodyIsCutOffAndTheListKeepsItsVersion() throws IOException {
        byte[] dpl = Files.readAllBytes(SharedData.require("lists/bis-dpl/2023-11/dpl.txt"));
        bodies.put("/bis/dpl.txt", dpl);
        SnapshotStore store = new SnapshotStore(home);
        ListUpdater patient = new ListUpdater(new ListImports(store), java.time.Duration.ofSeconds(1),
                java.time.Clock.systemUTC());
        assertThat(patient.update(List.of(dplSource()), Fetch.publishers()).get(0).status()).isEqualTo(Status.UPDATED);

        // Headers and half the body, then silence (bounded: the handler gives up after 20 s).
        server.createContext("/stall/", exchange -> {
            try (exchange) {
                exchange.sendResponseHeaders(200, dpl.length);
                exchange.getResponseBody().write(dpl, 0, dpl.length / 2);
                exchange.getResponseBody().flush();
                Thread.sleep(20_000);
            } catch (InterruptedException | IOException e) {
                // the client cut the connection, as it should
            }
        });
        UpdateSource stalling = new UpdateSource("bis-dpl", ListFormat.DPL, List.of(RemoteFile.of(url("/stall/dpl.txt"))));
        Outcome cut = patient.update(List.of(stalling), Fetch.publishers()).get(0);
        assertThat(cut.status()).isEqualTo(Status.FAILED);
        assertThat(cut.detail()).contains("stopped sending").contains(url("/stall/dpl.txt"));
        assertThat(store.versions("bis-dpl")).hasSize(1);
        assertThat(store.active("bis-dpl")).map(SnapshotInfo::entryCount).contains(665);
    }

    @Test
    void readsSourcesFromYaml() throws IOException {
        Path file = home.resolve("sources.yaml");
        Files.writeString(file, """
                sources:
                  - list: ofac-sdn
                    format: ofac-sdn
                    files:
                      - url: https://example.org/sdn.csv
                      - url: https://example.org/alt.csv
                        optional: true
                  - list: un-sc
                    format: un
                    files:
                      - url: https://example.org/consolidated.xml
                        sha256: ABCD
                """);
        List<UpdateSource> sources = UpdateSources.load(file);
        assertThat(sources).extracting(UpdateSource::listId).containsExactly("ofac-sdn", "un-sc");
        assertThat(sources.get(0).files()).extracting(RemoteFile::name).containsExactly("sdn.csv", "alt.csv");
        assertThat(sources.get(0).files().get(1).required()).isFalse();
        assertThat(sources.get(1).files().get(0).sha256()).isEqualTo("abcd");

        Files.writeString(file, "sources:\n  - list: x\n    format: nonsense\n    files: [{url: 'https://example.org/a'}]\n");
        org.assertj.core.api.Assertions.assertThatThrownBy(() -> UpdateSources.load(file))
                .hasMessageContaining("sources.yaml: sources[0]: unknown list format 'nonsense'");
        assertThat(UpdateSources.defaults()).extracting(UpdateSource::listId)
                .containsExactly("ofac-sdn", "ofac-non-sdn", "csl", "bis-dpl", "un-sc", "eu-fsf", "uk-sanctions");
        assertThat(UpdateSources.defaults().get(5).files().get(0).name()).isEqualTo("xmlFullSanctionsList_1_1.xml");
        assertThat(UpdateSources.defaults().get(6).files().get(0).name()).isEqualTo("UK-Sanctions-List.xml");
        assertThat(UpdateSources.builtIn("ofac-sdn")).extracting(s -> s.format().cliName())
                .containsExactly("ofac-sdn", "ofac-sls");
        assertThat(UpdateSources.sanctionsListService().get(0).files().get(0).url().toString())
                .isEqualTo("https://sanctionslistservice.ofac.treas.gov/api/PublicationPreview/exports/SDN_ADVANCED.XML");
    }
}
