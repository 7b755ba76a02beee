package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.cordon.ingest.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ListsCommandTest {

    @TempDir
    Path home;

    @Test
    void aFreshDataDirectoryHasTheBundledListActive() {
        CliRun run = CliRun.run(home, "lists");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("cordon-covered-telecom").contains("v1");

        CliRun show = CliRun.run(home, "lists", "show", "bundled", "--grep", "华为");
        assertThat(show.exitCode()).isEqualTo(0);
        assertThat(show.out()).contains("Huawei Technologies Co., Ltd.").contains("FCC_COVERED_LIST");

        // a second start does not add a version
        CliRun.run(home, "lists");
        assertThat(CliRun.run(home, "lists", "versions", "cordon-covered-telecom").out().lines()
                .filter(l -> l.matches("^[* ]\\s+\\d+.*"))).hasSize(1);
    }

    @Test
    void importsDiffsAndActivatesRealSdnReleases() throws Exception {
        Path old = SharedData.require("lists/ofac-sdn/2023-09-18");
        Path mid = SharedData.require("lists/ofac-sdn/2024-06-28");
        Path now = SharedData.require("lists/ofac-sdn/2024-07-02");

        assertThat(CliRun.run(home, "lists", "import", "ofac-sdn", old.toString()).out())
                .contains("imported ofac-sdn@1: 13070 entries");
        assertThat(CliRun.run(home, "lists", "import", "ofac-sdn", mid.toString()).exitCode()).isEqualTo(0);
        assertThat(CliRun.run(home, "lists", "import", "ofac-sdn", now.toString()).out())
                .contains("imported ofac-sdn@3: 15443 entries").contains("now active");
        assertThat(CliRun.run(home, "lists", "import", "ofac-sdn", now.toString()).out())
                .contains("unchanged: same content as ofac-sdn@3");

        CliRun diff = CliRun.run(home, "lists", "diff", "ofac-sdn@1", "ofac-sdn@3");
        assertThat(diff.exitCode()).isEqualTo(0);
        assertThat(diff.out()).startsWith("ofac-sdn@1 -> ofac-sdn@3: 2709 added, 336 removed, ");
        assertThat(diff.out()).contains("changed (").contains("designations").contains("      ");

        String hash = CliRun.run(home, "lists", "versions", "ofac-sdn").out().lines()
                .filter(l -> l.startsWith(" ") && l.contains("13070")).findFirst().orElseThrow()
                .split("\\s+")[5];
        CliRun byHash = CliRun.run(home, "lists", "diff", "ofac-sdn@" + hash.substring(0, 6), "ofac-sdn@2");
        assertThat(byHash.out()).startsWith("ofac-sdn@1 -> ofac-sdn@2: ");

        CliRun small = CliRun.run(home, "lists", "diff", "ofac-sdn@2", "ofac-sdn@3", "--format", "json");
        var json = new com.fasterxml.jackson.databind.ObjectMapper().readTree(small.out());
        assertThat(json.get("added")).hasSize(3);
        assertThat(json.get("removed")).isEmpty();

        assertThat(CliRun.run(home, "lists", "activate", "ofac-sdn@1").exitCode()).isEqualTo(0);
        assertThat(CliRun.run(home, "lists").out()).containsPattern("ofac-sdn\\s+v1\\s+13070");
    }

    @Test
    void aRejectedImportNamesTheProblemAndKeepsTheActiveVersion() throws Exception {
        Path dpl = SharedData.require("lists/bis-dpl/2023-11/dpl.txt");
        assertThat(CliRun.run(home, "lists", "import", "dpl", dpl.toString()).exitCode()).isEqualTo(0);

        List<String> lines = Files.readAllLines(dpl);
        Path broken = home.resolve("dpl.txt");
        lines.set(5, lines.get(5).replace("\"03/04/2002\"", "\"03/44/2002\""));
        Files.write(broken, lines);
        CliRun rejected = CliRun.run(home, "lists", "import", "dpl", broken.toString());
        assertThat(rejected.exitCode()).isEqualTo(1);
        assertThat(rejected.err()).contains("rejected").contains("dpl.txt:6: field 'Effective_Date'");
        assertThat(CliRun.run(home, "lists").out()).containsPattern("bis-dpl\\s+v1\\s+665");

        CliRun lenient = CliRun.run(home, "lists", "import", "dpl", broken.toString(), "--lenient",
                "--report", home.resolve("skipped.txt").toString());
        assertThat(lenient.exitCode()).isEqualTo(0);
        assertThat(lenient.out()).contains("664 entries").contains("skipped 1 malformed rows");
        assertThat(Files.readString(home.resolve("skipped.txt"))).contains("dpl.txt:6");

        Path empty = Files.writeString(home.resolve("empty.txt"), "");
        assertThat(CliRun.run(home, "lists", "import", "dpl", empty.toString()).exitCode()).isEqualTo(1);
    }

    @Test
    void updateThroughAMirrorAndWithoutOneNamesTheRemedy() throws Exception {
        Path dpl = SharedData.require("lists/bis-dpl/2023-11/dpl.txt");
        com.sun.net.httpserver.HttpServer server = com.sun.net.httpserver.HttpServer.create(
                new java.net.InetSocketAddress(java.net.InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/mirror/bis-dpl/dpl.txt", exchange -> {
            byte[] body = Files.readAllBytes(dpl);
            exchange.sendResponseHeaders(200, body.length);
            try (exchange) {
                exchange.getResponseBody().write(body);
            }
        });
        server.start();
        try {
            String mirror = "http://127.0.0.1:" + server.getAddress().getPort() + "/mirror";
            CliRun run = CliRun.run(home, "lists", "update", "--only", "bis-dpl", "--mirror", mirror);
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(0);
            assertThat(run.out()).contains("bis-dpl").contains("updated").contains("665 entries");

            CliRun both = CliRun.run(home, "lists", "update", "--mirror", mirror, "--offline", home.toString());
            assertThat(both.exitCode()).isEqualTo(2);
            assertThat(both.err()).contains("exclude each other");
        } finally {
            server.stop(0);
        }
        int closed;
        try (java.net.ServerSocket s = new java.net.ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            closed = s.getLocalPort();
        }
        CliRun down = CliRun.run(home, "lists", "update", "--only", "bis-dpl", "--mirror", "http://127.0.0.1:" + closed);
        assertThat(down.exitCode()).isEqualTo(1);
        assertThat(down.out()).contains("cannot reach http://127.0.0.1:" + closed + "/bis-dpl/dpl.txt").contains("--offline");
    }

    @Test
    void usageErrorsExitWithTwo() {
        assertThat(CliRun.run(home, "lists", "import", "nonsense", "x").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(home, "lists", "import").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(home, "no-such-command").exitCode()).isEqualTo(2);
        assertThat(CliRun.run(home, "lists", "diff", "ofac-sdn@1", "ofac-sdn@2").exitCode()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "lists", "lists import", "lists versions", "lists show", "lists diff", "lists activate",
            "lists update"})
    void everyCommandHasHelp(String command) {
        String[] args = (command + " --help").strip().split(" ");
        CliRun run = CliRun.run(null, args);
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("Usage: cordon");
    }
}
