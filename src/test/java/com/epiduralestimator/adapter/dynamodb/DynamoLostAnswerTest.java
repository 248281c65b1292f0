package com.epiduralestimator.adapter.dynamodb;

import static com.epiduralestimator.domain.SpinalRegion.CERVICAL_THORACIC;
import static org.assertj.core.api.Assertions.assertThat;

import com.epiduralestimator.application.LedgerFixtures;
import com.epiduralestimator.domain.HcpcsCode;
import com.epiduralestimator.application.PatientRef;
import com.epiduralestimator.application.RecordOutcome;
import com.epiduralestimator.application.RecordedSession;
import com.epiduralestimator.domain.SessionLine;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import software.amazon.awssdk.core.exception.SdkClientException;
import software.amazon.awssdk.core.interceptor.Context;
import software.amazon.awssdk.core.interceptor.ExecutionAttributes;
import software.amazon.awssdk.core.interceptor.ExecutionInterceptor;
import software.amazon.awssdk.core.interceptor.SdkExecutionAttribute;
import software.amazon.awssdk.services.dynamodb.DynamoDbClient;

/**
 * The put reached the table but its answer was lost, so the SDK sent it again and the retry failed the condition
 * on the item the first attempt wrote. The caller still created the session and must be told so.
 */
class DynamoLostAnswerTest {
    @Test
    void aRetriedPutWhoseFirstAttemptWroteStillReportsCreated() {
        LoseFirstPutAnswer loseFirstAnswer = new LoseFirstPutAnswer();
        try (DynamoDbClient client = DynamoDbTestServer.get().client(loseFirstAnswer)) {
            String table = DynamoDbTestServer.uniqueTableName("sessions");
            new DynamoTables(client).createSessionTableIfAbsent(table);
            DynamoSessionLedger ledger = new DynamoSessionLedger(client, table);
            RecordedSession session = LedgerFixtures.recorded(new PatientRef("tenant-lost", "hmac-lost"), CERVICAL_THORACIC,
                    LocalDate.parse("2025-08-01"), List.of(new SessionLine(new HcpcsCode("62321"), 1, List.of())),
                    Instant.parse("2025-08-01T08:00:00Z"));

            RecordOutcome outcome = ledger.record(session);

            assertThat(loseFirstAnswer.putAttempts.get()).as("the SDK retried the put").isEqualTo(2);
            assertThat(outcome).isEqualTo(new RecordOutcome(session, true));
            assertThat(ledger.record(session).created()).as("a later identical call").isFalse();
        }
    }

    /** Drops the answer to the first PutItem after DynamoDB has applied it, as a timed-out connection would. */
    static final class LoseFirstPutAnswer implements ExecutionInterceptor {
        final AtomicInteger putAttempts = new AtomicInteger();

        @Override
        public void afterTransmission(Context.AfterTransmission context, ExecutionAttributes attributes) {
            if ("PutItem".equals(attributes.getAttribute(SdkExecutionAttribute.OPERATION_NAME))
                    && putAttempts.incrementAndGet() == 1) {
                throw SdkClientException.create("answer lost", new IOException("connection reset"));
            }
        }
    }
}
