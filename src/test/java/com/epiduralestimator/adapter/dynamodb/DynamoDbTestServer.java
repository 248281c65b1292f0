package com.epiduralestimator.adapter.dynamodb;

import java.io.File;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.testcontainers.DockerClientFactory;
import org.testcontainers.containers.localstack.LocalStackContainer;
import org.testcontainers.utility.DockerImageName;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * One real DynamoDB-compatible server per test JVM, started on first use:
 * <ol>
 *   <li>{@code AWS_ENDPOINT_URL_DYNAMODB}, when set (a server the caller runs, or DynamoDB itself);</li>
 *   <li>else LocalStack in Docker, when a Docker engine answers and the image starts;</li>
 *   <li>else dynalite on Node, installed under {@code target/dynalite} on first use.</li>
 * </ol>
 * When none can start the tests fail: adapter tests must never be skipped silently.
 */
public final class DynamoDbTestServer {
    private static final String LOCALSTACK_IMAGE = "localstack/localstack:4.4";
    private static final String DYNALITE = "dynalite@4.0.0";
    private static final Duration START_TIMEOUT = Duration.ofSeconds(30);

    private static volatile DynamoDbTestServer instance;

    private final URI endpoint;
    private final String kind;

    private DynamoDbTestServer(URI endpoint, String kind) {
        this.endpoint = endpoint;
        this.kind = kind;
    }

    public static DynamoDbTestServer get() {
        DynamoDbTestServer server = instance;
        if (server == null) {
            synchronized (DynamoDbTestServer.class) {
                if (instance == null) {
                    instance = start();
                    System.err.println("DynamoDB test server: " + instance.kind + " at " + instance.endpoint);
                }
                server = instance;
            }
        }
        return server;
    }

    public URI endpoint() {
        return endpoint;
    }

    /** "env", "localstack" or "dynalite". */
    public String kind() {
        return kind;
    }

    public DynamoDbClient client(ExecutionInterceptor... interceptors) {
        return DynamoClients.create(Optional.of(endpoint), interceptors);
    }

    /** A table name no other test class uses, so classes sharing the server never see each other's items. */
    public static String uniqueTableName(String prefix) {
        return prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
    }

    private static DynamoDbTestServer start() {
        String fromEnv = System.getenv("AWS_ENDPOINT_URL_DYNAMODB");
        if (fromEnv != null && !fromEnv.isBlank()) {
            return new DynamoDbTestServer(URI.create(fromEnv), "env");
        }
        RuntimeException localStackFailure = null;
        if (dockerAvailable()) {
            try {
                return startLocalStack();
            } catch (RuntimeException e) {
                // A Docker engine that cannot pull or start the image (no registry access): dynalite needs neither.
                localStackFailure = e;
            }
        }
        try {
            return startDynalite();
        } catch (IOException e) {
            IllegalStateException none = new IllegalStateException("no DynamoDB-compatible server for the adapter tests: "
                    + "set AWS_ENDPOINT_URL_DYNAMODB, run a Docker engine, or put Node 20 and npm on PATH", e);
            if (localStackFailure != null) {
                none.addSuppressed(localStackFailure);
            }
            throw none;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while starting dynalite", e);
        }
    }

    private static boolean dockerAvailable() {
        try {
            return DockerClientFactory.instance().isDockerAvailable();
        } catch (RuntimeException | LinkageError e) {
            return false;
        }
    }

    @SuppressWarnings("resource") // stopped at JVM exit
    private static DynamoDbTestServer startLocalStack() {
        LocalStackContainer container = new LocalStackContainer(DockerImageName.parse(LOCALSTACK_IMAGE))
                .withServices(LocalStackContainer.Service.DYNAMODB);
        container.start();
        Runtime.getRuntime().addShutdownHook(new Thread(container::stop, "localstack-stop"));
        return new DynamoDbTestServer(container.getEndpoint(), "localstack");
    }

    private static DynamoDbTestServer startDynalite() throws IOException, InterruptedException {
        Path home = projectDir().resolve("target").resolve("dynalite");
        Path cli = home.resolve("node_modules").resolve("dynalite").resolve("cli.js");
        if (!Files.exists(cli)) {
            Files.createDirectories(home);
            Process npm = new ProcessBuilder("npm", "install", "--prefix", home.toString(), DYNALITE,
                    "--no-audit", "--no-fund", "--no-save")
                    .redirectErrorStream(true)
                    .redirectOutput(home.resolve("npm-install.log").toFile())
                    .start();
            if (!npm.waitFor(120, TimeUnit.SECONDS) || npm.exitValue() != 0 || !Files.exists(cli)) {
                npm.destroyForcibly();
                throw new IOException("npm install " + DYNALITE + " failed; see " + home.resolve("npm-install.log"));
            }
        }
        int port = freePort();
        File log = home.resolve("dynalite.log").toFile();
        Process node = new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port", Integer.toString(port),
                "--createTableMs", "20", "--deleteTableMs", "20", "--updateTableMs", "20")
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log))
                .start();
        Runtime.getRuntime().addShutdownHook(new Thread(node::destroy, "dynalite-stop"));
        awaitPort(port, node);
        return new DynamoDbTestServer(URI.create("http://127.0.0.1:" + port), "dynalite");
    }

    private static Path projectDir() {
        String basedir = System.getProperty("basedir");
        return Path.of(basedir != null ? basedir : System.getProperty("user.dir")).toAbsolutePath();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }

    private static void awaitPort(int port, Process node) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + START_TIMEOUT.toNanos();
        while (System.nanoTime() < deadline) {
            if (!node.isAlive()) {
                throw new IOException("dynalite exited with " + node.exitValue() + "; see target/dynalite/dynalite.log");
            }
            try (Socket socket = new Socket()) {
                socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        node.destroyForcibly();
        throw new IOException("dynalite did not listen on port " + port + " within " + START_TIMEOUT);
    }
}
