package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DataDirectoryTest {

    @Test
    void homeOptionWinsAndListsLiveUnderIt(@TempDir Path home) {
        assertThat(CordonHome.resolve(home).dir()).isEqualTo(home.toAbsolutePath().normalize());
        CliRun run = CliRun.run(home, "lists");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(Files.isDirectory(home.resolve("lists/cordon-covered-telecom/v1"))).isTrue();
        assertThat(Files.exists(home.resolve("lists/cordon-covered-telecom/active"))).isTrue();
    }

    @Test
    void homeOptionAlsoWorksAfterTheSubcommand(@TempDir Path home) {
        CliRun run = CliRun.run(null, "lists", "--home", home.toString());
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(Files.isDirectory(home.resolve("lists/cordon-covered-telecom"))).isTrue();
    }

    @Test
    void thePublicUrlComesFromTheOptionTheEnvironmentOrTheDataDirectory(@TempDir Path home) throws Exception {
        assertThat(ServerConfig.load(home, java.util.Map.of()).publicUrl()).isEmpty();
        Files.writeString(home.resolve(ServerConfig.FILE), "public.url = https://cordon.example.org\n");
        assertThat(ServerConfig.load(home, java.util.Map.of()).publicUrl()).isEqualTo("https://cordon.example.org");
        assertThat(ServerConfig.load(home, java.util.Map.of("CORDON_PUBLIC_URL", "https://other.example")).publicUrl())
                .isEqualTo("https://other.example");
        for (String bad : new String[] {"ftp://cordon.example.org", "cordon.example.org", "https://u:p@cordon.example.org",
                "https://cordon.example.org/?key=x"}) {
            CliRun run = CliRun.run(home, "serve", "--port", "0", "--public-url", bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).contains("public URL");
        }
    }

    @Test
    void theReviewFloorComesFromTheOptionTheEnvironmentOrTheFileAndABadOneStopsServe(@TempDir Path home) throws Exception {
        Files.writeString(home.resolve(ServerConfig.FILE), "decisions.review-floor = 0.7\n");
        assertThat(ServerConfig.load(home, Map.of()).reviewFloor()).isEqualTo("0.7");
        assertThat(ServerConfig.load(home, Map.of("CORDON_REVIEW_FLOOR", "0.75")).reviewFloor()).isEqualTo("0.75");
        assertThat(ServeCommand.reviewFloor("0.7")).isEqualTo(0.7);
        assertThat(ServeCommand.reviewFloor("")).isEqualTo(org.cordon.policy.resolve.Resolver.REVIEW_FLOOR);
        for (String bad : new String[] {"0.9", "0", "-1", "high"}) {
            CliRun run = CliRun.run(home, "serve", "--port", "0", "--lists-update", "off", "--review-floor", bad);
            assertThat(run.exitCode()).as(bad).isEqualTo(2);
            assertThat(run.err()).as(bad).contains("review floor").contains("--review-floor");
        }
    }

    @Test
    void listSettingsComeFromTheOptionTheEnvironmentOrTheDataDirectory(@TempDir Path home) throws Exception {
        assertThat(ServerConfig.load(home, java.util.Map.of()).lists().update()).isEmpty();
        Files.writeString(home.resolve(ServerConfig.FILE), "lists.update = PT6H\nlists.mirror = https://mirror.example/lists\n"
                + "lists.max-age = P3D\n");
        ServerConfig.Lists lists = ServerConfig.load(home, java.util.Map.of()).lists();
        assertThat(lists.update()).isEqualTo("PT6H");
        assertThat(lists.mirror()).isEqualTo("https://mirror.example/lists");
        assertThat(lists.maxAge()).isEqualTo("P3D");
        assertThat(ServerConfig.load(home, java.util.Map.of("CORDON_LISTS_UPDATE", "off")).lists().update()).isEqualTo("off");
        String[][] bad = {{"--lists-update", "weekly", "lists.update"}, {"--lists-mirror", "ftp://mirror.example", "lists.mirror"},
                {"--lists-max-age", "two days", "lists.max-age"}, {"--lists-offline", home.resolve("nowhere").toString(), "lists.offline"}};
        for (String[] b : bad) {
            CliRun run = CliRun.run(home, "serve", "--port", "0", b[0], b[1]);
            assertThat(run.exitCode()).as(b[0]).isEqualTo(2);
            assertThat(run.err()).as(b[0]).contains(b[2]);
        }
    }

    @Test
    void listsShowsThePublicationDateFetchedAtAndAge(@TempDir Path home) {
        CliRun run = CliRun.run(home, "lists");
        assertThat(run.exitCode()).isEqualTo(0);
        assertThat(run.out()).contains("PUBLISHED", "FETCHED", "AGE");
        // The bundled list was never fetched: its import time stands in, marked so.
        String bundled = run.out().lines().filter(l -> l.startsWith("cordon-covered-telecom")).findFirst().orElseThrow();
        assertThat(bundled).contains("(imported)").contains(" 0d ");
    }

    @Test
    void defaultsToDotCordonUnderTheUserHome() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CORDON_HOME") == null, "CORDON_HOME is set");
        assertThat(CordonHome.resolve(null).dir()).isEqualTo(Path.of(System.getProperty("user.home"), ".cordon"));
    }
}
