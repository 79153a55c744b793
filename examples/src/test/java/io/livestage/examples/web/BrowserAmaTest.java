package io.livestage.examples.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The web demo in real headless Chromium (Debian's {@code chromium} and {@code chromium-driver}, with Chromium's fake
 * camera): bob raises his hand, hana sees it and promotes him, bob's page shows SPEAKER with a live local track; he
 * steps down (the track stops) and asks a question, which reaches hana's page. Screenshots go to {@code target/browser/}. Skipped when
 * Chromium or its driver is missing, except on CI ({@code CI} or {@code LIVESTAGE_REQUIRE_BROWSER} set, as {@code
 * .ci/run} does), where that fails.
 */
class BrowserAmaTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path DRIVER = Path.of("/usr/bin/chromedriver");

    private WebDemo demo;
    private WebDriver hana;
    private WebDriver bob;

    @BeforeEach
    void chromiumIsThere() {
        boolean present = Files.isExecutable(CHROMIUM) && Files.isExecutable(DRIVER);
        if (System.getenv("CI") != null || System.getenv("LIVESTAGE_REQUIRE_BROWSER") != null) {
            assertThat(present)
                    .as("CI requires %s and %s (apt-get install chromium chromium-driver)", CHROMIUM, DRIVER)
                    .isTrue();
        }
        assumeTrue(present, "no " + CHROMIUM + " or " + DRIVER + ": the browser test is skipped");
        demo = WebDemo.start("127.0.0.1", 0);
    }

    @AfterEach
    void quit() {
        for (WebDriver driver : new WebDriver[] {hana, bob}) {
            if (driver != null) {
                driver.quit();
            }
        }
        if (demo != null) {
            demo.close();
        }
    }

    private static WebDriver browser() {
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-dev-shm-usage",
                "--use-fake-device-for-media-stream",
                "--use-fake-ui-for-media-stream",
                "--window-size=1200,1000");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(DRIVER.toFile())
                .usingAnyFreePort()
                .build();
        return new ChromeDriver(service, options);
    }

    private static WebDriverWait waiting(WebDriver driver) {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    private static void ready(WebDriver driver) {
        waiting(driver)
                .until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-ready")));
    }

    @Test
    void bobRaisesHanaPromotesBobPublishesAndAQuestionReachesHana() throws Exception {
        hana = browser();
        bob = browser();
        hana.get(demo.url("127.0.0.1", "hana"));
        ready(hana);
        waiting(hana).until(ExpectedConditions.textToBe(By.id("role"), "HOST"));
        bob.get(demo.url("127.0.0.1", "bob"));
        ready(bob);
        waiting(bob).until(ExpectedConditions.textToBe(By.id("role"), "AUDIENCE"));
        assertThat(bob.findElement(By.id("track")).getDomAttribute("data-state"))
                .isEqualTo("none");

        waiting(bob)
                .until(ExpectedConditions.elementToBeClickable(By.id("raise")))
                .click();
        waiting(hana)
                .until(ExpectedConditions.elementToBeClickable(By.id("promote-bob")))
                .click();

        waiting(bob).until(ExpectedConditions.textToBe(By.id("role"), "SPEAKER"));
        waiting(bob).until(ExpectedConditions.attributeToBe(By.id("media"), "data-publishing", "true"));
        waiting(bob).until(ExpectedConditions.attributeToBe(By.id("track"), "data-state", "live"));
        Object playing = ((org.openqa.selenium.JavascriptExecutor) bob)
                .executeScript("const v = document.getElementById('local');"
                        + " return v.srcObject !== null && v.srcObject.getVideoTracks()[0].readyState;");
        assertThat(playing).isEqualTo("live");
        Path screenshots = Files.createDirectories(Path.of("target", "browser"));
        Files.write(screenshots.resolve("bob-speaker.png"), ((TakesScreenshot) bob).getScreenshotAs(OutputType.BYTES));

        // bob is on stage now; a question comes from the audience: bob steps down and asks.
        waiting(bob)
                .until(ExpectedConditions.elementToBeClickable(By.id("step-down")))
                .click();
        waiting(bob).until(ExpectedConditions.textToBe(By.id("role"), "AUDIENCE"));
        waiting(bob).until(ExpectedConditions.attributeToBe(By.id("track"), "data-state", "ended"));
        waiting(bob).until(ExpectedConditions.elementToBeClickable(By.id("ask")));
        bob.findElement(By.id("question-text")).sendKeys("What is next for livestage?");
        bob.findElement(By.id("ask")).click();
        waiting(hana)
                .until(ExpectedConditions.textToBePresentInElementLocated(
                        By.id("questions"), "What is next for livestage?"));

        Files.write(screenshots.resolve("hana.png"), ((TakesScreenshot) hana).getScreenshotAs(OutputType.BYTES));
        Files.write(screenshots.resolve("bob.png"), ((TakesScreenshot) bob).getScreenshotAs(OutputType.BYTES));
        assertThat(screenshots.resolve("hana.png")).isNotEmptyFile();
    }
}
