package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** The read-change-write loop: again after a lost race, never after an error, and a 503 when races never end. */
class ConcurrentChangeTest {

    @Test
    void aLostRaceIsRunAgainUntilTheWriteWins() {
        AtomicInteger attempts = new AtomicInteger();

        String result = ConcurrentChange.retry("test change",
                () -> attempts.incrementAndGet() < 3 ? Optional.empty() : Optional.of("written"));

        assertThat(result).isEqualTo("written");
        assertThat(attempts).hasValue(3);
    }

    @Test
    void anErrorEndsTheLoopAtOnce() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> ConcurrentChange.retry("test change", () -> {
            attempts.incrementAndGet();
            throw new SessionNotFoundException();
        })).isInstanceOf(SessionNotFoundException.class);
        assertThat(attempts).hasValue(1);
    }

    @Test
    void racesLostEveryTimeEndAsStoreUnavailableAfterTheLastAttempt() {
        AtomicInteger attempts = new AtomicInteger();

        assertThatThrownBy(() -> ConcurrentChange.retry("void session", () -> {
            attempts.incrementAndGet();
            return Optional.empty();
        })).isInstanceOf(StoreUnavailableException.class)
                .hasMessageContaining("void session: too many concurrent changes");
        assertThat(attempts).hasValue(ConcurrentChange.MAX_ATTEMPTS);
    }
}
