package org.cordon.ingest.ofac;

import java.nio.file.Path;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.ingest.ImportResult;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;

/**
 * Reads OFAC's SDN list in its legacy CSV form: a folder holding {@code sdn.csv} and, where published with it,
 * {@code alt.csv} (aliases), {@code add.csv} (addresses) and {@code sdn_comments.csv} (the rest of long remarks).
 * Names stay as published ("SURNAME, Given"); identifiers, dates, nationalities, weak aliases and "Linked To" ties
 * are read out of the remarks by {@link OfacRemarks}, and the remarks are kept whole.
 */
public final class OfacSdnCsvImporter implements ListImporter {

    private final LegacyCsvList list = new LegacyCsvList(LegacyCsvFiles.SDN, ListFormat.OFAC_SDN);

    @Override
    public ListFormat format() {
        return ListFormat.OFAC_SDN;
    }

    @Override
    public ImportResult read(Path path, ImportOptions options) throws ImportException {
        return list.read(path, options);
    }
}
