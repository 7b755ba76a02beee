package org.cordon.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.cordon.store.AuditLog;
import org.cordon.store.ChainVerification;
import org.cordon.store.Database;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "audit", mixinStandardHelpOptions = true, subcommands = AuditCommand.Verify.class,
        description = "The audit trail of decisions, case actions, list activations and key changes.")
final class AuditCommand implements Runnable {

    @ParentCommand
    Cordon root;

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    @Command(name = "verify", mixinStandardHelpOptions = true,
            description = {"Recompute the audit trail's hash chain and name the first broken record.",
                    "Exit status: 0 intact, 1 broken."})
    static final class Verify implements Callable<Integer> {

        @ParentCommand
        AuditCommand audit;

        @Spec
        CommandSpec spec;

        @Option(names = "--db", paramLabel = "URL", description = "The database (default: as cordon serve would use).")
        String db;

        @Override
        public Integer call() throws Exception {
            var home = audit.root.home().dir();
            String url = db != null ? db : ServerConfig.load(home, System.getenv()).db();
            PrintWriter out = spec.commandLine().getOut();
            try (Database database = Database.open(url.isBlank() ? "sqlite:cordon.db" : url, home)) {
                ChainVerification v = new AuditLog(database).verify();
                if (v.ok()) {
                    out.println("audit chain intact: " + v.recordsChecked() + " records");
                    return 0;
                }
                out.println("audit chain BROKEN at record " + v.firstBrokenSeq().orElse(-1) + ": " + v.reason()
                        + " (" + v.recordsChecked() + " records verified before it)");
                return 1;
            }
        }
    }
}
