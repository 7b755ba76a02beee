package org.cordon.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.registry.Importers;
import org.cordon.lists.BundledLists;
import org.cordon.model.Party;

/**
 * The real lists of {@code shared/data/lists} that the benchmarks use: SDN 2024-07-02 with the 2025-12
 * alias/address/comment files, non-SDN 2025-12, CSL 2023-11 (read leniently: the published file ends mid-record),
 * DPL 2023-11, UN 2026-02-27, and the bundled list.
 */
public final class RealLists {

    private RealLists() {}

    /** One list file and how to read it. */
    public record Job(ListFormat format, Path path, ImportOptions options) {}

    /** The import jobs, staging the SDN folder under {@code work}. */
    public static List<Job> jobs(Path lists, Path work) throws IOException {
        Path sdn = Files.createDirectories(work.resolve("ofac-sdn"));
        Files.copy(lists.resolve("ofac-sdn/2024-07-02/sdn.csv"), sdn.resolve("sdn.csv"), StandardCopyOption.REPLACE_EXISTING);
        for (String f : List.of("alt.csv", "add.csv", "sdn_comments.csv")) {
            Files.copy(lists.resolve("ofac-sdn/2025-12").resolve(f), sdn.resolve(f), StandardCopyOption.REPLACE_EXISTING);
        }
        Path bundled = Files.createDirectories(work.resolve("bundled"));
        List<Job> jobs = new ArrayList<>();
        jobs.add(new Job(ListFormat.OFAC_SDN, sdn, ImportOptions.strict()));
        jobs.add(new Job(ListFormat.OFAC_NON_SDN, lists.resolve("ofac-non-sdn/2025-12"), ImportOptions.strict()));
        jobs.add(new Job(ListFormat.CSL, lists.resolve("trade-gov-csl/2023-11/consolidated.csv"), ImportOptions.lenient()));
        jobs.add(new Job(ListFormat.DPL, lists.resolve("bis-dpl/2023-11/dpl.txt"), ImportOptions.strict()));
        jobs.add(new Job(ListFormat.UN, lists.resolve("un/2026-02-27/consolidated.xml"), ImportOptions.strict()));
        jobs.add(new Job(ListFormat.CURATED, BundledLists.copyCoveredTelecomTo(bundled), ImportOptions.strict()));
        return jobs;
    }

    /** Every list's parties by list id, read straight from the files. */
    public static Map<String, List<Party>> load(Path lists) throws IOException, ImportException {
        Path work = Files.createTempDirectory("cordon-lists-");
        Map<String, List<Party>> byList = new LinkedHashMap<>();
        for (Job job : jobs(lists, work)) {
            var result = Importers.forFormat(job.format()).read(job.path(), job.options());
            byList.put(result.listId(), result.parties());
        }
        return byList;
    }

    /** The lists folder from the first argument, else {@code ../shared/data/lists}. */
    public static Path folder(String[] args) {
        return Path.of(args.length > 0 && !args[0].isBlank() ? args[0] : "../shared/data/lists");
    }
}
