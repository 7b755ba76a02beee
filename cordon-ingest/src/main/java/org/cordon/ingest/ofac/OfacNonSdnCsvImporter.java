package org.cordon.ingest.ofac;

import java.nio.file.Path;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;

/**
 * Reads OFAC's consolidated (non-SDN) list in its legacy CSV form: a folder holding {@code cons_prim.csv} and
 * optionally {@code cons_alt.csv}, {@code cons_add.csv} and {@code cons_comments.csv}. The layout is the SDN
 * list's, so it is read the same way as by {@link OfacSdnCsvImporter}.
 */
public final class OfacNonSdnCsvImporter implements ListImporter {

    private final LegacyCsvList list = new LegacyCsvList(LegacyCsvFiles.NON_SDN, ListFormat.OFAC_NON_SDN);

    @Override
    public ListFormat format() {
        return ListFormat.OFAC_NON_SDN;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        return list.read(path, options);
    }
}
