package org.cordon.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/** In a real browser against the real server: sign in, screen, check, review, audit; a screenshot of each page. */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class EndToEndTest {

    static RunningCordon cordon;
    static Browser browser;

    @BeforeAll
    static void start() throws Exception {
        Assumptions.assumeTrue(Browser.available(), "chromium and chromedriver are not installed");
        cordon = RunningCordon.start();
        browser = Browser.start();
    }

    @AfterAll
    static void stop() throws Exception {
        if (browser != null) {
            browser.close();
        }
        if (cordon != null) {
            cordon.close();
        }
    }

    private static void signIn(String key) {
        browser.driver.get(cordon.url("/ui/sign-in"));
        browser.find("#key").sendKeys(key);
        browser.find("form button[type=submit]").click();
        browser.await("nav.usa-nav");
    }

    @Test
    @Order(1)
    void signInNeedsAKnownKey() throws Exception {
        browser.driver.get(cordon.url("/ui/screen"));
        assertThat(browser.driver.getCurrentUrl()).endsWith("/ui/sign-in");
        browser.shot("01-sign-in");
        browser.find("#key").sendKeys("not-a-key");
        browser.find("form button[type=submit]").click();
        WebElement error = browser.await("#key-error");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.find("#key").getAttribute("aria-describedby")).contains("key-error");
        browser.shot("02-sign-in-error");
        browser.find("#key").sendKeys(cordon.admin);
        browser.find("form button[type=submit]").click();
        browser.await("nav.usa-nav");
        assertThat(browser.driver.findElements(By.cssSelector(".usa-nav__primary a")).stream().map(WebElement::getText).toList())
                .contains("Screen", "Check", "Review", "Lists", "Dashboard", "Audit", "Keys");
    }

    @Test
    @Order(2)
    void screeningAChineseNameFindsHuaweiFirstWithItsDesignations() throws Exception {
        browser.driver.get(cordon.url("/ui/screen"));
        // Keyboard only: focus the name, type, Enter submits.
        browser.find("#name").sendKeys("华为技术有限公司", Keys.ENTER);
        WebElement first = browser.await("#match-1");
        assertThat(first.findElement(By.cssSelector(".cordon-match__title")).getText()).contains("Huawei Technologies Co., Ltd.");
        String designations = first.findElement(By.cssSelector(".cordon-designations")).getText();
        assertThat(designations).contains("NDAA_FY2019_S889_PART_A", "FCC_COVERED_LIST", "FCC_USF_COVERED_COMPANY");
        assertThat(first.getText()).contains("transliterated");
        browser.shot("03-screen-huawei");
    }

    @Test
    @Order(3)
    void screenFormErrorsAreAnnouncedBesideTheField() throws Exception {
        browser.driver.get(cordon.url("/ui/screen?name=&country=ZZ"));
        WebElement nameError = browser.await("#name-error");
        assertThat(nameError.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.find("#name").getAttribute("aria-describedby")).contains("name-error");
        assertThat(browser.find("#name").getAttribute("aria-invalid")).isEqualTo("true");
        assertThat(browser.find("#country-error").getText()).contains("ZZ");
        browser.shot("04-screen-errors");
    }

    private static void type(String id, String text) {
        WebElement e = browser.find("#" + id);
        e.clear();
        e.sendKeys(text);
    }

    private static void choose(String id, String value) {
        new org.openqa.selenium.support.ui.Select(browser.find("#" + id)).selectByValue(value);
    }

    @Test
    @Order(4)
    void aDeemedExportOf3E001ToAChineseNationalNeedsALicence() throws Exception {
        browser.driver.get(cordon.url("/ui/check"));
        browser.shot("05-check-choose");
        browser.find("#choose-technology-release").click();
        browser.await("#check-submit");
        type("date", "2019-03-01");
        type("buyer-name", "Midwest State University");
        choose("buyer-kind", "university");
        type("buyer-country", "US");
        type("person-name", "Li Wei");
        type("person-citizenships", "CN");
        type("tech-eccn", "3E001");
        browser.shot("06-check-technology-release");
        browser.find("#check-submit").click();
        WebElement outcome = browser.await("#outcome");
        assertThat(outcome.getText()).isEqualTo("LICENSE REQUIRED");
        String programs = browser.find("#programs").getText();
        assertThat(programs).contains("15 CFR 734.13").containsIgnoringCase("licen");
        browser.shot("07-decision-license-required");

        // Replayed against the same lists, nothing would change.
        browser.find("#replay").click();
        assertThat(browser.await("#replay-now").getText()).isEqualTo("LICENSE REQUIRED");
        assertThat(browser.find("#replay-changed").getText()).contains("Nothing in the decision would change");
        browser.shot("07b-decision-replay");
    }

    @Test
    @Order(5)
    void checkFormErrorsAreAnnouncedBesideTheField() throws Exception {
        browser.driver.get(cordon.url("/ui/check?type=technology-release"));
        type("date", "2019-02-30");
        browser.find("#check-submit").click();
        WebElement error = browser.await("#date-error");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.find("#date").getAttribute("aria-describedby")).contains("date-error");
        type("date", "2019-03-01");
        browser.find("#check-submit").click();
        assertThat(browser.await("#person-name-error").getText()).contains("required");
        browser.shot("08-check-errors");
    }

    @Test
    @Order(6)
    void aReviewCaseIsOpenedAndDecidedWithTheKeyboard() throws Exception {
        browser.driver.get(cordon.url("/ui/check?type=procurement"));
        type("date", "2020-05-01");
        type("buyer-name", "Department of the Army");
        choose("buyer-kind", "federal-agency");
        type("buyer-country", "US");
        type("item-description", "IP camera");
        type("item-manufacturer", "HIK Vision Digital Technology");
        type("item-model", "DS-2CD2143G0-I");
        choose("use", "public-safety");
        browser.find("#check-submit").click();
        assertThat(browser.await("#outcome").getText()).isEqualTo("REVIEW");
        browser.shot("09-decision-review");
        browser.find(".cordon-case-link").click();
        browser.await("#decide-form");
        assertThat(browser.find("#query-name").getText()).isEqualTo("HIK Vision Digital Technology");
        assertThat(browser.find("#listed-name").getText()).containsIgnoringCase("Hikvision");
        browser.shot("10-case-open");

        // Keyboard only, from the assignee field: Tab to the assign button, Tab into the radio group, Space picks
        // "true match", Tab past the reason to the button, Enter: refused, as the reason is missing.
        browser.find("#assignee").click();
        keys(Keys.TAB);
        assertThat(focused()).isEqualTo("assign-submit");
        keys(Keys.TAB);
        assertThat(focused()).isEqualTo("resolution-true");
        keys(Keys.SPACE);
        keys(Keys.TAB);
        assertThat(focused()).isEqualTo("reason");
        keys(Keys.TAB);
        assertThat(focused()).isEqualTo("decide-submit");
        keys(Keys.ENTER);
        WebElement error = browser.await("#reason-error");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(browser.find("#reason").getAttribute("aria-describedby")).contains("reason-error");
        browser.shot("11-case-error");

        // Tab from the reason to the button, Enter submits.
        browser.find("#reason").sendKeys("Hikvision Digital Technology Co., Ltd. of Hangzhou: same model line and address");
        keys(Keys.TAB);
        assertThat(focused()).isEqualTo("decide-submit");
        keys(Keys.ENTER);
        assertThat(browser.await("#case-decided").getText()).contains("true match");
        browser.shot("12-case-decided");

        // A note for the file after the decision: it joins the case's history.
        browser.find("#comment-submit").click();
        assertThat(browser.await("#comment-error").getAttribute("role")).isEqualTo("alert");
        browser.find("#comment").sendKeys("Vendor informed; order cancelled 2020-05-04.");
        browser.find("#comment-submit").click();
        browser.awaitText("#history", "Vendor informed; order cancelled 2020-05-04.");

        browser.driver.get(cordon.url("/ui/review?status=closed"));
        assertThat(browser.find("#cases").getText()).contains("HIK Vision Digital Technology");
        browser.shot("13-review-queue-closed");
    }

    @Test
    @Order(7)
    void theAuditTrailHasTheCaseDecisionAndAVerifiedChain() throws Exception {
        browser.driver.get(cordon.url("/ui/audit?action=case"));
        assertThat(browser.find("#chain-status").getText()).contains("verifies");
        assertThat(browser.find("#audit").getText()).contains("case.decide");
        browser.shot("14-audit");
    }

    @Test
    @Order(8)
    void thePartyPageDrawsTheOwnershipGraph() throws Exception {
        browser.driver.get(cordon.url("/ui/party?id=cordon-covered-telecom/huawei-technologies"));
        assertThat(browser.find("#party-name").getText()).isEqualTo("Huawei Technologies Co., Ltd.");
        assertThat(browser.find("#names").getText()).contains("华为技术有限公司");
        assertThat(browser.find("#timeline").getText()).contains("2019-05-16");
        browser.await("#party-graph canvas");
        Thread.sleep(500);
        browser.shot("15-party");
    }

    @Test
    @Order(9)
    void listsDashboardAndKeysRender() throws Exception {
        browser.driver.get(cordon.url("/ui/lists"));
        assertThat(browser.find("#lists").getText()).contains("cordon-covered-telecom");
        browser.shot("16-lists");
        browser.driver.get(cordon.url("/ui/dashboard"));
        browser.await("#chart-decisions canvas");
        Thread.sleep(500);
        browser.shot("17-dashboard");
        browser.driver.get(cordon.url("/ui/keys"));
        type("label", "Casey Officer");
        browser.find("form[action='/ui/keys'] button[type=submit]").click();
        assertThat(browser.await("#new-key").getText()).contains("copy it now");
        browser.shot("18-keys");
    }

    @Test
    @Order(10)
    void aScreenerSeesNoReviewAuditOrKeys() throws Exception {
        browser.find(".cordon-sign-out").click();
        browser.await("#key");
        signIn(cordon.screener);
        assertThat(texts(".usa-nav__primary a")).containsExactly("Screen", "Check", "Lists", "Dashboard");
        browser.driver.get(cordon.url("/ui/review"));
        assertThat(browser.find("h1").getText()).isEqualTo("Not for your role");
        browser.shot("19-screener-forbidden");
    }

    @Test
    @Order(11)
    void aBatchRunsInTheBackgroundAndItsResultsDownload() throws Exception {
        java.nio.file.Path csv = java.nio.file.Files.createTempFile("names-", ".csv");
        java.nio.file.Files.writeString(csv, "id,name,type,country\n1,华为技术有限公司,organization,CN\n2,ZTE Corporation,,\n3,Acme Plumbing,,\n");
        browser.driver.get(cordon.url("/ui/screen"));
        browser.find("#file").sendKeys(csv.toString());
        browser.find("#batch-submit").click();
        WebElement link = browser.await("#batch-download");
        browser.shot("20-batch-done");
        String href = link.getAttribute("href");
        var cookie = browser.driver.manage().getCookieNamed(Gate.SESSION_COOKIE);
        var response = java.net.http.HttpClient.newHttpClient().send(java.net.http.HttpRequest.newBuilder(java.net.URI.create(href))
                .header("Cookie", cookie.getName() + "=" + cookie.getValue()).build(), java.net.http.HttpResponse.BodyHandlers.ofString());
        assertThat(response.body()).startsWith("id,rank,score,list,source_id,matched_name,party_name")
                .contains("1,1,1.000,cordon-covered-telecom,huawei-technologies");
        java.nio.file.Files.delete(csv);
    }

    @Test
    @Order(12)
    void anAdminImportsTwoVersionsSeesWhatChangedAndActivatesTheFirstAgain() throws Exception {
        java.nio.file.Path v1 = java.nio.file.Files.createTempFile("watch-", ".yaml");
        java.nio.file.Path v2 = java.nio.file.Files.createTempFile("watch-", ".yaml");
        java.nio.file.Files.writeString(v1, org.cordon.server.TestLists.watchList(1, "2024-01-01", "Zephyr Orbital", false));
        java.nio.file.Files.writeString(v2, org.cordon.server.TestLists.watchList(2, "2024-01-02", "ZOS Ltd", true));
        browser.driver.manage().deleteAllCookies();
        signIn(cordon.admin);
        for (java.nio.file.Path file : List.of(v1, v2)) {
            browser.driver.get(cordon.url("/ui/lists"));
            choose("format", "curated");
            browser.find("#list-file").sendKeys(file.toString());
            browser.find("form[action='/ui/lists/import'] button[type=submit]").click();
            assertThat(browser.await(".usa-alert--success").getText()).contains("test-watch").contains("now active");
        }
        browser.driver.get(cordon.url("/ui/lists/diff?list=test-watch&from=1&to=2"));
        assertThat(browser.await("#added").getText()).contains("Quartz Lantern Telecom Co.");
        assertThat(browser.find("#changed").getText()).contains("Zephyr Orbital Systems Ltd.").contains("ZOS Ltd");
        browser.shot("21-list-diff");
        browser.driver.get(cordon.url("/ui/lists"));
        browser.find("form[action='/ui/lists/test-watch/activate'] button[type=submit]").click();
        assertThat(browser.await(".usa-alert--success").getText()).contains("Activated test-watch@1");
        browser.shot("22-lists-activated");
        java.nio.file.Files.delete(v1);
        java.nio.file.Files.delete(v2);
    }

    @Test
    @Order(13)
    void onAPhoneWidthNothingOverflowsTheScreenOrTheDecision() throws Exception {
        var window = browser.driver.manage().window();
        var before = window.getSize();
        window.setSize(new org.openqa.selenium.Dimension(390, 844));
        try {
            browser.driver.get(cordon.url("/ui/screen?name=" + java.net.URLEncoder.encode("华为技术有限公司", java.nio.charset.StandardCharsets.UTF_8)));
            browser.await("#match-1");
            assertThat(overflow()).as("page wider than the window on the screen page: " + widest()).isLessThanOrEqualTo(0);
            browser.shot("23-screen-phone");
            browser.driver.get(cordon.url("/ui/review?status=closed"));
            assertThat(overflow()).as("page wider than the window on the review page: " + widest()).isLessThanOrEqualTo(0);
            browser.shot("24-review-phone");
        } finally {
            window.setSize(before);
        }
    }

    /** The elements that reach past the window's right edge, innermost first: what to fix. */
    private static Object widest() {
        return ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "const w = document.documentElement.clientWidth; return [...document.querySelectorAll('body *')]"
                        + ".filter(e => e.getBoundingClientRect().right > w + 1 && ![...e.children].some(c => c.getBoundingClientRect().right > w + 1))"
                        + ".slice(0, 8).map(e => e.tagName + '.' + e.className + '#' + e.id + ' ' + Math.round(e.getBoundingClientRect().right));");
    }

    /** How far the page is wider than the window (0 or less: no sideways scrolling). */
    private static long overflow() {
        Object w = ((org.openqa.selenium.JavascriptExecutor) browser.driver).executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
        return ((Number) w).longValue();
    }

    @Test
    @Order(14)
    void aContractorsRepresentationThatItUsesHuaweiRoutersIsBlockedUnderPartB() throws Exception {
        browser.driver.manage().deleteAllCookies();
        signIn(cordon.admin);
        browser.driver.get(cordon.url("/ui/check"));
        browser.find("#choose-contractor-representation").click();
        browser.await("#check-submit");
        type("date", "2021-01-15");
        type("buyer-name", "General Services Administration");
        choose("buyer-kind", "federal-agency");
        type("seller-name", "Acme Federal Services");
        choose("seller-kind", "contractor");
        choose("rep-provides", "does-not");
        choose("rep-uses", "does");
        browser.find("#check-submit").click();
        // A "does" without its disclosure is refused beside the field, never decided.
        WebElement error = browser.await("#rep-entity-error");
        assertThat(error.getAttribute("role")).isEqualTo("alert");
        assertThat(error.getText()).contains("52.204-24");
        type("rep-entity", "Huawei Technologies Co., Ltd.");
        type("rep-brand", "Huawei");
        type("rep-model", "AR6300");
        type("rep-description", "branch office routers");
        type("rep-use", "office network");
        browser.shot("25-check-representation");
        browser.find("#check-submit").click();
        assertThat(browser.await("#outcome").getText()).isEqualTo("BLOCK");
        assertThat(browser.find("#programs").getText()).contains("Part B").contains("52.204-26");
        browser.shot("26-decision-part-b");
    }

    @Test
    @Order(15)
    void aSupplierAddedToTheRegistryIsScreenedAndAlertedAtOnce() throws Exception {
        browser.driver.manage().deleteAllCookies();
        signIn(cordon.admin);
        browser.driver.get(cordon.url("/ui/registry"));
        type("name", "Acme Plumbing Supplies");
        browser.find("#registry-add").click();
        assertThat(browser.await("#registry-message").getText()).contains("No new matches");
        type("name", "Huawei Technologies Co., Ltd.");
        type("country", "CN");
        browser.find("#registry-add").click();
        assertThat(browser.await("#registry-alerts").getText()).contains("now matches Huawei Technologies Co., Ltd.");
        assertThat(browser.find("#registry").getText()).contains("Acme Plumbing Supplies").contains("Huawei Technologies Co., Ltd.");
        browser.shot("28-registry");
        browser.find("#registry-rescreen").click();
        assertThat(browser.await("#registry-message").getText()).contains("No new matches");
        browser.driver.get(cordon.url("/ui/audit?action=registry.alert"));
        assertThat(browser.find("#audit").getText()).contains("registry.alert");
    }

    @Test
    @Order(16)
    void aResellerSixtyPercentOwnedByAHuaweiAffiliateIsBlockedAndAWaiverTooLateDoesNotHelp() throws Exception {
        browser.driver.manage().deleteAllCookies();
        signIn(cordon.admin);
        browser.driver.get(cordon.url("/ui/check?type=procurement"));
        browser.await("#check-submit");
        type("date", "2020-01-15");
        type("buyer-name", "Department of the Army");
        choose("buyer-kind", "federal-agency");
        type("seller-name", "Acme Reseller LLC");
        choose("seller-kind", "company");
        type("item-description", "branded smartphones");
        type("item-manufacturer", "Acme Reseller LLC");
        type("own-subject", "Acme Reseller LLC");
        choose("own-kind", "owned_by");
        type("own-target", "Huawei Device Co., Ltd.");
        type("own-share", "60");
        choose("waiver-program", "ndaa-889-part-a");
        type("waiver-reference", "Army waiver 2020-01");
        type("waiver-expires", "2022-12-31");
        browser.find("#check-submit").click();
        assertThat(browser.await("#outcome").getText()).isEqualTo("BLOCK");
        assertThat(browser.find("#finding-0").getText()).contains("owned_by 60.0%").contains("Huawei Device Co., Ltd.");
        assertThat(browser.find("#programs").getText()).contains("Section 889 Part A");
        browser.shot("29-decision-ownership");
    }

    private static void keys(CharSequence key) {
        new org.openqa.selenium.interactions.Actions(browser.driver).sendKeys(key).perform();
    }

    private static String focused() {
        return browser.driver.switchTo().activeElement().getAttribute("id");
    }

    static List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
