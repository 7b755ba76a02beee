package org.cordon.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.GenerationMode;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.cordon.ingest.registry.Importers;
import org.cordon.model.Party;

/**
 * A list file cut off at any byte, in every format: the import is refused with an {@link ImportException} that names
 * the file, never another exception and never a shorter list. The one exception, by design: a cut that removes only
 * whole lines of a line-oriented file (at a line end of CSV, DPL or YAML) leaves a well-formed shorter file that no
 * reader can tell from a real one; it reads as exactly the entries before the cut, and the shrink guard of the import
 * (fewer than half the active version's entries is refused) is what stands in its way. A cut that removes only
 * trailing white space reads as the whole file.
 */
class TruncatedFilesPropertiesTest {

    /** One fixture of a format: the file that is cut, and for folder formats the folder it sits in. */
    record Fixture(ListFormat format, String folder, String file, boolean lineOriented) {
        @Override
        public String toString() {
            return format.cliName() + ":" + file;
        }
    }

    /** One cut: the fixture and how many of its bytes are kept. */
    record Cut(Fixture fixture, int keep) {
        @Override
        public String toString() {
            return fixture + "[0.." + keep + ")";
        }
    }

    static final List<Fixture> FIXTURES = List.of(
            new Fixture(ListFormat.OFAC_SDN, "ofac-sdn", "sdn.csv", true),
            new Fixture(ListFormat.OFAC_SDN, "ofac-sdn", "alt.csv", true),
            new Fixture(ListFormat.OFAC_SDN, "ofac-sdn", "add.csv", true),
            new Fixture(ListFormat.OFAC_SDN, "ofac-sdn", "sdn_comments.csv", true),
            new Fixture(ListFormat.OFAC_NON_SDN, "ofac-non-sdn", "cons_prim.csv", true),
            new Fixture(ListFormat.OFAC_NON_SDN, "ofac-non-sdn", "cons_alt.csv", true),
            new Fixture(ListFormat.OFAC_NON_SDN, "ofac-non-sdn", "cons_add.csv", true),
            new Fixture(ListFormat.OFAC_SDN_XML, "", "ofac-sdn-xml/sdn.xml", false),
            new Fixture(ListFormat.OFAC_SDN_XML, "", "ofac-sdn-xml/sdn.xml.zip", false),
            new Fixture(ListFormat.CSL, "", "csl/consolidated.csv", true),
            new Fixture(ListFormat.CSL, "", "csl/consolidated.json", false),
            new Fixture(ListFormat.DPL, "", "dpl/dpl.txt", true),
            new Fixture(ListFormat.UN, "", "un/consolidated.xml", false),
            new Fixture(ListFormat.CURATED, "", "curated/valid.yaml", true),
            new Fixture(ListFormat.CURATED, "", "curated/valid.json", false),
            new Fixture(ListFormat.FTM, "", "ftm/small.ftm.json", true),
            new Fixture(ListFormat.EU_FSF, "", "eu/small.xml", false),
            new Fixture(ListFormat.UK_SANCTIONS, "", "uk/small.xml", false),
            new Fixture(ListFormat.UK_SANCTIONS, "", "uk/small.csv", true),
            new Fixture(ListFormat.OFAC_SLS_ADVANCED, "", "ofac-sls/small.xml", false));

    private static final Map<Fixture, byte[]> BYTES = new LinkedHashMap<>();
    private static final Map<Fixture, List<String>> WHOLE = new LinkedHashMap<>();
    private static Path work;

    static synchronized byte[] bytes(Fixture f) {
        return BYTES.computeIfAbsent(f, x -> {
            if (x.file().endsWith(".zip")) {
                return zip("sdn.xml", resource("ofac-sdn-xml/sdn.xml"));
            }
            return resource(x.folder().isEmpty() ? x.file() : x.folder() + "/" + x.file());
        });
    }

    static byte[] resource(String name) {
        try (InputStream in = TruncatedFilesPropertiesTest.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalStateException("no fixture " + name);
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A zip as OFAC publishes it: one deflated entry. */
    static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(name));
            z.write(content);
            z.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    @Provide
    Arbitrary<Cut> everyCut() {
        List<Cut> cuts = new ArrayList<>();
        for (Fixture f : FIXTURES) {
            int length = bytes(f).length;
            for (int keep = 0; keep < length; keep++) {
                cuts.add(new Cut(f, keep));
            }
        }
        return Arbitraries.of(cuts);
    }

    @Property(generation = GenerationMode.EXHAUSTIVE, tries = 100_000, shrinking = net.jqwik.api.ShrinkingMode.OFF)
    void aFileCutAnywhereIsRefusedOrReadsAsTheWholeLinesBeforeTheCut(@ForAll("everyCut") Cut cut) throws Exception {
        Fixture f = cut.fixture();
        byte[] whole = bytes(f);
        byte[] kept = Arrays.copyOf(whole, cut.keep());
        Path path = write(f, kept);
        ImportResult result;
        try {
            result = Importers.forFormat(f.format()).read(path, ImportOptions.strict());
        } catch (ImportException e) {
            assertThat(e.problems()).as("%s", cut).isNotEmpty();
            assertThat(e.getMessage()).as("%s names the file", cut).contains(Path.of(f.file()).getFileName().toString());
            return;
        } catch (Exception | Error e) {
            throw new AssertionError(cut + ": " + e, e);
        }
        List<String> read = ids(result.parties());
        List<String> full = whole(f);
        boolean onlySpaceCut = new String(whole, cut.keep(), whole.length - cut.keep(), java.nio.charset.StandardCharsets.ISO_8859_1)
                .matches("[\\s\\x1A]*");
        if (onlySpaceCut) {
            assertThat(read).as("%s removes only trailing white space", cut).isEqualTo(full);
            return;
        }
        boolean atLineEnd = cut.keep() > 0 && whole[cut.keep() - 1] == '\n'
                || whole[cut.keep()] == '\r' || whole[cut.keep()] == '\n';
        assertThat(f.lineOriented() && atLineEnd)
                .as("%s was imported (%d of %d entries) though it does not end at a line end", cut, read.size(), full.size())
                .isTrue();
        assertThat(read.size()).as("%s reads no more entries than the whole file", cut).isLessThanOrEqualTo(full.size());
    }

    static List<String> whole(Fixture f) throws Exception {
        synchronized (WHOLE) {
            List<String> ids = WHOLE.get(f);
            if (ids == null) {
                ids = ids(Importers.forFormat(f.format()).read(write(f, bytes(f)), ImportOptions.strict()).parties());
                WHOLE.put(f, ids);
            }
            return ids;
        }
    }

    static List<String> ids(List<Party> parties) {
        return parties.stream().map(p -> p.listId() + "/" + p.sourceId() + "/" + p.hashCode()).toList();
    }

    /** Writes the cut file (for a folder format, into a copy of the folder with the other files whole). */
    static Path write(Fixture f, byte[] content) throws IOException {
        if (work == null) {
            work = Files.createTempDirectory("cordon-truncated-");
        }
        if (f.folder().isEmpty()) {
            Path file = work.resolve(Path.of(f.file()).getFileName().toString());
            Files.write(file, content);
            return file;
        }
        Path dir = work.resolve(f.folder());
        Files.createDirectories(dir);
        for (String other : List.of("sdn.csv", "alt.csv", "add.csv", "sdn_comments.csv", "cons_prim.csv", "cons_alt.csv",
                "cons_add.csv", "cons_comments.csv")) {
            try (InputStream in = TruncatedFilesPropertiesTest.class.getResourceAsStream("/fixtures/" + f.folder() + "/" + other)) {
                if (in != null) {
                    Files.write(dir.resolve(other), other.equals(f.file()) ? content : in.readAllBytes());
                }
            }
        }
        return dir;
    }

    @AfterContainer
    static void clean() throws IOException {
        if (work != null) {
            try (var paths = Files.walk(work)) {
                paths.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
    }
}
