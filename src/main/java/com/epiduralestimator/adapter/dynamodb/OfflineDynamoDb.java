package com.epiduralestimator.adapter.dynamodb;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import software.amazon.awssdk.auth.credentials.AwsBasicCredentials;
import software.amazon.awssdk.auth.credentials.StaticCredentialsProvider;
import software.amazon.awssdk.http.AbortableInputStream;
import software.amazon.awssdk.http.ExecutableHttpRequest;
import software.amazon.awssdk.http.HttpExecuteRequest;
import software.amazon.awssdk.http.HttpExecuteResponse;
import software.amazon.awssdk.http.SdkHttpClient;
import software.amazon.awssdk.http.SdkHttpResponse;
import software.amazon.awssdk.regions.Region;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * For SnapStart priming: a DynamoDB client that never leaves the process, so the SDK's marshalling, signing and
 * unmarshalling can be exercised before the snapshot without a connection, a credential or a clock of the real
 * function being captured.
 */
public final class OfflineDynamoDb {
    private OfflineDynamoDb() {}

    /** A DynamoDB client that never leaves the process: every call is answered from memory. */
    public static DynamoDbClient client() {
        return DynamoDbClient.builder()
                .httpClient(new OfflineHttpClient())
                .region(Region.US_EAST_1)
                .credentialsProvider(StaticCredentialsProvider.create(AwsBasicCredentials.create("priming", "priming")))
                .endpointOverride(URI.create("http://127.0.0.1:9"))
                .build();
    }

    /** Answers each DynamoDB operation with a well-formed empty result: nothing stored, nothing found. */
    static final class OfflineHttpClient implements SdkHttpClient {
        @Override
        public ExecutableHttpRequest prepareRequest(HttpExecuteRequest request) {
            String target = request.httpRequest().firstMatchingHeader("X-Amz-Target").orElse("");
            String body;
            if (target.endsWith(".BatchGetItem")) {
                body = "{\"Responses\":{},\"UnprocessedKeys\":{}}";
            } else if (target.endsWith(".Query")) {
                body = "{\"Items\":[],\"Count\":0,\"ScannedCount\":0}";
            } else if (target.endsWith(".UpdateItem")) {
                body = "{\"Attributes\":{\"n\":{\"N\":\"1\"}}}"; // a rate counter's first request
            } else {
                body = "{}";
            }
            byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
            return new ExecutableHttpRequest() {
                @Override
                public HttpExecuteResponse call() {
                    InputStream in = new ByteArrayInputStream(bytes);
                    return HttpExecuteResponse.builder()
                            .response(SdkHttpResponse.builder().statusCode(200)
                                    .putHeader("Content-Type", "application/x-amz-json-1.0")
                                    .putHeader("Content-Length", Integer.toString(bytes.length))
                                    .build())
                            .responseBody(AbortableInputStream.create(in))
                            .build();
                }

                @Override
                public void abort() {}
            };
        }

        @Override
        public void close() {}
    }
}
