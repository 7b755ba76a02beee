package org.cordon.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/** The {@code cordon} command. */
@Command(name = "cordon", mixinStandardHelpOptions = true, versionProvider = Cordon.Version.class,
        description = "Keeps covered and restricted suppliers out of telecom and ICT supply chains.",
        subcommands = {ServeCommand.class, ScreenCommand.class, CompareCommand.class, CheckCommand.class, ProgramsCommand.class, ListsCommand.class, AuditCommand.class, CommandLine.HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:done", "1:errors, or findings where a command says so", "2:usage"})
public final class Cordon implements Runnable {

    @Option(names = "--home", scope = ScopeType.INHERIT, paramLabel = "DIR",
            description = "Data directory (default: $CORDON_HOME, else ~/.cordon).")
    Path home;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The data directory this run uses. */
    CordonHome home() {
        return CordonHome.resolve(home);
    }

    public static void main(String[] args) {
        System.exit(commandLine(new PrintWriter(System.out, true), new PrintWriter(System.err, true)).execute(args));
    }

    /** A configured command line writing to the given streams (tests use this). */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        CommandLine cl = new CommandLine(new Cordon());
        cl.setOut(out);
        cl.setErr(err);
        cl.setExecutionExceptionHandler((ex, cmd, parsed) -> {
            cmd.getErr().println("cordon: " + (ex.getMessage() == null ? ex.toString() : ex.getMessage()));
            return 1;
        });
        return cl;
    }

    /** The version from the jar manifest, when packaged. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cordon.class.getPackage().getImplementationVersion();
            return new String[] {"cordon " + (v == null ? "development build" : v)};
        }
    }
}
