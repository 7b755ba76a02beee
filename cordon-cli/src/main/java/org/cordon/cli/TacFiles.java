package org.cordon.cli;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.cordon.policy.device.CuratedTacReader;
import org.cordon.policy.device.DeviceModel;
import org.cordon.policy.device.OsmocomTacReader;
import org.cordon.policy.device.TacDirectory;
import org.cordon.policy.device.TacFile;
import org.cordon.policy.device.TacFileException;
import org.cordon.policy.device.TacTable;

/** The TAC tables given with {@code --tac}, layered over the bundled curated TACs. */
final class TacFiles {

    private TacFiles() {}

    static TacDirectory directory(List<Path> files, PrintWriter err) throws IOException, TacFileException {
        List<List<DeviceModel>> layers = new ArrayList<>();
        for (Path f : files) {
            TacFile read = curated(f) ? CuratedTacReader.strict().read(f) : OsmocomTacReader.lenient().read(f);
            if (!read.problems().isEmpty()) {
                err.println("cordon: " + f + ": " + read.problems().size() + " rows skipped, e.g. "
                        + read.problems().get(0));
            }
            layers.add(read.models());
        }
        layers.add(CuratedTacReader.readBundled().models());
        return new TacDirectory(TacTable.layered(layers));
    }

    /** Cordon's curated format starts (after comments) with its own header; anything else is read as Osmocom's. */
    private static boolean curated(Path f) throws IOException {
        try (BufferedReader r = Files.newBufferedReader(f, StandardCharsets.UTF_8)) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String l = line.replace("\uFEFF", "").strip();
                if (!l.isEmpty() && !l.startsWith("#")) {
                    return l.equalsIgnoreCase("tac,brand,model,source");
                }
            }
        }
        return false;
    }
}
