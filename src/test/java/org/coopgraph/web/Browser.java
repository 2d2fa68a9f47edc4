package org.coopgraph.web;

import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A real headless Chromium driven by chromedriver, both from Debian's packages: Selenium Manager
 * is never asked to download anything. Each browser gets a fresh profile and download folder,
 * keeps the console log, and saves screenshots under {@code target/screenshots/}.
 */
final class Browser implements AutoCloseable {

    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    static final Duration WAIT = Duration.ofSeconds(30);

    private final ChromeDriver driver;
    private final Path profile;
    private final Path downloads;
    private final URI base;
    private final List<LogEntry> log = new ArrayList<>();

    Browser(URI base) {
        this.base = base;
        try {
            this.profile = Files.createTempDirectory("coopgraph-chromium-");
            this.downloads = Files.createTempDirectory("coopgraph-downloads-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        System.setProperty("webdriver.chrome.driver", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--window-size=1400,900", "--lang=en-GB");
        Map<String, Object> prefs = new HashMap<>();
        prefs.put("download.default_directory", downloads.toString());
        prefs.put("download.prompt_for_download", false);
        options.setExperimentalOption("prefs", prefs);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        this.driver = new ChromeDriver(service, options);
        driver.manage().timeouts().scriptTimeout(WAIT);
    }

    ChromeDriver driver() {
        return driver;
    }

    Path downloads() {
        return downloads;
    }

    /** Opens a path of the app, e.g. "/" or "/#entity=igci". */
    void open(String pathAndFragment) {
        driver.get(base.resolve(pathAndFragment).toString());
    }

    String url() {
        return driver.getCurrentUrl();
    }

    WebElement find(String css) {
        return driver.findElement(By.cssSelector(css));
    }

    List<WebElement> findAll(String css) {
        return driver.findElements(By.cssSelector(css));
    }

    Object js(String script, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(script, args);
    }

    /** Waits until the JavaScript expression is true; the message says what was awaited. */
    void waitFor(String what, String expression, Object... args) {
        new WebDriverWait(driver, WAIT).withMessage(what)
                .until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript("return !!(" + expression + ");", args)));
    }

    <T> T waitUntil(String what, Function<ChromeDriver, T> condition) {
        return new WebDriverWait(driver, WAIT).withMessage(what).until(d -> condition.apply((ChromeDriver) d));
    }

    WebElement waitVisible(String css) {
        return new WebDriverWait(driver, WAIT).until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(css)));
    }

    /** Waits for the view to settle: the page started, nothing loading, the layout done. */
    void waitIdle() {
        waitFor("the page to be idle", "window.coopgraph && document.getElementById('loading').hidden"
                + " && !window.coopgraph.cy.animated() && !window.coopgraph.cy.nodes().some(n => n.animated())");
    }

    /** A suggestion of a combobox, by its entity name. */
    WebElement suggestion(String listId, String name) {
        return waitUntil("a suggestion '" + name + "' in #" + listId, d -> d.findElements(By.cssSelector("#" + listId + " [role=option]"))
                .stream().filter(li -> li.findElement(By.cssSelector(".option-name")).getText().equals(name))
                .findFirst().orElse(null));
    }

    boolean shown(String elementId) {
        return Boolean.TRUE.equals(js("const e = window.coopgraph.cy.getElementById(arguments[0]);"
                + "return e.nonempty() && e.visible();", elementId));
    }

    /** Clicks a graph element where it is drawn: a node at its centre, an edge at its midpoint. */
    void clickGraphElement(String elementId) {
        int[] at = offsetOf(elementId);
        new Actions(driver).moveToElement(find("#graph"), at[0], at[1]).click().perform();
    }

    void doubleClickGraphElement(String elementId) {
        int[] at = offsetOf(elementId);
        new Actions(driver).moveToElement(find("#graph"), at[0], at[1]).doubleClick().perform();
    }

    /** Where an element is drawn, from the centre of the graph's box (as Actions wants it). */
    private int[] offsetOf(String elementId) {
        @SuppressWarnings("unchecked")
        Map<String, Object> at = (Map<String, Object>) js("const e = window.coopgraph.cy.getElementById(arguments[0]);"
                + "const p = e.isEdge() ? e.renderedMidpoint() : e.renderedPosition();"
                + "const r = document.getElementById('graph').getBoundingClientRect();"
                + "return {x: p.x - r.width / 2, y: p.y - r.height / 2};", elementId);
        return new int[] {(int) Math.round(((Number) at.get("x")).doubleValue()),
                (int) Math.round(((Number) at.get("y")).doubleValue())};
    }

    void resize(int width, int height) {
        driver.manage().window().setSize(new Dimension(width, height));
    }

    Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The browser's console since the last call, kept for {@link #pageErrors}. */
    List<LogEntry> drainLog() {
        List<LogEntry> fresh = driver.manage().logs().get(LogType.BROWSER).getAll();
        log.addAll(fresh);
        return fresh;
    }

    /**
     * SEVERE console entries that come from our page: script errors, CSP refusals, failed loads.
     * A failed request whose URL contains one of {@code expected} is an error the test caused on
     * purpose (the page shows it in words), and is left out.
     */
    List<String> pageErrors(List<String> expected) {
        List<String> errors = new ArrayList<>();
        for (LogEntry e : drainLog()) {
            if (e.getLevel().intValue() < Level.SEVERE.intValue()) {
                continue;
            }
            String m = e.getMessage();
            boolean ours = m.contains(base.getHost() + ":" + base.getPort()) || !m.startsWith("http");
            boolean expectedFailure = m.contains("Failed to load resource") && expected.stream().anyMatch(m::contains);
            if (ours && !expectedFailure) {
                errors.add(m);
            }
        }
        return errors;
    }

    /** Waits for a finished download (no .crdownload left) whose name ends with the suffix. */
    Path download(String suffix) {
        return waitUntil("a download ending in " + suffix, d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.getFileName().toString().endsWith(suffix))
                        .filter(f -> f.toFile().length() > 0).findFirst().orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            deleteQuietly(profile);
            deleteQuietly(downloads);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> walk = Files.walk(dir)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temp folder left behind is harmless
        }
    }
}
