package org.cordon.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.cordon.policy.resolve.Resolver;
import org.cordon.server.CordonService;
import org.cordon.server.http.AuthThrottle;
import org.cordon.server.lists.ListSettings;
import org.cordon.web.CordonWeb;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

@Command(name = "serve", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Run the Cordon server: the web interface (/ui) and the REST API over screening and decisions, with the bundled list and the"
                + " data directory's lists, an embedded SQLite database (or PostgreSQL), review cases and the audit trail.",
                "Settings: options, else CORDON_HOST / CORDON_PORT / CORDON_DB / CORDON_TAC / CORDON_PUBLIC_URL /"
                        + " CORDON_LISTS_UPDATE / CORDON_LISTS_MIRROR / CORDON_LISTS_OFFLINE / CORDON_LISTS_SOURCES /"
                        + " CORDON_LISTS_MAX_AGE, else cordon.properties in the data directory (host, port, db, tac,"
                        + " public.url, lists.update, lists.mirror, lists.offline, lists.sources, lists.max-age).",
                "Lists: on start and then daily the server fetches every list in the background (it answers at once"
                        + " with the lists it has); a list that cannot be fetched keeps its last good version."})
final class ServeCommand implements Callable<Integer> {

    @ParentCommand
    Cordon root;

    @Spec
    CommandSpec spec;

    @Option(names = "--host", paramLabel = "HOST", description = "Address to listen on (default 127.0.0.1).")
    String host;

    @Option(names = "--port", paramLabel = "PORT", description = "Port (default 8080; 0 picks a free one).")
    Integer port;

    @Option(names = "--db", paramLabel = "URL",
            description = "sqlite:FILE (default sqlite:cordon.db in the data directory) or postgresql://user[:password]@host:port/db.")
    String db;

    @Option(names = "--public-url", paramLabel = "URL", description = "The server's stable public base URL"
            + " (https://cordon.example.org); the reconciliation service's identifiers are made from it."
            + " Default: http://HOST:PORT of the listen address.")
    String publicUrl;

    @Option(names = "--lists-update", paramLabel = "WHEN", description = "Scheduled list updates: daily (default),"
            + " off, or an ISO-8601 interval such as PT6H. The first runs at start, in the background.")
    String listsUpdate;

    @Option(names = "--lists-mirror", paramLabel = "URL", description = "Fetch lists from a mirror: file NAME of list"
            + " LIST from URL/LIST/NAME.")
    String listsMirror;

    @Option(names = "--lists-offline", paramLabel = "DIR", description = "Take list files from DIR/LIST/NAME or"
            + " DIR/NAME instead of the network.")
    String listsOffline;

    @Option(names = "--lists-sources", paramLabel = "FILE", description = "The sources YAML (default: sources.yaml in"
            + " the data directory when present, else the publishers' addresses).")
    String listsSources;

    @Option(names = "--lists-max-age", paramLabel = "DURATION", description = "How long a publisher's list may go"
            + " without being fetched or confirmed before /health says degraded (ISO-8601, default P2D).")
    String listsMaxAge;

    @Option(names = "--review-floor", paramLabel = "SCORE", description = "The floor of the review band of decisions"
            + " (default 0.65): a name whose best match scores from here to the threshold 0.80 is neither matched nor"
            + " cleared, and the programs that look at it answer REVIEW. 0.80 removes the band (not advised).")
    String reviewFloor;

    @Option(names = "--tac", paramLabel = "FILE", description = "TAC tables for IMEIs (repeatable), as for cordon check.")
    List<Path> tacs = new ArrayList<>();

    /** The review band's floor as set, or the default; a value that is no score in (0, 0.80] names the setting. */
    static double reviewFloor(String text) {
        if (text == null || text.isBlank()) {
            return Resolver.REVIEW_FLOOR;
        }
        try {
            double v = Double.parseDouble(text.strip());
            if (v > 0 && v <= Resolver.FINDING_THRESHOLD) {
                return v;
            }
        } catch (NumberFormatException e) {
            // named below
        }
        throw new IllegalArgumentException("review floor '" + text + "' (--review-floor, CORDON_REVIEW_FLOOR or"
                + " decisions.review-floor) is not a score above 0 and at most " + Resolver.FINDING_THRESHOLD);
    }

    @Override
    public Integer call() throws Exception {
        Path home = root.home().dir();
        ServerConfig config;
        try {
            config = ServerConfig.load(home, System.getenv());
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("cordon serve: " + e.getMessage());
            return 2;
        }
        List<Path> tacFiles = new ArrayList<>(tacs);
        if (tacFiles.isEmpty() && !config.tac().isEmpty()) {
            for (String t : config.tac().split(",")) {
                tacFiles.add(Path.of(t.strip()));
            }
        }
        CordonService.Settings settings;
        try {
            settings = new CordonService.Settings(host != null ? host : config.host(),
                    port != null ? port : config.port(), home, db != null ? db : config.db(),
                    TacFiles.directory(tacFiles, spec.commandLine().getErr()), version(),
                    publicUrl != null ? publicUrl : config.publicUrl(), AuthThrottle.Limits.DEFAULT,
                    ListSettings.parse(or(listsUpdate, config.lists().update()), or(listsMirror, config.lists().mirror()),
                            or(listsOffline, config.lists().offline()), or(listsSources, config.lists().sources()),
                            or(listsMaxAge, config.lists().maxAge())),
                    reviewFloor(or(reviewFloor, config.reviewFloor())));
        } catch (IllegalArgumentException e) {
            spec.commandLine().getErr().println("cordon serve: " + e.getMessage());
            return 2;
        }
        CordonService service = CordonService.start(settings, System.out, List.of(new CordonWeb()));
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            service.close();
            stopped.countDown();
        }, "cordon-shutdown"));
        stopped.await();
        return 0;
    }

    private static String or(String option, String configured) {
        return option != null ? option : configured;
    }

    private static String version() {
        String v = ServeCommand.class.getPackage().getImplementationVersion();
        return v == null ? "dev" : v;
    }
}
