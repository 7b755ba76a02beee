package org.cordon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.registry.Importers;
import org.cordon.lists.BundledLists;
import org.cordon.model.Party;
import org.cordon.snapshot.ScratchFolder;

/**
 * The real list files the benchmarks read, from {@code shared/data/lists}: SDN 2024-07-02 with the 2025-12
 * alias/address/comment files, non-SDN 2025-12, CSL 2023-11, DPL 2023-11, UN 2026-02-27, plus the bundled list.
 */
public final class RealLists {

    private RealLists() {}

    /**
     * One list to import.
     *
     * @param format  its format
     * @param path    the file or folder the importer reads
     * @param options strict, except for the published CSL 2023-11 file, which ends mid-record (one row skipped)
     * @param release the release the files are from ({@code 2024-07-02}), for list versions
     */
    public record ListFile(ListFormat format, Path path, ImportOptions options, String release) {}

    /** A list as read: its version ({@code ofac-sdn@2024-07-02}) and its parties. */
    public record LoadedList(String listVersion, List<Party> parties) {}

    /**
     * The list files, ready to import. The SDN files of two releases are copied into one folder of
     * {@code work}, as the SDN importer reads a folder; the bundled list is copied out of the classpath.
     */
    public static List<ListFile> prepare(Path lists, Path work) throws IOException {
        Path sdn = Files.createDirectory(work.resolve("ofac-sdn"));
        Files.copy(lists.resolve("ofac-sdn/2024-07-02/sdn.csv"), sdn.resolve("sdn.csv"));
        for (String f : List.of("alt.csv", "add.csv", "sdn_comments.csv")) {
            Files.copy(lists.resolve("ofac-sdn/2025-12").resolve(f), sdn.resolve(f),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        Path bundled = BundledLists.copyCoveredTelecomTo(Files.createDirectory(work.resolve("bundled")));
        List<ListFile> files = new ArrayList<>();
        files.add(new ListFile(ListFormat.OFAC_SDN, sdn, ImportOptions.strict(), "2024-07-02"));
        files.add(new ListFile(ListFormat.OFAC_NON_SDN, lists.resolve("ofac-non-sdn/2025-12"), ImportOptions.strict(),
                "2025-12"));
        files.add(new ListFile(ListFormat.CSL, lists.resolve("trade-gov-csl/2023-11/consolidated.csv"),
                ImportOptions.lenient(), "2023-11"));
        files.add(new ListFile(ListFormat.DPL, lists.resolve("bis-dpl/2023-11/dpl.txt"), ImportOptions.strict(),
                "2023-11"));
        files.add(new ListFile(ListFormat.UN, lists.resolve("un/2026-02-27/consolidated.xml"), ImportOptions.strict(),
                "2026-02-27"));
        files.add(new ListFile(ListFormat.CURATED, bundled, ImportOptions.strict(), "bundled"));
        return files;
    }

    /** Reads every list into memory, through a temporary folder removed afterwards. */
    public static List<LoadedList> load(Path lists) throws IOException, ImportException {
        try (ScratchFolder work = ScratchFolder.create("cordon-lists-")) {
            List<LoadedList> loaded = new ArrayList<>();
            for (ListFile file : prepare(lists, work.path())) {
                ImportResult result = Importers.forFormat(file.format()).read(file.path(), file.options());
                loaded.add(new LoadedList(result.listId() + "@" + file.release(), result.parties()));
            }
            return loaded;
        }
    }
}
