package org.cordon.snapshot.update;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.cordon.ingest.ImportException;
import org.cordon.ingest.ImportOptions;
import org.cordon.snapshot.ContentHash;
import org.cordon.snapshot.ListImports;
import org.cordon.snapshot.ScratchFolder;
import org.cordon.snapshot.SnapshotInfo;
import org.cordon.snapshot.update.UpdateSource.RemoteFile;

/**
 * Fetches, verifies and imports the configured lists, one source at a time. A source that fails (unreachable,
 * HTTP error, truncated or oversized download, hash mismatch, a file the importer rejects) is reported and
 * leaves its list as it was; the others go on. Sources are processed in parallel, outcomes reported in order.
 */
public final class ListUpdater {

    /** No official list comes near this; a larger download is refused rather than filling the disk. */
    public static final long DEFAULT_MAX_DOWNLOAD_BYTES = 512L << 20;

    private final ListImports imports;
    private final HttpClient http;
    private final long maxDownloadBytes;
    private final FetchCache cache;
    private final Duration requestTimeout;
    private final Clock clock;

    /** How long a publisher may take to start answering a request, by default. */
    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofMinutes(5);

    public ListUpdater(ListImports imports) {
        this(imports, DEFAULT_REQUEST_TIMEOUT, Clock.systemUTC());
    }

    /**
     * @param requestTimeout how long a publisher may take to start answering before the source fails
     * @param clock          the time recorded as each list's fetched-at
     */
    public ListUpdater(ListImports imports, Duration requestTimeout, Clock clock) {
        this(imports, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(20))
                .followRedirects(HttpClient.Redirect.NORMAL).build(), DEFAULT_MAX_DOWNLOAD_BYTES, requestTimeout, clock);
    }

    public ListUpdater(ListImports imports, HttpClient http, long maxDownloadBytes) {
        this(imports, http, maxDownloadBytes, DEFAULT_REQUEST_TIMEOUT, Clock.systemUTC());
    }

    public ListUpdater(ListImports imports, HttpClient http, long maxDownloadBytes, Duration requestTimeout, Clock clock) {
        this.imports = imports;
        this.http = http;
        this.maxDownloadBytes = maxDownloadBytes;
        this.cache = new FetchCache(imports.store().root().resolve("fetch-cache"));
        this.requestTimeout = requestTimeout;
        this.clock = clock;
    }

    /** How one source's update ended. */
    public enum Status { UPDATED, UNCHANGED, FAILED }

    /**
     * @param listId the list
     * @param status updated (a new version is active), unchanged (not modified, or the same content as a known
     *               version) or failed
     * @param detail what happened, in words
     * @param info   the version now active, when the update did not fail
     */
    public record Outcome(String listId, Status status, String detail, Optional<SnapshotInfo> info) {}

    /**
     * Updates every source.
     *
     * @param offlineDir when present, files are taken from this folder ({@code DIR/<list-id>/NAME}, else
     *                   {@code DIR/NAME}) instead of the network
     */
    public List<Outcome> update(List<UpdateSource> sources, Optional<Path> offlineDir) {
        return update(sources, offlineDir.map(Fetch::offline).orElse(Fetch.publishers()));
    }

    /** Updates every source, taking the files as {@code fetch} says. */
    public List<Outcome> update(List<UpdateSource> sources, Fetch fetch) {
        // Lists are independent: fetch and import them side by side, one thread per core.
        int threads = Math.max(1, Math.min(sources.size(), Runtime.getRuntime().availableProcessors()));
        ExecutorService pool = Executors.newFixedThreadPool(threads, r -> {
            Thread t = new Thread(r, "cordon-update");
            t.setDaemon(true);
            return t;
        });
        try {
            List<Future<Outcome>> futures = new ArrayList<>();
            for (UpdateSource source : sources) {
                futures.add(pool.submit(() -> updateOne(source, fetch)));
            }
            List<Outcome> outcomes = new ArrayList<>();
            for (int i = 0; i < futures.size(); i++) {
                outcomes.add(await(futures.get(i), sources.get(i)));
            }
            return outcomes;
        } finally {
            pool.shutdownNow();
        }
    }

    private static Outcome await(Future<Outcome> future, UpdateSource source) {
        try {
            return future.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new Outcome(source.listId(), Status.FAILED, "interrupted", Optional.empty());
        } catch (ExecutionException e) {
            return new Outcome(source.listId(), Status.FAILED, String.valueOf(e.getCause()), Optional.empty());
        }
    }

    /** How one file was had. */
    private enum Got { FETCHED, NOT_MODIFIED, ABSENT }

    /** A file fetched from an address, with the validators to keep once its list is imported. */
    private record Fetched(RemoteFile file, URI url, Path path, String etag, String lastModified) {}

    private Outcome updateOne(UpdateSource source, Fetch fetch) {
        Outcome outcome = fetchAndImport(source, fetch);
        // What was fetched or confirmed unchanged is current as of now: kept per list for its freshness.
        if (outcome.status() != Status.FAILED && outcome.info().isPresent()) {
            try {
                FetchRecord.confirm(imports.store(), outcome.info().get(), clock.instant());
            } catch (IOException | RuntimeException e) {
                // Freshness is reported from the import time instead; the update itself succeeded.
            }
        }
        return outcome;
    }

    private Outcome fetchAndImport(UpdateSource source, Fetch fetch) {
        try (ScratchFolder scratch = ScratchFolder.create("cordon-update-" + source.listId() + "-")) {
            Path work = scratch.path();
            List<Fetched> fetched = new ArrayList<>();
            int notModified = 0;
            Optional<Instant> since = Optional.empty();
            for (RemoteFile file : source.files()) {
                Path target = work.resolve(file.name());
                Got got;
                if (fetch instanceof Fetch.Offline offline) {
                    got = copyLocal(offline.dir(), source, file, target) ? Got.FETCHED : Got.ABSENT;
                } else {
                    URI url = fetch instanceof Fetch.Mirror m ? m.of(source, file) : file.url();
                    Optional<FetchCache.Entry> known = cache.entry(source.listId(), url, file.name());
                    got = download(url, file, target, known, fetched);
                    if (got == Got.NOT_MODIFIED) {
                        cache.copyBody(source.listId(), file.name(), target);
                        notModified++;
                        since = known.map(FetchCache.Entry::fetchedAt);
                    }
                }
                if (got != Got.ABSENT) {
                    verify(file, target);
                }
            }
            Optional<SnapshotInfo> active = imports.store().active(source.listId());
            if (notModified > 0 && fetched.isEmpty() && active.isPresent()) {
                return new Outcome(source.listId(), Status.UNCHANGED, "not modified since "
                        + since.map(Object::toString).orElse("the last fetch") + " (conditional request); "
                        + active.get().ref() + " stays active", active);
            }
            Path input = source.format().readsFolder() ? work : work.resolve(source.files().get(0).name());
            ListImports.Outcome outcome = imports.run(new ListImports.Request(source.format(), input,
                    ImportOptions.strict().withListId(source.listId()), true, false));
            // Validators are kept only for files that imported: a rejected file is fetched whole next time.
            for (Fetched f : fetched) {
                cache.keep(source.listId(), f.url(), f.file().name(), f.path(), f.etag(), f.lastModified());
            }
            Status status = outcome.created() ? Status.UPDATED : Status.UNCHANGED;
            String detail = (outcome.created() ? "imported " : "same content as ") + outcome.info().ref() + ", "
                    + outcome.info().entryCount() + " entries"
                    + (outcome.activated() ? ", now active" : "");
            return new Outcome(source.listId(), status, detail, Optional.of(outcome.info()));
        } catch (ImportException e) {
            return new Outcome(source.listId(), Status.FAILED, "rejected: " + e.getMessage(), Optional.empty());
        } catch (IOException | RuntimeException e) {
            return new Outcome(source.listId(), Status.FAILED, e.getMessage() == null ? e.toString() : e.getMessage(),
                    Optional.empty());
        }
    }

    private static boolean copyLocal(Path dir, UpdateSource source, RemoteFile file, Path target) throws IOException {
        for (Path candidate : List.of(dir.resolve(source.listId()).resolve(file.name()), dir.resolve(file.name()))) {
            if (Files.isRegularFile(candidate)) {
                Files.copy(candidate, target, StandardCopyOption.REPLACE_EXISTING);
                return true;
            }
        }
        if (file.required()) {
            throw new IOException("offline: no " + file.name() + " in " + dir.resolve(source.listId()) + " or " + dir);
        }
        return false;
    }

    /**
     * Downloads to the target, asking only for a change when the cache knows the address; a fetched body is added
     * to {@code fetched}. ABSENT for an optional file the server does not have (404).
     */
    private Got download(URI url, RemoteFile file, Path target, Optional<FetchCache.Entry> known, List<Fetched> fetched)
            throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(url).timeout(requestTimeout)
                .header("User-Agent", "Cordon list updater").GET();
        known.ifPresent(k -> {
            if (!k.etag().isEmpty()) {
                request.header("If-None-Match", k.etag());
            }
            if (!k.lastModified().isEmpty()) {
                request.header("If-Modified-Since", k.lastModified());
            }
        });
        HttpResponse<InputStream> response;
        try {
            response = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted while fetching " + url, e);
        } catch (java.net.http.HttpTimeoutException e) {
            if (!(e instanceof java.net.http.HttpConnectTimeoutException)) {
                throw new IOException(url + " did not answer within " + requestTimeout + " (" + cause(e) + "): "
                        + Fetch.REMEDY, e);
            }
            throw new IOException("cannot reach " + url + " (" + cause(e) + "): " + Fetch.REMEDY, e);
        } catch (java.net.ConnectException | java.net.UnknownHostException e) {
            throw new IOException("cannot reach " + url + " (" + cause(e) + "): " + Fetch.REMEDY, e);
        } catch (IOException e) {
            throw new IOException("fetching " + url + " failed (" + cause(e) + "): " + Fetch.REMEDY, e);
        }
        try (InputStream body = response.body()) {
            if (response.statusCode() == 304 && known.isPresent()) {
                return Got.NOT_MODIFIED;
            }
            if (response.statusCode() == 404 && !file.required()) {
                return Got.ABSENT;
            }
            if (response.statusCode() != 200) {
                throw new IOException("fetching " + url + " answered HTTP " + response.statusCode()
                        + (response.statusCode() == 404 ? " (is the address, or the mirror's layout <list-id>/<file name>, right?)" : ""));
            }
            OptionalLong declared = response.headers().firstValueAsLong("Content-Length");
            if (declared.isPresent() && declared.getAsLong() > maxDownloadBytes) {
                throw new IOException(url + " declares " + declared.getAsLong() + " bytes, over the limit of "
                        + maxDownloadBytes);
            }
            long received = copyBounded(body, target, url);
            if (declared.isPresent() && received != declared.getAsLong()) {
                throw new IOException("truncated download of " + url + ": received " + received + " of "
                        + declared.getAsLong() + " bytes");
            }
        } catch (IOException e) {
            if (e.getMessage() != null && e.getMessage().contains(url.toString())) {
                throw e;
            }
            throw new IOException("download of " + url + " failed: " + cause(e), e);
        }
        fetched.add(new Fetched(file, url, target, response.headers().firstValue("ETag").orElse(""),
                response.headers().firstValue("Last-Modified").orElse("")));
        return Got.FETCHED;
    }

    private static String cause(Throwable e) {
        String m = e.getMessage();
        return e.getClass().getSimpleName() + (m == null || m.isBlank() ? "" : ": " + m);
    }

    /** Watches downloads for publishers that stop sending mid-body; one daemon thread for all of them. */
    private static final java.util.concurrent.ScheduledExecutorService STALLS =
            Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "cordon-update-stalls");
                t.setDaemon(true);
                return t;
            });

    /**
     * Copies the body, at most {@code maxDownloadBytes}. The HTTP client's timeout ends when the headers arrive; a
     * publisher that then stops sending for as long is cut off here, so a stalled download fails instead of holding
     * its list's update for ever.
     */
    private long copyBounded(InputStream in, Path target, URI url) throws IOException {
        long total = 0;
        byte[] buffer = new byte[1 << 16];
        java.util.concurrent.atomic.AtomicLong lastProgress = new java.util.concurrent.atomic.AtomicLong(System.nanoTime());
        java.util.concurrent.atomic.AtomicBoolean stalled = new java.util.concurrent.atomic.AtomicBoolean();
        long silence = requestTimeout.toNanos();
        long period = Math.max(java.util.concurrent.TimeUnit.MILLISECONDS.toNanos(50), silence / 10);
        java.util.concurrent.ScheduledFuture<?> watch = STALLS.scheduleAtFixedRate(() -> {
            if (System.nanoTime() - lastProgress.get() > silence && stalled.compareAndSet(false, true)) {
                try {
                    in.close();
                } catch (IOException ignored) {
                    // closing only unblocks the reader, which reports the stall
                }
            }
        }, period, period, java.util.concurrent.TimeUnit.NANOSECONDS);
        try (OutputStream out = Files.newOutputStream(target)) {
            int n;
            while ((n = in.read(buffer)) > 0) {
                lastProgress.set(System.nanoTime());
                total += n;
                if (total > maxDownloadBytes) {
                    throw new IOException(url + " is larger than the limit of " + maxDownloadBytes + " bytes");
                }
                out.write(buffer, 0, n);
            }
        } catch (IOException e) {
            if (!stalled.get()) {
                throw e;
            }
        } finally {
            watch.cancel(false);
        }
        if (stalled.get()) {
            throw new IOException(url + " stopped sending for " + requestTimeout + " after " + total
                    + " bytes: the download was cut off (a stalled or overloaded publisher; the list keeps its last"
                    + " good version)");
        }
        return total;
    }

    private static void verify(RemoteFile file, Path target) throws IOException {
        if (Files.size(target) == 0) {
            throw new IOException(file.name() + " from " + file.url() + " is empty");
        }
        if (!file.sha256().isEmpty()) {
            String actual = ContentHash.of(target).sha256();
            if (!actual.equals(file.sha256())) {
                throw new IOException(file.name() + " from " + file.url() + " has SHA-256 " + actual + ", expected "
                        + file.sha256());
            }
        }
    }
}
