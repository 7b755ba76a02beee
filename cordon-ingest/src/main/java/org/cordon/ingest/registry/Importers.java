package org.cordon.ingest.registry;

import java.util.EnumMap;
import java.util.Map;
import org.cordon.ingest.ListFormat;
import org.cordon.ingest.ListImporter;
import org.cordon.ingest.csl.CslImporter;
import org.cordon.ingest.curated.CuratedListImporter;
import org.cordon.ingest.dpl.DeniedPersonsImporter;
import org.cordon.ingest.eu.EuFsfImporter;
import org.cordon.ingest.ftm.FtmImporter;
import org.cordon.ingest.ofac.OfacNonSdnCsvImporter;
import org.cordon.ingest.ofac.OfacSdnCsvImporter;
import org.cordon.ingest.ofac.OfacSdnXmlImporter;
import org.cordon.ingest.ofac.sls.OfacAdvancedXmlImporter;
import org.cordon.ingest.uk.UkSanctionsListImporter;
import org.cordon.ingest.un.UnConsolidatedImporter;

/**
 * The importer for each format: the one place that knows them all. Each comes behind a {@link TruncationGuard}, so
 * that a file cut off anywhere is refused as an import error naming it.
 */
public final class Importers {

    private Importers() {}

    private static final Map<ListFormat, ListImporter> BY_FORMAT = new EnumMap<>(ListFormat.class);

    static {
        register(new OfacSdnCsvImporter());
        register(new OfacSdnXmlImporter());
        register(new OfacNonSdnCsvImporter());
        register(new CslImporter());
        register(new DeniedPersonsImporter());
        register(new UnConsolidatedImporter());
        register(new CuratedListImporter());
        register(new FtmImporter());
        register(new EuFsfImporter());
        register(new UkSanctionsListImporter());
        register(new OfacAdvancedXmlImporter());
    }

    private static void register(ListImporter importer) {
        BY_FORMAT.put(importer.format(), new TruncationGuard(importer));
    }

    public static ListImporter forFormat(ListFormat format) {
        ListImporter importer = BY_FORMAT.get(format);
        if (importer == null) {
            throw new IllegalArgumentException("no importer for format " + format.cliName());
        }
        return importer;
    }
}
