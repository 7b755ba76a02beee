package org.cordon.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The store's own code never changes or removes an audit record; only the tests' raw SQL does. */
class AppendOnlySourceTest {

    @Test
    void noMainSourceUpdatesOrDeletesAuditRecords() throws IOException {
        Path main = Path.of("src/main");
        List<Path> files;
        try (Stream<Path> walk = Files.walk(main)) {
            files = walk.filter(p -> p.toString().endsWith(".java") || p.toString().endsWith(".sql")).toList();
        }
        assertThat(files).isNotEmpty();
        for (Path f : files) {
            String text = Files.readString(f).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
            assertThat(text).as(f.toString())
                    .doesNotContain("update audit_record")
                    .doesNotContain("delete from audit_record")
                    .doesNotContain("drop table audit_record");
        }
    }
}
