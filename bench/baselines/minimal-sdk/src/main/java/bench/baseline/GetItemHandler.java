package bench.baseline;

import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.RequestStreamHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import software.amazon.awssdk.auth.credentials.EnvironmentVariableCredentialsProvider;
import software.amazon.awssdk.http.urlconnection.UrlConnectionHttpClient;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;
import software.amazon.awssdk.services.dynamodb.model.AttributeValue;
import software.amazon.awssdk.services.dynamodb.model.GetItemResponse;

/**
 * The SDK's own cost: the smallest honest Lambda handler that reads DynamoDB. The client is built at init with
 * everything explicit (region and credentials from the environment, the URL-connection client), and each
 * invocation makes one GetItem. The endpoint comes from AWS_ENDPOINT_URL_DYNAMODB, which the SDK honours.
 */
public final class GetItemHandler implements RequestStreamHandler {
    private final DynamoDbClient client = DynamoDbClient.builder()
            .httpClient(UrlConnectionHttpClient.create())
            .region(Region.of(System.getenv("AWS_REGION")))
            .credentialsProvider(EnvironmentVariableCredentialsProvider.create())
            .build();
    private final String table = System.getenv("FEE_TABLE");

    @Override
    public void handleRequest(InputStream input, OutputStream output, Context context) throws IOException {
        GetItemResponse item = client.getItem(b -> b.tableName(table).key(Map.of(
                "pk", AttributeValue.fromS(System.getenv().getOrDefault("BENCH_GETITEM_PK", "S#2025")),
                "sk", AttributeValue.fromS(System.getenv().getOrDefault("BENCH_GETITEM_SK", "C#62321")))));
        output.write(("{\"statusCode\":200,\"body\":\"" + item.item().size() + "\"}")
                .getBytes(StandardCharsets.UTF_8));
    }
}
