package org.cordon.ingest;

import java.util.EnumMap;
import java.util.Map;

/** The importer for each format: the one place that knows them all. */
public final class Importers {

    private Importers() {}

    private static final Map<ListFormat, ListImporter> BY_FORMAT = new EnumMap<>(ListFormat.class);

    static {
        register(new org.cordon.ingest.csl.CslImporter());
        register(new org.cordon.ingest.dpl.DeniedPersonsImporter());
        register(new org.cordon.ingest.un.UnConsolidatedImporter());
        register(new org.cordon.ingest.curated.CuratedListImporter());
    }

    private static void register(ListImporter importer) {
        BY_FORMAT.put(importer.format(), importer);
    }

    public static ListImporter forFormat(ListFormat format) {
        ListImporter importer = BY_FORMAT.get(format);
        if (importer == null) {
            throw new IllegalArgumentException("no importer for format " + format.cliName());
        }
        return importer;
    }
}
