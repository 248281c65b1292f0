package com.epiduralestimator.adapter.http;

import static com.epiduralestimator.adapter.http.TrustHarness.*;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.epiduralestimator.adapter.dynamodb.DynamoClients;
import com.epiduralestimator.adapter.dynamodb.DynamoDbTestServer;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/** A DynamoDB server stopped mid-run, and fifty identical session posts at once, through the real handlers. */
class OutageAndConcurrencyTest {

    @Test
    void aStoppedServerIs503AndARestartedOneServesAgain() throws Exception {
        DynamoDbTestServer.get(); // installs dynalite when it is the test server
        Path cli = Path.of(System.getProperty("basedir", System.getProperty("user.dir")),
                "target", "dynalite", "node_modules", "dynalite", "cli.js");
        assumeTrue(Files.exists(cli), "dynalite is not installed (the test server is LocalStack or external)");
        int port = freePort();
        Process dynalite = startDynalite(cli, port);
        try (DynamoDbClient client = DynamoClients.create(Optional.of(URI.create("http://127.0.0.1:" + port)))) {
            Tables tables = TrustHarness.dynamoTables(client);
            TrustHarness api = TrustHarness.dynamo(client, tables);
            String estimate = estimateBody("MRN-OUT", "2025-06-30", "62321");
            assertThat(api.postSession(sessionBody("MRN-OUT", "2025-06-01", "62321"), "clinic-a").status())
                    .isEqualTo(201);
            assertThat(api.postEstimate(estimate, "clinic-a").status()).isEqualTo(200);

            dynalite.destroy();
            assertThat(dynalite.waitFor(10, TimeUnit.SECONDS)).isTrue();

            Response down = api.postEstimate(estimate, "clinic-a");
            System.err.println("outage response: " + down.status() + " " + down.headers() + " " + down.body());
            StoreFaultsTest.assertUnavailable(down);
            StoreFaultsTest.assertUnavailable(api.postSession(sessionBody("MRN-OUT", "2025-06-02", "62321"),
                    "clinic-a"));
            StoreFaultsTest.assertUnavailable(api.getFee(java.util.Map.of("code", "62321", "setting",
                    "facility"), null));

            // dynalite keeps its data in memory: the restarted server is empty, so the tables are made again.
            dynalite = startDynalite(cli, port);
            TrustHarness.dynamoTablesNamed(client, tables);
            Response back = api.postEstimate(estimate, "clinic-a");
            assertThat(back.status()).isEqualTo(200);
            assertThat(priorSessions(back)).isZero();
        } finally {
            dynalite.destroyForcibly();
        }
    }

    @Test
    void fiftyConcurrentIdenticalPostsOnDynamoDbStoreOneSession() throws Exception {
        DynamoDbClient client = DynamoDbTestServer.get().client();
        Tables tables = TrustHarness.dynamoTables(client);
        TrustHarness api = TrustHarness.dynamo(client, tables);
        String body = sessionBody("MRN-CONC", "2025-06-05", "62323");
        // Warm the server and the client first: the test is about the conditional write, not a cold JIT.
        for (int i = 0; i < 5; i++) {
            api.postEstimate(estimateBody("MRN-WARM", "2025-06-30", "62323"), "clinic-a");
        }
        int callers = 50;
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        try {
            CountDownLatch go = new CountDownLatch(1);
            List<Future<Integer>> statuses = new ArrayList<>();
            for (int i = 0; i < callers; i++) {
                statuses.add(pool.submit(() -> {
                    go.await();
                    return api.postSession(body, "clinic-a").status();
                }));
            }
            go.countDown();
            List<Integer> seen = new ArrayList<>();
            for (Future<Integer> f : statuses) {
                seen.add(f.get(60, TimeUnit.SECONDS));
            }
            assertThat(seen.stream().filter(s -> s == 201).count()).as("%s", seen).isEqualTo(1);
            assertThat(seen.stream().filter(s -> s == 200).count()).as("%s", seen).isEqualTo(49);
        } finally {
            pool.shutdownNow();
        }
        assertThat(client.scan(b -> b.tableName(tables.sessions())).count()).isEqualTo(1);
    }

    private static Process startDynalite(Path cli, int port) throws IOException, InterruptedException {
        Process node = new ProcessBuilder("node", cli.toString(), "--host", "127.0.0.1", "--port",
                Integer.toString(port), "--createTableMs", "20")
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress("127.0.0.1", port), 200);
                return node;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        node.destroyForcibly();
        throw new IOException("dynalite did not start on " + port);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return socket.getLocalPort();
        }
    }
}
