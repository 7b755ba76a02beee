package org.cordon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.cordon.policy.device.TacDirectory;
import org.cordon.server.CordonService;
import org.cordon.server.TestLists;
import org.cordon.server.http.AuthThrottle;
import org.cordon.server.lists.ListSettings;
import org.cordon.snapshot.update.ListUpdater;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The banner every signed-in page shows while only the bundled list is loaded, or once a list is stale. */
class ListBannerTest {

    static final String ONLY_BUNDLED = "Only the bundled covered-telecom list is loaded";
    static final String STALE = "Lists not current";

    @TempDir
    Path home;

    @TempDir
    Path files;

    final HttpClient http = HttpClient.newHttpClient();

    /** A clock the test moves. */
    static final class MovableClock extends Clock {
        final AtomicReference<Instant> now = new AtomicReference<>(Instant.now());

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now.get();
        }
    }

    @Test
    void theBannerSaysWhenOnlyTheBundledListIsLoadedAndWhenAListIsStale() throws Exception {
        // A publisher's list taken from a folder (lists.offline), as an air-gapped site does.
        Files.writeString(files.resolve("test-watch.yaml"), TestLists.watchList(1, "2026-01-05", "", false));
        Path sources = Files.writeString(home.resolve("sources.yaml"), """
                sources:
                  - list: test-watch
                    format: curated
                    files:
                      - url: https://lists.example/test-watch.yaml
                """);
        MovableClock clock = new MovableClock();
        ListSettings lists = ListSettings.parse("off", "", files.toString(), sources.toString(), "P2D").withClock(clock);
        try (CordonService service = CordonService.start(new CordonService.Settings("127.0.0.1", 0, home, "",
                TacDirectory.bundled(), "test", "", AuthThrottle.Limits.DEFAULT, lists),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8), List.of(new CordonWeb()))) {
            String admin = Files.readString(home.resolve(CordonService.ADMIN_KEY_FILE)).strip();
            String session = signIn(service.port(), admin);

            String first = get(service.port(), "/ui/screen", session);
            assertThat(first).contains(ONLY_BUNDLED).doesNotContain(STALE);

            // The update the admin page runs: through the configured folder and sources.
            List<ListUpdater.Outcome> outcomes = service.listUpdates().run("test");
            assertThat(outcomes).extracting(ListUpdater.Outcome::status).containsExactly(ListUpdater.Status.UPDATED);
            String fresh = get(service.port(), "/ui/lists", session);
            assertThat(fresh).doesNotContain(ONLY_BUNDLED).doesNotContain(STALE);

            clock.now.set(clock.now.get().plus(Duration.ofDays(3)));
            String stale = get(service.port(), "/ui/check", session);
            assertThat(stale).contains(STALE + ": test-watch@1 (fetched 3 days ago)").contains("within 2 days");
            // The lists page gives each list's publication date, fetched-at and age.
            assertThat(get(service.port(), "/ui/lists", session)).contains("2026-01-05").contains("3 days ago (stale)");

            // Signed out, no banner: the sign-in page says nothing of the lists.
            assertThat(get(service.port(), "/ui/sign-in", null)).doesNotContain(STALE);
        }
    }

    String get(int port, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        HttpResponse<String> r = http.send(b.build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(path).isEqualTo(200);
        return r.body();
    }

    String signIn(int port, String key) throws Exception {
        HttpResponse<String> form = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ui/sign-in"))
                .GET().build(), HttpResponse.BodyHandlers.ofString());
        String pre = cookie(form, Gate.SIGN_IN_COOKIE);
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"").matcher(form.body());
        assertThat(m.find()).isTrue();
        String body = "_csrf=" + m.group(1) + "&key=" + URLEncoder.encode(key, StandardCharsets.UTF_8);
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/ui/sign-in"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", pre)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(303);
        return cookie(r, Gate.SESSION_COOKIE);
    }

    static String cookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst()
                .orElse("").split(";")[0];
    }
}
