package org.cordon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * A list file cut short at any byte, for the property that an importer reads what it is given or refuses it with
 * an {@link ImportException}, and never fails in another way.
 */
public final class CutFiles {

    private CutFiles() {}

    /** The bytes of a test resource. */
    public static byte[] resource(String name) {
        try (InputStream in = CutFiles.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Imports the first {@code cut} bytes of {@code whole} (written as {@code fileName}) in both modes: each must
     * return parties or throw an {@link ImportException} that names the file; any other exception fails the test.
     */
    public static void readOrRefuse(ListImporter importer, byte[] whole, String fileName, int cut) throws IOException {
        Path file = dir().resolve(fileName);
        try {
            Files.write(file, Arrays.copyOf(whole, cut));
            for (ImportOptions options : new ImportOptions[] {ImportOptions.strict(), ImportOptions.lenient()}) {
                try {
                    ImportResult result = importer.read(file, options);
                    assertThat(result.parties()).isNotEmpty();
                } catch (ImportException refused) {
                    assertThat(refused.problems()).isNotEmpty()
                            .allSatisfy(p -> assertThat(p.file()).isEqualTo(fileName));
                }
            }
        } finally {
            Files.deleteIfExists(file);
        }
    }

    private static Path dir;

    /** One folder for the cuts of a run (created once: a property makes thousands of them). */
    private static synchronized Path dir() throws IOException {
        if (dir == null) {
            dir = Files.createTempDirectory("cordon-cut-");
            dir.toFile().deleteOnExit();
        }
        return dir;
    }
}
