package org.cordon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.cordon.store.ApiKeys;
import org.cordon.store.Role;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Sessions, CSRF tokens and what each role may see, against the real server over HTTP. */
class GateTest {

    static RunningCordon cordon;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws IOException {
        cordon = RunningCordon.start();
    }

    @AfterAll
    static void stop() throws IOException {
        cordon.close();
    }

    /** A signed-in browser: its session cookie and CSRF token. */
    record Signed(String cookie, String csrf) {}

    static HttpResponse<String> get(String path, String cookie) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(cordon.url(path))).GET();
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static HttpResponse<String> post(String path, String cookie, Map<String, String> form) throws Exception {
        String body = form.entrySet().stream().map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8)).collect(Collectors.joining("&"));
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(cordon.url(path)))
                .header("Content-Type", "application/x-www-form-urlencoded").POST(HttpRequest.BodyPublishers.ofString(body));
        if (cookie != null) {
            b.header("Cookie", cookie);
        }
        return HTTP.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    static String setCookie(HttpResponse<?> r, String name) {
        return r.headers().allValues("Set-Cookie").stream().filter(c -> c.startsWith(name + "=")).findFirst().orElse("");
    }

    static String csrf(String html) {
        Matcher m = Pattern.compile("name=\"_csrf\" value=\"([0-9a-f]+)\"").matcher(html);
        assertThat(m.find()).as("a CSRF field in the page").isTrue();
        return m.group(1);
    }

    static Signed signIn(String key) throws Exception {
        HttpResponse<String> form = get("/ui/sign-in", null);
        String pre = setCookie(form, Gate.SIGN_IN_COOKIE).split(";")[0];
        HttpResponse<String> r = post("/ui/sign-in", pre, Map.of("_csrf", csrf(form.body()), "key", key));
        assertThat(r.statusCode()).isEqualTo(303);
        String session = setCookie(r, Gate.SESSION_COOKIE).split(";")[0];
        HttpResponse<String> page = get("/ui/screen", session);
        assertThat(page.statusCode()).isEqualTo(200);
        return new Signed(session, csrf(page.body()));
    }

    @Test
    void pagesNeedASignInAndAssetsDoNot() throws Exception {
        HttpResponse<String> r = get("/ui/screen", null);
        assertThat(r.statusCode()).isEqualTo(302);
        assertThat(r.headers().firstValue("Location")).hasValue("/ui/sign-in");
        assertThat(get("/ui/review", "cordon_session=made-up").statusCode()).isEqualTo(302);
        assertThat(get("/ui/assets/cordon.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/ui/assets/uswds/css/uswds.min.css", null).statusCode()).isEqualTo(200);
        assertThat(get("/webjars/htmx.org/2.0.4/dist/htmx.min.js", null).statusCode()).isEqualTo(200);
    }

    @Test
    void htmxRequestsWithoutASessionAreToldWhereToSignIn() throws Exception {
        HttpResponse<String> r = HTTP.send(HttpRequest.newBuilder(URI.create(cordon.url("/ui/screen/batch/x/progress")))
                .header("HX-Request", "true").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).isEqualTo(401);
        assertThat(r.headers().firstValue("HX-Redirect")).hasValue("/ui/sign-in");
    }

    @Test
    void theSessionCookieIsHttpOnlyAndSameSiteStrict() throws Exception {
        HttpResponse<String> form = get("/ui/sign-in", null);
        assertThat(setCookie(form, Gate.SIGN_IN_COOKIE)).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict");
        String pre = setCookie(form, Gate.SIGN_IN_COOKIE).split(";")[0];
        HttpResponse<String> r = post("/ui/sign-in", pre, Map.of("_csrf", csrf(form.body()), "key", cordon.screener));
        String cookie = setCookie(r, Gate.SESSION_COOKIE);
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Strict").contains("Path=/ui");
        assertThat(r.headers().firstValue("Location")).hasValue("/ui/screen");
        assertThat(form.headers().firstValue("Content-Security-Policy")).hasValueSatisfying(v -> assertThat(v).contains("script-src 'self'"));
        assertThat(form.headers().firstValue("X-Frame-Options")).hasValue("DENY");
    }

    @Test
    void signInRefusesAnUnknownKeyAndAFormWithoutItsToken() throws Exception {
        HttpResponse<String> form = get("/ui/sign-in", null);
        String pre = setCookie(form, Gate.SIGN_IN_COOKIE).split(";")[0];
        HttpResponse<String> wrong = post("/ui/sign-in", pre, Map.of("_csrf", csrf(form.body()), "key", "nope"));
        assertThat(wrong.statusCode()).isEqualTo(401);
        assertThat(wrong.body()).contains("id=\"key-error\"").contains("role=\"alert\"").contains("aria-describedby=\"key-hint key-error\"");
        assertThat(setCookie(wrong, Gate.SESSION_COOKIE)).isEmpty();
        assertThat(post("/ui/sign-in", pre, Map.of("key", cordon.admin)).statusCode()).isEqualTo(403);
        assertThat(post("/ui/sign-in", null, Map.of("_csrf", csrf(form.body()), "key", cordon.admin)).statusCode()).isEqualTo(403);
    }

    @Test
    void everyPostNeedsTheSessionsCsrfToken() throws Exception {
        Signed s = signIn(cordon.admin);
        Map<String, String> tx = Map.of("type", "device-check", "date", "2019-02-01", "item-brand", "Huawei", "item-model", "Mate 20");
        assertThat(post("/ui/check", s.cookie(), tx).statusCode()).isEqualTo(403);
        java.util.HashMap<String, String> wrong = new java.util.HashMap<>(tx);
        wrong.put("_csrf", "0".repeat(64));
        assertThat(post("/ui/check", s.cookie(), wrong).statusCode()).isEqualTo(403);
        Signed other = signIn(cordon.admin);
        wrong.put("_csrf", other.csrf());
        assertThat(post("/ui/check", s.cookie(), wrong).statusCode()).as("another session's token").isEqualTo(403);
        java.util.HashMap<String, String> right = new java.util.HashMap<>(tx);
        right.put("_csrf", s.csrf());
        HttpResponse<String> r = post("/ui/check", s.cookie(), right);
        assertThat(r.statusCode()).isEqualTo(303);
        HttpResponse<String> decision = get(r.headers().firstValue("Location").orElseThrow(), s.cookie());
        assertThat(decision.body()).contains("id=\"outcome\"");
        assertThat(post("/ui/sign-out", s.cookie(), Map.of()).statusCode()).as("sign-out is a form too").isEqualTo(403);
    }

    @Test
    void aDecisionPageNamesWhatCouldNotBeResolvedWithItsCandidates() throws Exception {
        Signed s = signIn(cordon.admin);
        Map<String, String> tx = new java.util.HashMap<>(Map.of("type", "procurement", "date", "2021-09-01",
                "buyer-name", "General Services Administration", "buyer-kind", "federal-agency",
                "item-description", "dome camera", "item-manufacturer", "Hikvison Digitel",
                "use", "government-facility-security"));
        tx.put("_csrf", s.csrf());
        HttpResponse<String> r = post("/ui/check", s.cookie(), tx);
        assertThat(r.statusCode()).isEqualTo(303);
        String page = get(r.headers().firstValue("Location").orElseThrow(), s.cookie()).body();
        assertThat(page).contains("id=\"unresolved\"").contains("Hikvison Digitel").contains("near match")
                .contains("/ui/party?id=cordon-covered-telecom%2Fhikvision\"").contains("REVIEW");

        Map<String, String> service = new java.util.HashMap<>(Map.of("type", "procurement", "date", "2021-09-01",
                "buyer-name", "General Services Administration", "buyer-kind", "federal-agency",
                "item-description", "help desk support", "item-service", "on", "seller-name", "Acme Federal Services LLC",
                "seller-kind", "contractor"));
        service.put("_csrf", s.csrf());
        HttpResponse<String> served = post("/ui/check", s.cookie(), service);
        String decided = get(served.headers().firstValue("Location").orElseThrow(), s.cookie()).body();
        assertThat(decided).doesNotContain("id=\"unresolved\"");
    }

    @Test
    void whatEachRoleSeesFollowsItsRole() throws Exception {
        Signed screener = signIn(cordon.screener);
        String page = get("/ui/screen", screener.cookie()).body();
        assertThat(page).contains("href=\"/ui/check\"").doesNotContain("href=\"/ui/review\"").doesNotContain("href=\"/ui/audit\"");
        for (String p : List.of("/ui/screen", "/ui/check", "/ui/lists", "/ui/dashboard", "/ui/party?id=cordon-covered-telecom/zte-corporation")) {
            assertThat(get(p, screener.cookie()).statusCode()).as(p).isEqualTo(200);
        }
        for (String p : List.of("/ui/review", "/ui/audit", "/ui/keys")) {
            assertThat(get(p, screener.cookie()).statusCode()).as(p).isEqualTo(403);
        }
        assertThat(get("/ui/lists", screener.cookie()).body()).doesNotContain("/ui/lists/import");
        assertThat(post("/ui/lists/update", screener.cookie(), Map.of("_csrf", screener.csrf())).statusCode()).isEqualTo(403);

        Signed reviewer = signIn(cordon.reviewer);
        assertThat(get("/ui/screen", reviewer.cookie()).body()).contains("href=\"/ui/review\"").doesNotContain("href=\"/ui/audit\"");
        assertThat(get("/ui/review", reviewer.cookie()).statusCode()).isEqualTo(200);
        assertThat(get("/ui/audit", reviewer.cookie()).statusCode()).isEqualTo(403);

        Signed admin = signIn(cordon.admin);
        assertThat(get("/ui/screen", admin.cookie()).body()).contains("href=\"/ui/audit\"").contains("href=\"/ui/keys\"");
        for (String p : List.of("/ui/review", "/ui/audit", "/ui/keys")) {
            assertThat(get(p, admin.cookie()).statusCode()).as(p).isEqualTo(200);
        }
        assertThat(get("/ui/lists", admin.cookie()).body()).contains("/ui/lists/import");
    }

    @Test
    void aSessionGrantsNoApiAccess() throws Exception {
        Signed admin = signIn(cordon.admin);
        assertThat(get("/api/cases", admin.cookie()).statusCode()).isEqualTo(401);
    }

    @Test
    void signingOutOrRevokingTheKeyEndsTheSession() throws Exception {
        Signed s = signIn(cordon.screener);
        assertThat(post("/ui/sign-out", s.cookie(), Map.of("_csrf", s.csrf())).statusCode()).isEqualTo(303);
        assertThat(get("/ui/screen", s.cookie()).statusCode()).isEqualTo(302);

        ApiKeys keys = new ApiKeys(cordon.service.database());
        var k = keys.create(Role.REVIEWER, "short-lived", "test");
        Signed r = signIn(k.plaintext());
        keys.revoke(k.key().id(), "test");
        assertThat(get("/ui/review", r.cookie()).statusCode()).isEqualTo(302);
    }

    @Test
    void screeningErrorsNameTheirField() throws Exception {
        Signed s = signIn(cordon.screener);
        HttpResponse<String> r = get("/ui/screen?name=&type=planet", s.cookie());
        assertThat(r.statusCode()).isEqualTo(400);
        assertThat(r.body()).contains("id=\"name-error\" role=\"alert\"").contains("id=\"type-error\" role=\"alert\"")
                .contains("aria-invalid=\"true\"");
        HttpResponse<String> ok = get("/ui/screen?name=" + URLEncoder.encode("ZTE Corporation", StandardCharsets.UTF_8), s.cookie());
        assertThat(ok.body()).contains("id=\"match-1\"").contains("ZTE");
    }

    @Test
    void textFromTheListsAndTheUserIsEscaped() throws Exception {
        Signed s = signIn(cordon.screener);
        String body = get("/ui/screen?name=" + URLEncoder.encode("<script>alert(1)</script>", StandardCharsets.UTF_8), s.cookie()).body();
        assertThat(body).doesNotContain("<script>alert(1)</script>").contains("&lt;script&gt;");
    }
}
