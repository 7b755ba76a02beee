package org.cordon.server.lists;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.cordon.snapshot.update.Fetch;
import org.cordon.snapshot.update.ListUpdater;
import org.cordon.snapshot.update.UpdateSource;
import org.cordon.snapshot.update.UpdateSources;

/**
 * How the server keeps its lists current: the schedule of background updates, where the files come from, the
 * sources, and how old a publisher's list may grow before the server reports itself degraded.
 *
 * @param every          the interval between scheduled updates; empty when scheduled updates are off (the admin
 *                       route and page still update on demand)
 * @param fetch          the publishers, a mirror or a local folder
 * @param sourcesFile    a sources YAML file; empty for {@code HOME/sources.yaml} when present, else the built-in
 *                       publisher addresses
 * @param maxAge         how long a publisher's list may go without being fetched or confirmed before it is stale
 * @param requestTimeout how long a publisher may take to start answering
 * @param firstRetry     the wait before the first retry of a source that failed; doubled on each further failure
 *                       and capped at {@code every}
 * @param clock          "now", for fetched-at stamps and ages
 */
public record ListSettings(Optional<Duration> every, Fetch fetch, Optional<Path> sourcesFile, Duration maxAge,
                           Duration requestTimeout, Duration firstRetry, Clock clock) {

    public static final Duration DAILY = Duration.ofDays(1);
    public static final Duration DEFAULT_MAX_AGE = Duration.ofDays(2);
    public static final Duration DEFAULT_FIRST_RETRY = Duration.ofMinutes(1);
    public static final String SOURCES_FILE = "sources.yaml";

    public ListSettings {
        every = every == null ? Optional.empty() : every;
        fetch = fetch == null ? Fetch.publishers() : fetch;
        sourcesFile = sourcesFile == null ? Optional.empty() : sourcesFile;
        maxAge = maxAge == null ? DEFAULT_MAX_AGE : maxAge;
        requestTimeout = requestTimeout == null ? ListUpdater.DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        firstRetry = firstRetry == null ? DEFAULT_FIRST_RETRY : firstRetry;
        clock = clock == null ? Clock.systemUTC() : clock;
        if (every.isPresent() && (every.get().isNegative() || every.get().isZero())) {
            throw new IllegalArgumentException("lists.update: the interval must be positive, not " + every.get());
        }
        if (maxAge.isNegative() || maxAge.isZero()) {
            throw new IllegalArgumentException("lists.max-age must be positive, not " + maxAge);
        }
    }

    /** No scheduled updates, the publishers on demand, the default limits: what embedded and test servers use. */
    public static ListSettings off() {
        return new ListSettings(Optional.empty(), Fetch.publishers(), Optional.empty(), DEFAULT_MAX_AGE,
                ListUpdater.DEFAULT_REQUEST_TIMEOUT, DEFAULT_FIRST_RETRY, Clock.systemUTC());
    }

    /**
     * From the settings' text, as {@code cordon.properties}, the environment or options give them; blank means
     * the default. Errors name the setting.
     *
     * @param update  {@code daily} (default), {@code off}, or an ISO-8601 duration ({@code PT6H})
     * @param mirror  a mirror's http(s) base URL
     * @param offline a folder of list files
     * @param sources a sources YAML file
     * @param maxAge  an ISO-8601 duration ({@code P2D}, the default)
     */
    public static ListSettings parse(String update, String mirror, String offline, String sources, String maxAge) {
        Optional<Duration> every;
        String u = blank(update) ? "daily" : update.strip().toLowerCase(Locale.ROOT);
        if (u.equals("off")) {
            every = Optional.empty();
        } else if (u.equals("daily")) {
            every = Optional.of(DAILY);
        } else {
            every = Optional.of(duration("lists.update", update, "daily, off or an ISO-8601 duration such as PT6H"));
        }
        if (!blank(mirror) && !blank(offline)) {
            throw new IllegalArgumentException("lists.mirror and lists.offline exclude each other: give one");
        }
        Fetch fetch;
        if (!blank(mirror)) {
            try {
                fetch = Fetch.mirror(mirror.strip());
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("lists.mirror: " + e.getMessage(), e);
            }
        } else if (!blank(offline)) {
            Path dir = Path.of(offline.strip());
            if (!Files.isDirectory(dir)) {
                throw new IllegalArgumentException("lists.offline: '" + offline.strip() + "' is not a folder");
            }
            fetch = Fetch.offline(dir);
        } else {
            fetch = Fetch.publishers();
        }
        Optional<Path> sourcesFile = Optional.empty();
        if (!blank(sources)) {
            Path f = Path.of(sources.strip());
            if (!Files.isRegularFile(f)) {
                throw new IllegalArgumentException("lists.sources: no file '" + sources.strip() + "'");
            }
            try {
                UpdateSources.load(f);
            } catch (IOException | IllegalArgumentException e) {
                throw new IllegalArgumentException("lists.sources: " + e.getMessage(), e);
            }
            sourcesFile = Optional.of(f);
        }
        Duration age = blank(maxAge) ? DEFAULT_MAX_AGE : duration("lists.max-age", maxAge, "an ISO-8601 duration such as P2D");
        return new ListSettings(every, fetch, sourcesFile, age, ListUpdater.DEFAULT_REQUEST_TIMEOUT,
                DEFAULT_FIRST_RETRY, Clock.systemUTC());
    }

    public ListSettings withClock(Clock c) {
        return new ListSettings(every, fetch, sourcesFile, maxAge, requestTimeout, firstRetry, c);
    }

    public ListSettings withTimeouts(Duration request, Duration retry) {
        return new ListSettings(every, fetch, sourcesFile, maxAge, request, retry, clock);
    }

    /** The sources: the configured file, else {@code HOME/sources.yaml} when present, else the built-in addresses. */
    public List<UpdateSource> sources(Path home) {
        Optional<Path> file = sourcesFile.or(() -> Optional.of(home.resolve(SOURCES_FILE)).filter(Files::isRegularFile));
        if (file.isEmpty()) {
            return UpdateSources.defaults();
        }
        try {
            return UpdateSources.load(file.get());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file.get() + ": " + e.getMessage(), e);
        }
    }

    /** In words, for the start-up line. */
    public String describe() {
        String from = fetch instanceof Fetch.Mirror m ? "mirror " + m.base()
                : fetch instanceof Fetch.Offline o ? "folder " + o.dir() : "the publishers";
        return every.map(d -> "list updates " + (d.equals(DAILY) ? "daily" : "every " + d) + " from " + from)
                .orElse("scheduled list updates off");
    }

    private static Duration duration(String setting, String text, String expected) {
        try {
            return Duration.parse(text.strip().toUpperCase(Locale.ROOT));
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException(setting + ": '" + text.strip() + "' is not " + expected);
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
