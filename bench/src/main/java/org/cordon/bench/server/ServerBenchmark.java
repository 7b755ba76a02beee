package org.cordon.bench.server;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.LockSupport;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Starts {@code cordon serve} as a process of its own on a fresh data directory, makes a screener key, and loads
 * {@code POST /api/screen} and {@code POST /api/check} over loopback.
 *
 * <p>Open loop: requests are sent on a fixed schedule whatever the server does, and each latency is measured from
 * the request's scheduled send time, so a server that falls behind shows its queueing in the figures (no
 * coordinated omission). Closed loop: N connections each send their next request when the previous one is
 * answered, for the maximum throughput. Prints figures and asserts nothing.
 *
 * <p>Arguments: CLI_JAR RATE SECONDS CONNECTIONS [SERVER_JAVA_OPTS].
 */
public final class ServerBenchmark {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final Pattern PLAINTEXT = Pattern.compile("\"plaintext\"\\s*:\\s*\"([^\"]+)\"");

    private static final String[] NAMES = {"Huawei Technologies Co., Ltd.", "ZTE Corp", "Hikvision", "Dahua Technology",
            "Acme Trading GmbH", "Banco Nacional de Cuba", "Hytera Communications", "Siemens AG", "华为技术有限公司",
            "Northwind Traders", "Kaspersky Lab", "China Mobile International", "Contoso Ltd", "Hangzhou Hikvision Digital",
            "Zhongxing Telecommunication Equipment", "Global Parts Supply LLC"};
    private static final String[] MAKERS = {"Hikvision", "Acme Optics", "Dahua", "Axis Communications", "Huawei",
            "Bosch Security Systems", "HIK Vision Digital Technology", "Hanwha Vision"};
    private static final String CHECK = "{\"type\": \"procurement\", \"date\": \"2021-06-01\", \"use\": \"public-safety\","
            + " \"reference\": \"bench-%d\", \"buyer\": {\"name\": \"Department of the Army\", \"kind\": \"federal-agency\","
            + " \"country\": \"US\"}, \"items\": [{\"description\": \"IP camera\", \"manufacturer\": \"%s\"}]}";

    private final HttpClient http;
    private final int port;
    private final String key;

    private ServerBenchmark(HttpClient http, int port, String key) {
        this.http = http;
        this.port = port;
        this.key = key;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 4) {
            System.err.println("usage: ServerBenchmark CLI_JAR RATE SECONDS CONNECTIONS [SERVER_JAVA_OPTS]");
            System.exit(2);
        }
        Path jar = Path.of(args[0]);
        int rate = Integer.parseInt(args[1]);
        int seconds = Integer.parseInt(args[2]);
        int connections = Integer.parseInt(args[3]);
        String serverOpts = args.length > 4 ? args[4] : "-Xmx1g";
        Path home = Files.createTempDirectory("cordon-bench-server-");
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(Arrays.asList(serverOpts.trim().split("\\s+")));
        command.addAll(List.of("-jar", jar.toString(), "--home", home.toString(), "serve", "--port", "0",
                // Nothing fetched in the background while the load runs: the figures are the server's alone.
                "--lists-update", "off"));
        Process server = new ProcessBuilder(command).redirectErrorStream(true).start();
        try {
            int port = awaitPort(server);
            String admin = Files.readString(home.resolve("admin.key")).strip();
            ExecutorService pool = Executors.newFixedThreadPool(Math.max(8, connections));
            HttpClient http = HttpClient.newBuilder().executor(pool).connectTimeout(Duration.ofSeconds(5)).build();
            ServerBenchmark admin0 = new ServerBenchmark(http, port, admin);
            HttpResponse<String> created = admin0.send("/api/keys", "{\"role\": \"screener\", \"label\": \"bench\"}");
            Matcher m = PLAINTEXT.matcher(created.body());
            if (!m.find()) {
                throw new IllegalStateException("no key: " + created.body());
            }
            ServerBenchmark bench = new ServerBenchmark(http, port, m.group(1));
            System.out.printf(Locale.ROOT, "server: pid %d, port %d, %s; client and server share %d CPUs%n", server.pid(), port,
                    serverOpts, Runtime.getRuntime().availableProcessors());
            System.out.println("server heap at start: " + heap(server.pid(), admin0));

            bench.closedLoop("warm-up screen", "/api/screen", connections, 8);
            bench.closedLoop("warm-up check", "/api/check", connections, 8);
            System.out.println();
            // The check's fixed-rate run goes last: past the server's capacity it leaves a backlog (and thousands of
            // connections, as the JDK client opens one per request in flight) that would weigh on whatever followed.
            bench.openLoop("/api/screen", rate, seconds);
            System.out.println("server heap: " + heap(server.pid(), admin0));
            bench.socketLoop("/api/screen", rate, seconds, 8);
            System.out.println("server heap: " + heap(server.pid(), admin0));
            bench.closedLoop("max throughput", "/api/screen", connections, Math.max(10, seconds / 2));
            bench.closedLoop("max throughput", "/api/check", connections, Math.max(10, seconds / 2));
            System.out.println("server heap: " + heap(server.pid(), admin0));
            bench.socketLoop("/api/check", rate, seconds, 8);
            System.out.println("server heap: " + heap(server.pid(), admin0));
            bench.openLoop("/api/check", rate, seconds);
            System.out.println("server heap at the end: " + heap(server.pid(), admin0));
            pool.shutdownNow();
        } finally {
            server.destroy();
            server.waitFor(20, TimeUnit.SECONDS);
            deleteTree(home);
        }
    }

    private static int awaitPort(Process server) throws IOException {
        BufferedReader out = new BufferedReader(new InputStreamReader(server.getInputStream(), StandardCharsets.UTF_8));
        String line;
        StringBuilder seen = new StringBuilder();
        while ((line = out.readLine()) != null) {
            seen.append(line).append('\n');
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        while (out.readLine() != null) {
                            // keep the server's output pipe empty
                        }
                    } catch (IOException e) {
                        // server gone
                    }
                }, "server-output");
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new IllegalStateException("the server did not start:\n" + seen);
    }

    private static String body(String path, long i) {
        if (path.equals("/api/screen")) {
            return "{\"name\": \"" + NAMES[(int) (i % NAMES.length)] + "\"}";
        }
        return String.format(Locale.ROOT, CHECK, i, MAKERS[(int) (i % MAKERS.length)]);
    }

    private HttpRequest request(String path, String json) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + key).header("Content-Type", "application/json")
                .timeout(Duration.ofSeconds(30)).POST(HttpRequest.BodyPublishers.ofString(json)).build();
    }

    private HttpResponse<String> send(String path, String json) throws IOException, InterruptedException {
        return http.send(request(path, json), HttpResponse.BodyHandlers.ofString());
    }

    /** Fixed rate over a fixed set of persistent connections (wrk2's way); latency from each request's due time. */
    private void socketLoop(String path, int rate, int seconds, int connections) throws Exception {
        SocketLoad.Result r = new SocketLoad(port, key).run(path, i -> body(path, i), rate, seconds, connections);
        System.out.printf(Locale.ROOT, "fixed rate over %d connections %-12s %5d req/s for %d s: %,d requests, %.0f req/s,"
                        + " %d errors; generator late by at most %.1f ms%n", connections, path, rate, seconds,
                r.latencyNanos().length, r.latencyNanos().length / r.seconds(), r.errors(), r.maxLateNanos() / 1e6);
        printLatencies("  latency from due time", r.latencyNanos());
    }

    /** Fixed rate for the given seconds; latency from each request's scheduled time. */
    private void openLoop(String path, int rate, int seconds) throws InterruptedException {
        int total = rate * seconds;
        long[] latency = new long[total];
        Arrays.fill(latency, -1);
        AtomicInteger errors = new AtomicInteger();
        AtomicInteger done = new AtomicInteger();
        long interval = 1_000_000_000L / rate;
        long start = System.nanoTime() + 50_000_000L;
        long maxLagNanos = 0;
        List<CompletableFuture<?>> pending = new ArrayList<>(total);
        for (int i = 0; i < total; i++) {
            long scheduled = start + i * interval;
            long now;
            while ((now = System.nanoTime()) < scheduled) {
                LockSupport.parkNanos(scheduled - now);
            }
            maxLagNanos = Math.max(maxLagNanos, now - scheduled);
            int index = i;
            pending.add(http.sendAsync(request(path, body(path, i)), HttpResponse.BodyHandlers.ofString())
                    .whenComplete((r, e) -> {
                        latency[index] = System.nanoTime() - scheduled;
                        if (e != null || r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                        done.incrementAndGet();
                    }));
        }
        long sent = System.nanoTime();
        CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).exceptionally(e -> null).join();
        long end = System.nanoTime();
        System.out.printf(Locale.ROOT, "open loop %-12s %5d req/s target for %d s: %,d requests, %.0f req/s achieved, %d errors;"
                        + " sender lag max %.1f ms%n", path, rate, seconds, total, total / ((end - start) / 1e9), errors.get(),
                maxLagNanos / 1e6);
        printLatencies("  latency from scheduled send", latency);
        if (end - sent > 1_000_000_000L) {
            System.out.printf(Locale.ROOT, "  (the last answers came %.1f s after the last send: the server fell behind)%n",
                    (end - sent) / 1e9);
        }
    }

    /** N connections, each sending its next request on the previous answer. */
    private void closedLoop(String label, String path, int connections, int seconds) throws InterruptedException {
        long deadline = System.nanoTime() + seconds * 1_000_000_000L;
        AtomicLong counter = new AtomicLong();
        AtomicInteger errors = new AtomicInteger();
        List<long[]> perThread = new ArrayList<>();
        List<Thread> threads = new ArrayList<>();
        long start = System.nanoTime();
        for (int c = 0; c < connections; c++) {
            long[][] holder = {new long[1 << 16]};
            int[] count = {0};
            Thread t = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    long i = counter.getAndIncrement();
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<String> r = send(path, body(path, i));
                        if (r.statusCode() != 200) {
                            errors.incrementAndGet();
                        }
                    } catch (IOException | InterruptedException e) {
                        errors.incrementAndGet();
                    }
                    if (count[0] == holder[0].length) {
                        holder[0] = Arrays.copyOf(holder[0], holder[0].length * 2);
                    }
                    holder[0][count[0]++] = System.nanoTime() - t0;
                }
                synchronized (perThread) {
                    perThread.add(Arrays.copyOf(holder[0], count[0]));
                }
            });
            t.start();
            threads.add(t);
        }
        for (Thread t : threads) {
            t.join();
        }
        double elapsed = (System.nanoTime() - start) / 1e9;
        long[] all = perThread.stream().flatMapToLong(Arrays::stream).toArray();
        System.out.printf(Locale.ROOT, "%s %-12s %d connections, %d s: %,d requests, %.0f req/s, %d errors%n", label, path,
                connections, seconds, all.length, all.length / elapsed, errors.get());
        if (!label.startsWith("warm-up")) {
            printLatencies("  latency", all);
        }
    }

    private static void printLatencies(String label, long[] nanos) {
        long[] sorted = Arrays.stream(nanos).filter(n -> n >= 0).sorted().toArray();
        if (sorted.length == 0) {
            System.out.println(label + ": no answers");
            return;
        }
        System.out.printf(Locale.ROOT, "%s: p50 %.2f ms, p90 %.2f ms, p99 %.2f ms, p99.9 %.2f ms, max %.2f ms%n", label,
                pct(sorted, 0.50), pct(sorted, 0.90), pct(sorted, 0.99), pct(sorted, 0.999), sorted[sorted.length - 1] / 1e6);
    }

    private static double pct(long[] sorted, double p) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)] / 1e6;
    }

    /** The server's heap use, from jcmd (GC.heap_info), else the line is left out. */
    private static String heap(long pid, ServerBenchmark admin) {
        try {
            Process p = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                    Long.toString(pid), "GC.heap_info").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            p.waitFor(20, TimeUnit.SECONDS);
            for (String line : out.split("\n")) {
                if (line.contains("total") && line.contains("used")) {
                    return line.strip();
                }
            }
            return out.strip();
        } catch (IOException | InterruptedException e) {
            return "(jcmd unavailable: " + e.getMessage() + ")";
        }
    }

    private static void deleteTree(Path dir) throws IOException {
        try (var files = Files.walk(dir)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        }
    }
}
