package org.cordon.cli;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Runs the real command line in-process against a data directory and captures what it prints. */
record CliRun(int exitCode, String out, String err) {

    static CliRun run(Path home, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        List<String> all = new ArrayList<>(List.of(args));
        if (home != null) {
            all.add(0, home.toString());
            all.add(0, "--home");
        }
        int code = Cordon.commandLine(new PrintWriter(out, true), new PrintWriter(err, true)).execute(all.toArray(String[]::new));
        return new CliRun(code, out.toString(), err.toString());
    }
}
