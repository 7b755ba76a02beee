package org.cordon.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.cordon.policy.device.TacDirectory;
import org.cordon.server.CordonService;
import org.cordon.server.http.AuthThrottle;
import org.cordon.store.ApiKeys;
import org.cordon.store.Role;

/** The real server with the web interface, on a free port, over a fresh data directory, with a key of each role. */
final class RunningCordon implements AutoCloseable {

    final Path home;
    final CordonService service;
    final String admin;
    final String reviewer;
    final String screener;

    private RunningCordon(Path home, CordonService service, String admin, String reviewer, String screener) {
        this.home = home;
        this.service = service;
        this.admin = admin;
        this.reviewer = reviewer;
        this.screener = screener;
    }

    static RunningCordon start() throws IOException {
        return start(AuthThrottle.Limits.DEFAULT);
    }

    /** With limits of its own on failed sign-ins. */
    static RunningCordon start(AuthThrottle.Limits limits) throws IOException {
        Path home = Files.createTempDirectory("cordon-web-");
        CordonService service = CordonService.start(new CordonService.Settings("127.0.0.1", 0, home, "",
                TacDirectory.bundled(), "test", "", limits), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8),
                List.of(new CordonWeb()));
        String admin = Files.readString(home.resolve(CordonService.ADMIN_KEY_FILE)).strip();
        ApiKeys keys = new ApiKeys(service.database());
        String reviewer = keys.create(Role.REVIEWER, "Rita Reviewer", "test").plaintext();
        String screener = keys.create(Role.SCREENER, "Sam Screener", "test").plaintext();
        return new RunningCordon(home, service, admin, reviewer, screener);
    }

    String url(String path) {
        return "http://127.0.0.1:" + service.port() + path;
    }

    @Override
    public void close() throws IOException {
        service.close();
        try (Stream<Path> files = Files.walk(home)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
