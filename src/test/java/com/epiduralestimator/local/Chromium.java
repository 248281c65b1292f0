package com.epiduralestimator.local;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * Headless Chromium driven by chromedriver over the W3C WebDriver HTTP protocol (java.net.http, no Selenium):
 * just the commands the page tests use. Debian's {@code chromium} and {@code chromium-driver} (.ci/run installs
 * them when missing); a fresh profile per run.
 */
final class Chromium implements AutoCloseable {
    private static final String ELEMENT = "element-6066-11e4-a52e-4f735466cecf";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private final Process driver;
    private final String base;
    private final String session;
    private final Path profile;

    private Chromium(Process driver, String base, String session, Path profile) {
        this.driver = driver;
        this.base = base;
        this.session = session;
        this.profile = profile;
    }

    static Chromium start(Path logDir) throws Exception {
        String chromedriver = find("chromedriver", "/usr/bin/chromedriver");
        String chromium = find("chromium", "/usr/bin/chromium");
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Files.createDirectories(logDir);
        Process driver = new ProcessBuilder(chromedriver, "--port=" + port, "--allowed-ips=127.0.0.1")
                .redirectErrorStream(true).redirectOutput(logDir.resolve("chromedriver.log").toFile()).start();
        String base = "http://127.0.0.1:" + port;
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (true) {
            try {
                if (request("GET", base + "/status", null).at("/value/ready").asBoolean()) {
                    break;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            if (System.nanoTime() > deadline || !driver.isAlive()) {
                driver.destroyForcibly();
                throw new IllegalStateException("chromedriver did not start; see " + logDir.resolve("chromedriver.log"));
            }
            Thread.sleep(100);
        }
        Path profile = Files.createTempDirectory("chromium-profile");
        ObjectNode options = JSON.createObjectNode();
        options.put("binary", chromium);
        options.set("args", JSON.valueToTree(List.of("--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1200,1800", "--user-data-dir=" + profile)));
        ObjectNode capabilities = JSON.createObjectNode();
        capabilities.putObject("capabilities").putObject("alwaysMatch").put("browserName", "chrome")
                .set("goog:chromeOptions", options);
        JsonNode created;
        try {
            created = request("POST", base + "/session", capabilities);
        } catch (IOException | RuntimeException e) {
            driver.destroyForcibly();
            throw e;
        }
        return new Chromium(driver, base, created.at("/value/sessionId").asText(), profile);
    }

    private static String find(String command, String fallback) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            Path candidate = Path.of(dir, command);
            if (Files.isExecutable(candidate)) {
                return candidate.toString();
            }
        }
        if (Files.isExecutable(Path.of(fallback))) {
            return fallback;
        }
        throw new IllegalStateException(command + " is not installed: apt-get install -y chromium chromium-driver"
                + " (.ci/run does it)");
    }

    private static JsonNode request(String method, String url, JsonNode body) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(60))
                .header("content-type", "application/json; charset=utf-8");
        request.method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body.toString()));
        HttpResponse<String> response;
        try {
            response = HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
        JsonNode json = JSON.readTree(response.body());
        if (response.statusCode() >= 400) {
            throw new IllegalStateException("WebDriver " + method + " " + url + " -> " + response.statusCode() + ": "
                    + json.path("value").path("message").asText(response.body()));
        }
        return json;
    }

    private JsonNode command(String method, String path, Object body) throws IOException {
        return request(method, base + "/session/" + session + path, body == null ? null : JSON.valueToTree(body))
                .path("value");
    }

    void open(String url) throws IOException {
        command("POST", "/url", Map.of("url", url));
    }

    String url() throws IOException {
        return command("GET", "/url", null).asText();
    }

    private String element(String css) throws IOException {
        return command("POST", "/element", Map.of("using", "css selector", "value", css)).get(ELEMENT).asText();
    }

    String text(String css) throws IOException {
        return command("GET", "/element/" + element(css) + "/text", null).asText();
    }

    void type(String css, String value) throws IOException {
        String id = element(css);
        command("POST", "/element/" + id + "/clear", Map.of());
        command("POST", "/element/" + id + "/value", Map.of("text", value));
    }

    void click(String css) throws IOException {
        command("POST", "/element/" + element(css) + "/click", Map.of());
    }

    /** A Chrome DevTools Protocol command through chromedriver (e.g. Emulation.setTimezoneOverride). */
    JsonNode cdp(String cmd, Map<String, Object> params) throws IOException {
        return command("POST", "/goog/cdp/execute", Map.of("cmd", cmd, "params", params));
    }

    /** Runs a script in the page and returns its result as JSON. */
    JsonNode script(String script, Object... args) throws IOException {
        return command("POST", "/execute/sync", Map.of("script", script, "args", List.of(args)));
    }

    /** Waits until the script's result satisfies the test (polling every 100 ms, 20 s at most). */
    JsonNode await(String script, Predicate<JsonNode> done) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        JsonNode value = script(script);
        while (!done.test(value)) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting in the page; last value " + value);
            }
            Thread.sleep(100);
            value = script(script);
        }
        return value;
    }

    void screenshot(Path file) throws IOException {
        Files.createDirectories(file.getParent());
        Files.write(file, Base64.getDecoder().decode(command("GET", "/screenshot", null).asText()));
    }

    @Override
    public void close() {
        try {
            request("DELETE", base + "/session/" + session, null);
        } catch (IOException | RuntimeException e) {
            // the driver is stopped below either way
        }
        driver.destroy();
        try {
            if (!driver.waitFor(java.time.Duration.ofSeconds(5).toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS)) {
                driver.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        try (var files = Files.walk(profile)) {
            files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            // a temp directory
        }
    }
}
