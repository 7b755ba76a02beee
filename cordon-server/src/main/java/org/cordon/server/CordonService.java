package org.cordon.server;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.cordon.policy.device.TacDirectory;
import org.cordon.policy.product.BomComponents;
import org.cordon.policy.program.ExportControlData;
import org.cordon.policy.program.ProgramCatalog;
import org.cordon.server.api.AdminApi;
import org.cordon.server.api.CasesApi;
import org.cordon.server.api.CheckApi;
import org.cordon.server.api.DecisionsApi;
import org.cordon.server.api.ListsApi;
import org.cordon.server.api.ProgramsApi;
import org.cordon.server.api.ReconcileApi;
import org.cordon.server.api.RegistryApi;
import org.cordon.server.api.ScreenApi;
import org.cordon.server.engine.EngineHolder;
import org.cordon.server.http.ApiRoute;
import org.cordon.server.http.Auth;
import org.cordon.server.http.AuthThrottle;
import org.cordon.server.http.Metrics;
import org.cordon.server.http.Principal;
import org.cordon.server.http.Role;
import org.cordon.server.lists.ListFreshness;
import org.cordon.server.lists.ListSchedule;
import org.cordon.server.lists.ListSettings;
import org.cordon.server.lists.ListUpdates;
import org.cordon.server.monitor.ListChanges;
import org.cordon.server.monitor.RegistryMonitor;
import org.cordon.snapshot.BundledListInstaller;
import org.cordon.snapshot.SnapshotStore;
import org.cordon.snapshot.update.UpdateSource;
import org.cordon.store.ApiKeys;
import org.cordon.store.Database;
import org.cordon.store.NewApiKey;

/**
 * Everything {@code cordon serve} runs: the data directory's list snapshots (with the bundled list installed), the
 * database, the engine over the active versions, and the HTTP server. On first start it creates an admin key,
 * prints it once and writes it to {@code admin.key} in the data directory, readable by the owner only.
 */
public final class CordonService implements AutoCloseable {

    /**
     * Where and how to run. {@code db} empty means SQLite in the data directory.
     *
     * @param publicUrl the server's stable public base URL (the reconciliation service's identifier and schema spaces
     *                  are made from it); empty means {@code http://HOST:PORT} of the listen address. Never taken from
     *                  a request's {@code Host} header.
     * @param authLimits how many failed authentications a client address may make, and in what window
     * @param lists      scheduled list updates, where their files come from, and how old a list may grow
     * @param reviewFloor the floor of the decisions' review band ({@code Resolver.REVIEW_FLOOR} by default)
     */
    public record Settings(String host, int port, Path home, String db, TacDirectory devices, String version,
                           String publicUrl, AuthThrottle.Limits authLimits, ListSettings lists, double reviewFloor) {

        public Settings {
            publicUrl = publicUrl == null ? "" : publicUrl.strip();
            if (!publicUrl.isEmpty()) {
                publicUrl = checkedPublicUrl(publicUrl);
            }
            authLimits = authLimits == null ? AuthThrottle.Limits.DEFAULT : authLimits;
            lists = lists == null ? ListSettings.off() : lists;
        }

        /** With the default review band. */
        public Settings(String host, int port, Path home, String db, TacDirectory devices, String version,
                        String publicUrl, AuthThrottle.Limits authLimits, ListSettings lists) {
            this(host, port, home, db, devices, version, publicUrl, authLimits, lists,
                    org.cordon.policy.resolve.Resolver.REVIEW_FLOOR);
        }

        /** Without scheduled list updates (embedded servers and tests: nothing is fetched unless asked). */
        public Settings(String host, int port, Path home, String db, TacDirectory devices, String version,
                        String publicUrl, AuthThrottle.Limits authLimits) {
            this(host, port, home, db, devices, version, publicUrl, authLimits, ListSettings.off());
        }

        /** Without scheduled list updates (embedded servers and tests: nothing is fetched unless asked). */
        public Settings(String host, int port, Path home, String db, TacDirectory devices, String version) {
            this(host, port, home, db, devices, version, "", AuthThrottle.Limits.DEFAULT, ListSettings.off());
        }

        /** The public base URL: the one configured, else the listen address with the port really bound. */
        String publicBase(int boundPort) {
            if (!publicUrl.isEmpty()) {
                return publicUrl;
            }
            String h = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
            return "http://" + h + ":" + boundPort;
        }
    }

    /** An absolute http(s) URL without query or fragment, with no trailing slash; else IllegalArgumentException. */
    static String checkedPublicUrl(String url) {
        java.net.URI u;
        try {
            u = new java.net.URI(url);
        } catch (java.net.URISyntaxException e) {
            throw new IllegalArgumentException("public URL '" + url + "' is not a URL: " + e.getMessage());
        }
        if (u.getScheme() == null || !u.getScheme().matches("https?") || u.getHost() == null
                || u.getRawQuery() != null || u.getRawFragment() != null || u.getRawUserInfo() != null) {
            throw new IllegalArgumentException("public URL '" + url + "' must be http(s)://HOST[:PORT][/PATH], without"
                    + " user, query or fragment");
        }
        return url.replaceAll("/+$", "");
    }

    public static final String ADMIN_KEY_FILE = "admin.key";

    private final Database db;
    private final CordonServer server;
    private final EngineHolder engines;
    private final ListUpdates listUpdates;
    private final ListSchedule schedule;

    private CordonService(Database db, CordonServer server, EngineHolder engines, ListUpdates listUpdates,
                          ListSchedule schedule) {
        this.db = db;
        this.server = server;
        this.engines = engines;
        this.listUpdates = listUpdates;
        this.schedule = schedule;
    }

    public static CordonService start(Settings s, PrintStream out) throws IOException {
        return start(s, out, List.of());
    }

    /** Starts with extensions (the web interface) configured beside the API. */
    public static CordonService start(Settings s, PrintStream out, List<ServerExtension> extensions) throws IOException {
        Files.createDirectories(s.home());
        SnapshotStore store = new SnapshotStore(s.home());
        // What a server killed mid-import left behind: staging folders and uploads of the data directory.
        store.removeLeftovers();
        BundledListInstaller.ensureInstalled(store);
        Database db = Database.open(s.db().isBlank() ? "sqlite:cordon.db" : s.db(), s.home());
        try {
            ApiKeys keys = new ApiKeys(db);
            if (keys.list().isEmpty()) {
                NewApiKey admin = keys.create(org.cordon.store.Role.ADMIN, "first admin", "system:first-start");
                writeOwnerOnly(s.home().resolve(ADMIN_KEY_FILE), admin.plaintext() + "\n");
                out.println("admin API key: " + admin.plaintext());
                out.println("(also in " + s.home().resolve(ADMIN_KEY_FILE) + ", readable by you only; Cordon keeps only its hash)");
            }
            EngineHolder engines = new EngineHolder(store, ProgramCatalog.bundled(), ExportControlData.bundled(),
                    s.devices(), new BomComponents(), s.reviewFloor());
            Metrics metrics = new Metrics();
            metrics.lists(engines.current().listVersions(), engines.current().screener().names());
            RegistryMonitor monitor = new RegistryMonitor(db);
            ListChanges listChanges = new ListChanges(engines, db, metrics, monitor);
            ListsApi.ChangeListener onListChange = (ctx, action, listId, info) ->
                    listChanges.changed(Auth.principal(ctx).actor(), action, info);
            ListSettings ls = s.lists();
            Set<String> limited;
            try {
                limited = ls.sources(s.home()).stream().map(UpdateSource::listId)
                        .collect(java.util.stream.Collectors.toSet());
            } catch (RuntimeException e) {
                // A broken sources file does not stop the server: updates report it on every run until it is fixed.
                out.println("lists: cannot read the sources (" + e.getMessage() + "); the publishers' lists are held"
                        + " to lists.max-age meanwhile");
                limited = org.cordon.snapshot.update.UpdateSources.defaults().stream().map(UpdateSource::listId)
                        .collect(java.util.stream.Collectors.toSet());
            }
            ListFreshness freshness = new ListFreshness(store, limited, ls.maxAge(), ls.clock());
            metrics.listAges(() -> freshness.of(engines.current().listVersions()).stream()
                    .map(a -> new Metrics.ListAge(a.list(), a.age().toSeconds() / 86_400.0, a.stale())).toList());
            ListUpdates listUpdates = new ListUpdates(engines, listChanges, db, ls, s.home(), freshness);
            List<ApiRoute> routes = new ArrayList<>();
            routes.addAll(new ScreenApi(engines, freshness).routes());
            CheckApi checks = new CheckApi(engines, db, metrics, freshness);
            routes.addAll(checks.routes());
            routes.addAll(new DecisionsApi(engines, db).routes());
            routes.addAll(new CasesApi(db).routes());
            routes.addAll(new RegistryApi(db, engines, monitor).routes());
            routes.addAll(new ListsApi(engines, onListChange, listUpdates).routes());
            routes.addAll(new ProgramsApi(engines.current().decisions().engine().catalog()).routes());
            routes.addAll(new AdminApi(db).routes());
            java.util.concurrent.atomic.AtomicReference<String> publicBase = new java.util.concurrent.atomic.AtomicReference<>();
            routes.addAll(new ReconcileApi(engines, publicBase::get).routes());
            Auth auth = new Auth(key -> keys.authenticate(key)
                    .map(k -> new Principal(k.id(), Role.valueOf(k.role().name()), k.label())),
                    new AuthThrottle(s.authLimits(), java.time.Clock.systemUTC()));
            ServiceContext services = new ServiceContext(engines, db, auth, metrics, checks, listChanges, monitor,
                    listUpdates);
            CordonServer server = CordonServer.start(s.host(), s.port(), routes, auth, metrics, engines, freshness, s.version(),
                    cfg -> extensions.forEach(x -> x.configure(cfg, services)));
            publicBase.set(s.publicBase(server.port()));
            out.println("Cordon listening on http://" + s.host() + ":" + server.port() + "/ (web /ui, API /api, docs /swagger,"
                    + " health /health); lists " + String.join(", ", engines.current().listVersions()) + "; database " + db
                    + "; " + ls.describe());
            // After the server answers: the first fetch runs in the background and never delays start-up.
            ListSchedule schedule = ListSchedule.start(listUpdates);
            return new CordonService(db, server, engines, listUpdates, schedule);
        } catch (RuntimeException | IOException e) {
            db.close();
            throw e;
        }
    }

    private static void writeOwnerOnly(Path file, String text) throws IOException {
        Files.deleteIfExists(file);
        try {
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
        } catch (UnsupportedOperationException e) {
            Files.createFile(file);
        }
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    public int port() {
        return server.port();
    }

    public Database database() {
        return db;
    }

    public EngineHolder engines() {
        return engines;
    }

    /** Updates and the lists' freshness. */
    public ListUpdates listUpdates() {
        return listUpdates;
    }

    /** The schedule of list updates; empty when scheduled updates are off. */
    public java.util.Optional<ListSchedule> schedule() {
        return java.util.Optional.ofNullable(schedule);
    }

    @Override
    public void close() {
        if (schedule != null) {
            schedule.close();
        }
        server.close();
        db.close();
    }
}
