package org.cordon.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code cordon serve} on a machine that cannot reach where its lists come from: it starts and answers with the
 * bundled list, and says once per source, with the remedy, that the list could not be fetched.
 */
class ServeOfflineTest {

    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final List<String> SOURCES = List.of("ofac-sdn", "ofac-non-sdn", "csl", "bis-dpl", "un-sc");

    @TempDir
    Path home;

    Process process;

    @AfterEach
    void stop() throws Exception {
        if (process != null) {
            process.destroy();
            process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFirstFetchThatReachesNothingNeitherDelaysStartNorFloodsTheLog() throws Exception {
        // A mirror address where nothing listens: every connection is refused, as on a machine without network.
        int closedPort;
        try (ServerSocket s = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = s.getLocalPort();
        }
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        process = new ProcessBuilder(java, "-Xmx512m", "-cp", System.getProperty("java.class.path"),
                Cordon.class.getName(), "--home", home.toString(), "serve", "--port", "0",
                "--lists-mirror", "http://127.0.0.1:" + closedPort + "/lists", "--lists-update", "PT1H")
                .redirectErrorStream(true).start();
        List<String> lines = new CopyOnWriteArrayList<>();
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        Thread reader = new Thread(() -> {
            try {
                for (String line; (line = out.readLine()) != null; ) {
                    lines.add(line);
                }
            } catch (java.io.IOException e) {
                // the process ended
            }
        }, "serve-output");
        reader.setDaemon(true);
        reader.start();

        int port = -1;
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (port < 0 && System.nanoTime() < deadline) {
            for (String line : lines) {
                Matcher m = LISTENING.matcher(line);
                if (m.find()) {
                    port = Integer.parseInt(m.group(1));
                }
            }
            Thread.sleep(50);
        }
        assertThat(port).as("listening; printed:%n%s", String.join("\n", lines)).isPositive();
        assertThat(String.join("\n", lines)).contains("list updates every PT1H from mirror");

        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/health"))
                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.statusCode()).isEqualTo(200);
        JsonNode h = new ObjectMapper().readTree(health.body());
        assertThat(h.path("note").asText()).contains("only the bundled list");

        // One line per source, each naming the address and the remedy.
        deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (!SOURCES.stream().allMatch(list -> failureLines(lines).stream().anyMatch(l -> l.contains("lists: " + list + ":")))
                && System.nanoTime() < deadline) {
            Thread.sleep(50);
        }
        List<String> failures = failureLines(lines);
        for (String list : SOURCES) {
            assertThat(failures).as(list).filteredOn(l -> l.contains("lists: " + list + ":")).hasSize(1);
        }
        // No source more than once.
        assertThat(failures.stream().map(l -> l.replaceAll(".*lists: ([a-z0-9._-]+):.*", "$1")).distinct().count())
                .isEqualTo(failures.size());
        assertThat(failures).allMatch(l -> l.contains("127.0.0.1:" + closedPort) && l.contains("--offline DIR"));
        assertThat(lines).noneMatch(l -> l.contains("Exception") && l.trim().startsWith("at "));
    }

    private static List<String> failureLines(List<String> lines) {
        return lines.stream().filter(l -> l.contains("update failed")).toList();
    }
}
