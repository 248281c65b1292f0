package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The one slice cache both caching schedules use: fresh entries served, stale ones re-read, bounded, no failures. */
class SliceCacheTest {
    private final MovableClock clock = new MovableClock(Instant.parse("2026-06-01T12:00:00Z"));
    private final List<String> reads = new ArrayList<>();
    private final SliceCache<String, String> cache = new SliceCache<>(clock, Duration.ofSeconds(300), 2);

    private String read(String key) {
        reads.add(key);
        return key + "#" + reads.size();
    }

    @Test
    void aFreshEntryIsServedWithoutReadingAgain() {
        assertThat(cache.get("2026", this::read)).isEqualTo("2026#1");
        clock.advance(Duration.ofSeconds(299));
        assertThat(cache.get("2026", this::read)).isEqualTo("2026#1");
        assertThat(reads).containsExactly("2026");
    }

    @Test
    void anEntryAsOldAsTheTtlIsReadAgain() {
        cache.get("2026", this::read);
        clock.advance(Duration.ofSeconds(300));
        assertThat(cache.get("2026", this::read)).isEqualTo("2026#2");
        assertThat(reads).containsExactly("2026", "2026");
    }

    @Test
    void theLeastRecentlyUsedEntryGoesFirstPastTheBound() {
        cache.get("a", this::read);
        cache.get("b", this::read);
        cache.get("a", this::read); // a is now the most recently used
        cache.get("c", this::read); // three entries for a bound of two: b goes
        cache.get("a", this::read);
        cache.get("b", this::read);
        assertThat(reads).containsExactly("a", "b", "c", "b");
    }

    @Test
    void aFailedReadIsNotCached() {
        assertThatThrownBy(() -> cache.get("2026", key -> {
            throw new IllegalStateException("store down");
        })).hasMessage("store down");
        assertThat(cache.get("2026", this::read)).isEqualTo("2026#1");
    }

    private static final class MovableClock extends Clock {
        private Instant now;

        MovableClock(Instant now) {
            this.now = now;
        }

        void advance(Duration by) {
            now = now.plus(by);
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
