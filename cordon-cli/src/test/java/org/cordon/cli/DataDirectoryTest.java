package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
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
    void defaultsToDotCordonUnderTheUserHome() {
        org.junit.jupiter.api.Assumptions.assumeTrue(System.getenv("CORDON_HOME") == null, "CORDON_HOME is set");
        assertThat(CordonHome.resolve(null).dir()).isEqualTo(Path.of(System.getProperty("user.home"), ".cordon"));
    }
}
