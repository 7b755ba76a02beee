package org.cordon.snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;

/** SHA-256 of source files, and of a set of them (names and hashes in name order). */
public final class ContentHash {

    private ContentHash() {}

    public static SourceFile of(Path file) throws IOException {
        MessageDigest digest = sha256();
        long size = 0;
        try (InputStream in = Files.newInputStream(file)) {
            byte[] buffer = new byte[1 << 16];
            int n;
            while ((n = in.read(buffer)) > 0) {
                digest.update(buffer, 0, n);
                size += n;
            }
        }
        return new SourceFile(file.getFileName().toString(), HexFormat.of().formatHex(digest.digest()), size);
    }

    public static List<SourceFile> ofAll(List<Path> files) {
        List<SourceFile> result = new ArrayList<>();
        for (Path f : files) {
            try {
                result.add(of(f));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot hash " + f.getFileName(), e);
            }
        }
        result.sort(Comparator.comparing(SourceFile::name));
        return List.copyOf(result);
    }

    /** One hash for the set: independent of where the files lie, dependent on their names and bytes. */
    public static String combined(List<SourceFile> files) {
        MessageDigest digest = sha256();
        files.stream().sorted(Comparator.comparing(SourceFile::name)).forEach(f -> {
            digest.update(f.name().getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(f.sha256().getBytes(StandardCharsets.US_ASCII));
            digest.update((byte) '\n');
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JDK", e);
        }
    }
}
