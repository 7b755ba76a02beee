package org.cordon.cli;

import java.io.IOException;
import java.util.List;
import org.cordon.ingest.ImportException;
import org.cordon.match.Screener;

/** Builds a screener over the lists given on the command line (the bundled list when none is). */
final class ScreenerLoader {

    private ScreenerLoader() {}

    static Screener load(List<ListSpec> specs, CordonHome home, boolean lenient) throws IOException, ImportException {
        List<ListSpec> chosen = specs.isEmpty() ? List.of(ListSpec.parse("bundled")) : specs;
        Screener.Builder builder = Screener.builder();
        for (ListSpec spec : chosen) {
            ListSpec.Loaded loaded = spec.load(home, lenient);
            builder.add(loaded.version(), loaded.parties());
        }
        return builder.build();
    }
}
