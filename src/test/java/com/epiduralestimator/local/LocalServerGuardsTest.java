package com.epiduralestimator.local;

import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.Config;
import com.epiduralestimator.DependencyFactory;
import com.epiduralestimator.cmsdata.BundledSchedule;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue #22, {@code serve} on a developer's machine: only loopback Host values (a page that rebinds its name to
 * 127.0.0.1 still sends its name), no unverified token when the data is not on this machine, and a slow client
 * cannot hold the server (it had four workers and no deadline: four half-sent bodies hung it).
 */
class LocalServerGuardsTest {
    private static LocalServer server;
    private static LocalServer remoteData;
    private static int port;
    private static int remotePort;

    @BeforeAll
    static void start() throws Exception {
        Config config = Config.from(Map.of());
        LocalFunctions functions = new LocalFunctions(TemplateRoutes.fromClasspath(),
                DependencyFactory.memory(config, BundledSchedule.loadAll(), Config.DEVELOPMENT_PATIENT_KEY,
                        Clock.systemUTC()));
        server = new LocalServer(functions, config.tenantClaim(), "local", LocalCors.NONE);
        port = server.start(0);
        remoteData = new LocalServer(functions, config.tenantClaim(), "local", LocalCors.NONE, false);
        remotePort = remoteData.start(0);
    }

    @AfterAll
    static void stop() {
        server.stop();
        remoteData.stop();
    }

    static String raw(int port, String request) throws IOException {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(15_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String get(int port, String host) throws IOException {
        return raw(port, "GET /v1/fees?code=62321&setting=facility HTTP/1.1\r\n" + (host == null ? ""
                : "Host: " + host + "\r\n") + "Connection: close\r\n\r\n");
    }

    @Test
    void onlyLoopbackHostValuesAreServed() throws IOException {
        // serve gives the JDK server its deadline (a request not answered in 10 s is closed), unless set by -D.
        assertThat(System.getProperty("sun.net.httpserver.maxReqTime")).isEqualTo("10");
        for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port,
                "127.0.0.1")) {
            assertThat(get(port, host)).as(host).startsWith("HTTP/1.1 200");
        }
        // A rebound name, a look-alike, an empty or absent Host: refused before any route runs.
        for (String host : List.of("evil.example:" + port, "127.0.0.1.evil.example", "localhost.evil.example",
                "127.0.0.2", "0.0.0.0", "")) {
            String response = get(port, host);
            assertThat(response).as(host).startsWith("HTTP/1.1 403").contains("Host");
        }
        assertThat(raw(port, "GET / HTTP/1.0\r\n\r\n")).startsWith("HTTP/1.1 403");
        // The page too: a rebinding page cannot read it (nor, by CSP frame-ancestors, frame it).
        assertThat(raw(port, "GET / HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 403");
    }

    @Test
    void againstDynamoDbOffThisMachineBearerTokensAreRefusedAndRequestsActAsTheStartUpTenant() throws IOException {
        assertThat(ServeCommand.acceptsTokens(Optional.empty())).isTrue();
        assertThat(ServeCommand.acceptsTokens(Optional.of(URI.create("http://127.0.0.1:8000")))).isTrue();
        assertThat(ServeCommand.acceptsTokens(Optional.of(URI.create("http://localhost:4566")))).isTrue();
        assertThat(ServeCommand.acceptsTokens(Optional.of(URI.create("https://dynamodb.us-east-1.amazonaws.com"))))
                .isFalse();
        assertThat(ServeCommand.acceptsTokens(Optional.of(URI.create("http://10.0.0.5:8000")))).isFalse();

        Base64.Encoder b64 = Base64.getUrlEncoder().withoutPadding();
        String forged = b64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "."
                + b64.encodeToString("{\"tenant_id\":\"clinic-a\",\"scope\":\"sessions:void\"}"
                .getBytes(StandardCharsets.UTF_8)) + ".";
        String body = "{\"reason\":\"duplicate\"}";
        String request = "POST /v1/sessions/s_AAAAAAAAAAAAAAAAAAAAAA/void HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Authorization: Bearer " + forged + "\r\nContent-Type: application/json\r\nContent-Length: "
                + body.length() + "\r\nConnection: close\r\n\r\n" + body;
        assertThat(raw(remotePort, request)).startsWith("HTTP/1.1 401").contains("does not verify tokens");
        // The same token is still read when the data is on this machine (a 404: no such session of clinic-a).
        assertThat(raw(port, request)).startsWith("HTTP/1.1 404");
        // Without a token: the start-up tenant, as always.
        assertThat(get(remotePort, "127.0.0.1")).startsWith("HTTP/1.1 200");
    }

    /**
     * In a fresh JVM (the JDK reads the server's deadline once per process), with a 2 s deadline: twenty clients
     * (more than the workers) send half a body and stop; a normal request is still answered, and the stalled
     * connections are closed by the server. Before the fix the normal request waited forever.
     */
    @Test
    void halfSentBodiesNeitherHangTheServerNorHoldTheirConnections() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process serve = new ProcessBuilder(java, "-Dsun.net.httpserver.maxReqTime=2", "-cp",
                System.getProperty("java.class.path"), Cli.class.getName(), "serve", "--port", "0")
                .redirectErrorStream(true).start();
        List<Socket> stalled = new ArrayList<>();
        try {
            int servePort = port(serve);
            for (int i = 0; i < 20; i++) {
                Socket s = new Socket("127.0.0.1", servePort);
                s.getOutputStream().write(("POST /v1/sessions HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type:"
                        + " application/json\r\nContent-Length: 100\r\n\r\n{\"patientId\":\"MRN-")
                        .getBytes(StandardCharsets.ISO_8859_1));
                s.getOutputStream().flush();
                stalled.add(s);
            }
            Thread.sleep(300);
            long started = System.nanoTime();
            assertThat(get(servePort, "127.0.0.1")).startsWith("HTTP/1.1 200");
            assertThat((System.nanoTime() - started) / 1_000_000_000.0).isLessThan(10.0);
            // Each stalled connection is closed by the server once its 2 s are up (no answer, the socket ends).
            for (Socket s : stalled) {
                s.setSoTimeout(10_000);
                try {
                    s.getInputStream().readAllBytes();
                } catch (SocketTimeoutException e) {
                    throw new AssertionError("a half-sent request still holds its connection after 10 s", e);
                } catch (IOException reset) {
                    // closed by the server: what we want
                }
            }
        } finally {
            for (Socket s : stalled) {
                s.close();
            }
            serve.destroy();
            serve.waitFor();
        }
    }

    private static int port(Process serve) throws IOException {
        BufferedReader lines = new BufferedReader(new InputStreamReader(serve.getInputStream(),
                StandardCharsets.UTF_8));
        Pattern listening = Pattern.compile("listening on http://127\\.0\\.0\\.1:([0-9]+)");
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            Matcher m = listening.matcher(line);
            if (m.find()) {
                Thread drain = new Thread(() -> {
                    try {
                        serve.getInputStream().transferTo(OutputStream.nullOutputStream());
                    } catch (IOException ignored) {
                        // the process ended
                    }
                });
                drain.setDaemon(true);
                drain.start();
                return Integer.parseInt(m.group(1));
            }
        }
        throw new AssertionError("serve did not start");
    }
}
