package org.cordon.lists;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledListsTest {

    @Test
    void theCoveredTelecomListIsOnTheClasspathAndNamesItsListId() throws IOException {
        try (InputStream in = BundledLists.openCoveredTelecom()) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            assertThat(text).contains("id: " + BundledLists.COVERED_TELECOM_LIST_ID);
        }
    }

    @Test
    void copyingKeepsTheFileNameAndTheBytes(@TempDir Path dir) throws IOException {
        Path copy = BundledLists.copyCoveredTelecomTo(dir);

        assertThat(copy.getFileName()).hasToString("covered-telecom.yaml");
        try (InputStream in = BundledLists.openCoveredTelecom()) {
            assertThat(Files.readAllBytes(copy)).isEqualTo(in.readAllBytes());
        }
    }
}
