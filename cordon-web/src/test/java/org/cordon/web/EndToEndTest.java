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

    static List<String> texts(String css) {
        return browser.driver.findElements(By.cssSelector(css)).stream().map(WebElement::getText).toList();
    }
}
