package org.cordon.snapshot;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.ReentrantLock;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.Deflater;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import org.cordon.model.Party;

/**
 * Keeps list snapshots on disk under {@code <home>/lists}. Versions are never changed once written;
 * {@link #activate} switches the active version by an atomic rename of a one-line pointer file.
 *
 * <p>Safe for several threads and processes: writers take a lock per list (in-process and on a file) while they
 * assign a version number or move the active pointer.
 */
public final class SnapshotStore {

    private static final Pattern LIST_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");
    private static final Pattern VERSION_DIR = Pattern.compile("v(\\d+)");
    private static final String MANIFEST = "manifest.json";
    private static final String PARTIES = "parties.jsonl.gz";
    private static final String ACTIVE = "active";

    private final Path root;
    private final ObjectWriter manifestWriter;
    private final ObjectReader manifestReader;
    private final ObjectWriter partyWriter;
    private final ObjectReader partyReader;

    /** A store under {@code home/lists}; the folder is made when first written. */
    public SnapshotStore(Path home) {
        this.root = home.resolve("lists");
        ObjectMapper mapper = SnapshotJson.mapper();
        this.manifestWriter = mapper.writerFor(SnapshotInfo.class).withDefaultPrettyPrinter();
        this.manifestReader = mapper.readerFor(SnapshotInfo.class);
        this.partyWriter = mapper.writerFor(Party.class);
        this.partyReader = mapper.readerFor(Party.class);
    }

    public Path root() {
        return root;
    }

    /** True when {@code listId} may name a list: lower-case letters, digits, '.', '_' or '-', not starting with a dot. */
    public static boolean isListId(String listId) {
        return listId != null && LIST_ID.matcher(listId).matches();
    }

    /**
     * A fresh folder for an uploaded file under {@code home/uploads}, deleted when closed. Uploads live in the data
     * directory (not the system's temporary folder) so that what a killed process left there is found and removed
     * by {@link #removeLeftovers()} at the next start.
     */
    public ScratchFolder uploadFolder(String prefix) throws IOException {
        Path uploads = uploads();
        Files.createDirectories(uploads);
        return ScratchFolder.createIn(uploads, prefix);
    }

    private Path uploads() {
        return root.resolveSibling("uploads");
    }

    /**
     * Deletes what a process killed mid-way left behind: staging folders and pointers never renamed in every list
     * (each list under its lock, so no live writer owns them), and every upload. Called at server start, before any
     * upload of this data directory can begin.
     *
     * @return how many leftovers were removed
     */
    public int removeLeftovers() throws IOException {
        int removed = 0;
        if (Files.isDirectory(root)) {
            List<Path> listDirs;
            try (Stream<Path> dirs = Files.list(root)) {
                listDirs = dirs.filter(Files::isDirectory).toList();
            }
            for (Path listDir : listDirs) {
                removed += withListLock(listDir, () -> removeLeftovers(listDir));
            }
        }
        if (Files.isDirectory(uploads())) {
            try (Stream<Path> entries = Files.list(uploads())) {
                for (Path p : entries.toList()) {
                    ScratchFolder.deleteTree(p);
                    removed++;
                }
            }
        }
        return removed;
    }

    /**
     * Writes a new version of a list, unless a version with the same content hash exists already, in which
     * case that version is returned unchanged. Does not activate it.
     *
     * @param format      the format it was read from
     * @param parties     its parties
     * @param sources     the source files, for the content hash
     * @param publishedOn the publication date the source states
     * @param skippedRows rows skipped by a lenient import
     * @return the stored version, and whether it is new
     */
    public Stored store(String listId, String format, List<Party> parties, List<SourceFile> sources,
                        Optional<LocalDate> publishedOn, int skippedRows) {
        checkListId(listId);
        String hash = ContentHash.combined(sources);
        Path listDir = root.resolve(listId);
        try {
            Files.createDirectories(listDir);
            return withListLock(listDir, () -> {
                removeLeftovers(listDir);
                List<SnapshotInfo> existing = versions(listId);
                for (SnapshotInfo info : existing) {
                    if (info.contentHash().equals(hash) && info.skippedRows() == skippedRows) {
                        return new Stored(info, false);
                    }
                }
                int version = existing.stream().mapToInt(SnapshotInfo::version).max().orElse(0) + 1;
                SnapshotInfo info = new SnapshotInfo(listId, format, version, hash, Instant.now(), publishedOn,
                        parties.size(), sources, skippedRows);
                Path staging = listDir.resolve(".staging-" + UUID.randomUUID());
                Files.createDirectory(staging);
                try {
                    writeParties(staging.resolve(PARTIES), parties);
                    manifestWriter.writeValue(staging.resolve(MANIFEST).toFile(), info);
                    fsync(staging.resolve(PARTIES));
                    fsync(staging.resolve(MANIFEST));
                    moveAtomically(staging, listDir.resolve("v" + version));
                } finally {
                    ScratchFolder.deleteTree(staging); // a leftover is removed by the next writer
                }
                return new Stored(info, true);
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot store a version of list " + listId + " under " + listDir, e);
        }
    }

    /** The result of {@link #store}: the version and whether it was written now. */
    public record Stored(SnapshotInfo info, boolean created) {}

    /** Makes a stored version the active one, atomically. */
    public void activate(String listId, int version) {
        checkListId(listId);
        Path listDir = root.resolve(listId);
        if (!Files.isRegularFile(listDir.resolve("v" + version).resolve(MANIFEST))) {
            throw new IllegalArgumentException("list " + listId + " has no version " + version);
        }
        try {
            withListLock(listDir, () -> {
                Path tmp = listDir.resolve(".active-" + UUID.randomUUID());
                Files.writeString(tmp, version + "\n", StandardCharsets.US_ASCII);
                fsync(tmp);
                moveAtomically(tmp, listDir.resolve(ACTIVE));
                return null;
            });
        } catch (IOException e) {
            throw new UncheckedIOException("cannot activate " + listId + "@" + version, e);
        }
    }

    /** The ids of all lists with at least one version, sorted. */
    public List<String> listIds() {
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> dirs = Files.list(root)) {
            return dirs.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(id -> LIST_ID.matcher(id).matches() && !versions(id).isEmpty())
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + root, e);
        }
    }

    /** The versions of a list, oldest first. */
    public List<SnapshotInfo> versions(String listId) {
        Path listDir = root.resolve(listId);
        if (!Files.isDirectory(listDir)) {
            return List.of();
        }
        List<SnapshotInfo> result = new ArrayList<>();
        try (DirectoryStream<Path> dirs = Files.newDirectoryStream(listDir)) {
            for (Path dir : dirs) {
                if (VERSION_DIR.matcher(dir.getFileName().toString()).matches()
                        && Files.isRegularFile(dir.resolve(MANIFEST))) {
                    result.add(manifestReader.readValue(dir.resolve(MANIFEST).toFile()));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read versions of " + listId, e);
        }
        result.sort(Comparator.comparingInt(SnapshotInfo::version));
        return List.copyOf(result);
    }

    /** The active version of a list, if one was activated. */
    public Optional<SnapshotInfo> active(String listId) {
        Path pointer = root.resolve(listId).resolve(ACTIVE);
        if (!Files.isRegularFile(pointer)) {
            return Optional.empty();
        }
        try {
            int version = Integer.parseInt(Files.readString(pointer, StandardCharsets.US_ASCII).strip());
            return versions(listId).stream().filter(v -> v.version() == version).findFirst();
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("unreadable active pointer of list " + listId + ": " + pointer, e);
        }
    }

    /** Finds the version a reference names ({@code LIST}, {@code LIST@N}, {@code LIST@HASHPREFIX}). */
    public SnapshotInfo resolve(VersionRef ref) {
        List<SnapshotInfo> versions = versions(ref.listId());
        if (versions.isEmpty()) {
            throw new IllegalArgumentException("no list '" + ref.listId() + "'; known lists: " + listIds());
        }
        if (ref.isActive()) {
            return active(ref.listId()).orElseThrow(() ->
                    new IllegalArgumentException("list " + ref.listId() + " has no active version"));
        }
        String v = ref.version();
        if (v.matches("\\d{1,6}")) {
            int n = Integer.parseInt(v);
            Optional<SnapshotInfo> byNumber = versions.stream().filter(i -> i.version() == n).findFirst();
            if (byNumber.isPresent()) {
                return byNumber.get();
            }
        }
        if (v.length() >= 4 && v.matches("[0-9a-fA-F]+")) {
            List<SnapshotInfo> byHash = versions.stream()
                    .filter(i -> i.contentHash().startsWith(v.toLowerCase())).toList();
            if (byHash.size() == 1) {
                return byHash.get(0);
            }
            if (byHash.size() > 1) {
                throw new IllegalArgumentException("hash prefix " + v + " is ambiguous in list " + ref.listId());
            }
        }
        throw new IllegalArgumentException("list " + ref.listId() + " has no version " + v + "; versions: "
                + versions.stream().map(i -> i.version() + " (" + i.shortHash() + ")").toList());
    }

    /** Reads a stored version. */
    public ListSnapshot load(SnapshotInfo info) {
        Path file = root.resolve(info.listId()).resolve("v" + info.version()).resolve(PARTIES);
        List<Party> parties = new ArrayList<>(info.entryCount());
        try (BufferedReader in = new BufferedReader(new InputStreamReader(
                new GZIPInputStream(Files.newInputStream(file), 1 << 16), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (!line.isEmpty()) {
                    parties.add(partyReader.readValue(line));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read snapshot " + info.ref() + " from " + file, e);
        }
        if (parties.size() != info.entryCount()) {
            throw new IllegalStateException("snapshot " + info.ref() + " holds " + parties.size()
                    + " parties, its manifest says " + info.entryCount());
        }
        return new ListSnapshot(info, parties);
    }

    public ListSnapshot load(VersionRef ref) {
        return load(resolve(ref));
    }

    private void writeParties(Path file, List<Party> parties) throws IOException {
        // Fastest deflate level: snapshots are written once per import and the size gain of higher levels is small.
        try (BufferedWriter out = new BufferedWriter(new OutputStreamWriter(
                new GZIPOutputStream(Files.newOutputStream(file), 1 << 16) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                }, StandardCharsets.UTF_8))) {
            for (Party p : parties) {
                out.write(partyWriter.writeValueAsString(p));
                out.write('\n');
            }
        }
    }

    /** Work done while holding a list's lock. */
    private interface LockedWork<T> {
        T run() throws IOException;
    }

    /** In-process locks per list folder: a JVM may not take the same file lock twice, so threads queue here first. */
    private static final ConcurrentHashMap<Path, ReentrantLock> LOCAL_LOCKS = new ConcurrentHashMap<>();

    /** Runs work holding the list's lock against other threads and other processes. */
    private static <T> T withListLock(Path listDir, LockedWork<T> work) throws IOException {
        ReentrantLock local = LOCAL_LOCKS.computeIfAbsent(listDir.toAbsolutePath().normalize(), k -> new ReentrantLock());
        local.lock();
        try (FileChannel lockFile = FileChannel.open(listDir.resolve(".lock"),
                StandardOpenOption.CREATE, StandardOpenOption.WRITE);
             FileLock ignored = lockFile.lock()) {
            return work.run();
        } finally {
            local.unlock();
        }
    }

    /**
     * Deletes what a writer killed mid-way left behind (a staging folder, a pointer never renamed). Called with
     * the list's lock held, so no live writer of this list owns them.
     */
    private static int removeLeftovers(Path listDir) throws IOException {
        int removed = 0;
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(listDir, ".{staging,active}-*")) {
            for (Path p : entries) {
                ScratchFolder.deleteTree(p);
                removed++;
            }
        }
        return removed;
    }

    private static void checkListId(String listId) {
        if (listId == null || !LIST_ID.matcher(listId).matches()) {
            throw new IllegalArgumentException("list id must be lower-case letters, digits, '.', '_' or '-': '"
                    + listId + "'");
        }
    }

    private static void moveAtomically(Path from, Path to) throws IOException {
        try {
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            throw new IOException("the data directory's file system cannot rename atomically: " + to.getParent(), e);
        }
    }

    private static void fsync(Path file) throws IOException {
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.force(true);
        }
    }
}
