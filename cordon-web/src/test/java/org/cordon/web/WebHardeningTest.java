package org.cordon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.cordon.server.http.AuthThrottle;
import org.junit.jupiter.api.Test;

/** The web interface against what an outside attack tried: formulas in a downloaded CSV, and guessing keys at sign-in. */
class WebHardeningTest {

    static final HttpClient HTTP = HttpClient.newHttpClient();

    static HttpResponse<String> get(RunningCordon cordon, String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(cordon.url(path))).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> signInAttempt(RunningCordon cordon, String key) throws Exception {
        HttpResponse<String> form = get(cordon, "/ui/sign-in", null);
        String pre = GateTest.setCookie(form, Gate.SIGN_IN_COOKIE).split(";")[0];
        String body = "_csrf=" + GateTest.csrf(form.body()) + "&key=" + java.net.URLEncoder.encode(key, StandardCharsets.UTF_8);
        return HTTP.send(HttpRequest.newBuilder(URI.create(cordon.url("/ui/sign-in")))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", pre)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    static String session(HttpResponse<String> signedIn) {
        assertThat(signedIn.statusCode()).isEqualTo(303);
        return GateTest.setCookie(signedIn, Gate.SESSION_COOKIE).split(";")[0];
    }

    @Test
    void theBatchResultsDownloadQuotesFormulasAsText() throws Exception {
        try (RunningCordon cordon = RunningCordon.start()) {
            String session = session(signInAttempt(cordon, cordon.screener));
            HttpResponse<String> page = get(cordon, "/ui/screen", session);
            String csrf = GateTest.csrf(page.body());
            String csv = "id,name\n=cmd|' /C calc'!A1,Huawei Technologies Co Ltd\n"
                    + "\"=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",Blue Harbor Software GmbH\n"
                    + "@SUM(A1),Blue Harbor Software GmbH\n-7,Blue Harbor Software GmbH\n";
            String boundary = "cordonboundary42";
            String multipart = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"q.csv\"\r\n"
                    + "Content-Type: text/csv\r\n\r\n" + csv + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> started = HTTP.send(HttpRequest.newBuilder(URI.create(cordon.url("/ui/screen/batch")))
                    .header("Content-Type", "multipart/form-data; boundary=" + boundary).header("Cookie", session)
                    .header(Gate.CSRF_HEADER, csrf).POST(HttpRequest.BodyPublishers.ofString(multipart)).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(started.statusCode()).as(started.body()).isEqualTo(303);
            String job = started.headers().firstValue("Location").orElseThrow();
            HttpResponse<String> results = null;
            for (int i = 0; i < 200; i++) {
                results = get(cordon, job + "/results.csv", session);
                if (results.statusCode() == 200) {
                    break;
                }
                Thread.sleep(100);
            }
            assertThat(results.statusCode()).isEqualTo(200);
            List<String> lines = results.body().lines().toList();
            assertThat(lines).anyMatch(l -> l.startsWith("'=cmd|' /C calc'!A1,1,"));
            assertThat(lines).contains("\"'=HYPERLINK(\"\"http://evil.example\"\",\"\"x\"\")\",,,,,,", "'@SUM(A1),,,,,,",
                    "'-7,,,,,,");
            assertThat(results.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        }
    }

    @Test
    void failedSignInsFromOneAddressAreThrottledAndAGoodKeyWorksAfterTheWindow() throws Exception {
        Duration window = Duration.ofSeconds(3);
        try (RunningCordon cordon = RunningCordon.start(new AuthThrottle.Limits(3, window))) {
            long start = System.nanoTime();
            for (int i = 0; i < 3; i++) {
                assertThat(signInAttempt(cordon, "cordon_guess" + i).statusCode()).isEqualTo(401);
            }
            HttpResponse<String> limited = signInAttempt(cordon, "cordon_guess4");
            assertThat(limited.statusCode()).isEqualTo(429);
            assertThat(limited.headers().firstValue("Retry-After")).isPresent();
            assertThat(limited.body()).contains("Too many failed sign-ins");
            assertThat(signInAttempt(cordon, cordon.admin).statusCode()).as("a good key waits too").isEqualTo(429);
            // The API and the sign-in share the count: the address is locked out of both.
            HttpResponse<String> api = HTTP.send(HttpRequest.newBuilder(URI.create(cordon.url("/api/lists")))
                    .header("Authorization", "Bearer " + cordon.admin).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(api.statusCode()).isEqualTo(429);

            Thread.sleep(Math.max(0, window.toMillis() - (System.nanoTime() - start) / 1_000_000 + 300));
            session(signInAttempt(cordon, cordon.admin));
        }
    }
}
