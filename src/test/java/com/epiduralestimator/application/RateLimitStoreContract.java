package com.epiduralestimator.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * What every {@link RateLimitStore} does (issue #22), in memory and on DynamoDB: a tenant's window gives out exactly
 * its limit, shared by every caller and environment, in allowances; tenants and windows are apart.
 */
public abstract class RateLimitStoreContract {
    protected abstract RateLimitStore newStore();

    private static long tenants;

    private static String tenant() {
        return "clinic-" + (++tenants) + "-" + System.nanoTime();
    }

    @Test
    void aWindowGivesOutItsLimitInAllowancesAndTheLastOnePartly() {
        RateLimitStore store = newStore();
        String t = tenant();
        // limit 10, allowances of 4: 4, 4, then the 2 left (10 - 8), then nothing.
        assertThat(store.take(t, 60, 4, 10, 180)).isEqualTo(4);
        assertThat(store.take(t, 60, 4, 10, 180)).isEqualTo(4);
        assertThat(store.take(t, 60, 4, 10, 180)).isEqualTo(2);
        assertThat(store.take(t, 60, 4, 10, 180)).isZero();
        assertThat(store.take(t, 60, 1, 10, 180)).isZero();
        // The next window, and another tenant in this one, start from nothing.
        assertThat(store.take(t, 120, 4, 10, 240)).isEqualTo(4);
        assertThat(store.take(tenant(), 60, 4, 10, 180)).isEqualTo(4);
    }

    @Test
    void concurrentEnvironmentsNeverTakeMoreThanTheLimit() throws Exception {
        RateLimitStore store = newStore();
        String t = tenant();
        ExecutorService pool = Executors.newFixedThreadPool(8);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 40; i++) {
                calls.add(() -> store.take(t, 60, 3, 50, 180));
            }
            int total = 0;
            for (Future<Integer> f : pool.invokeAll(calls)) {
                total += f.get();
            }
            // 40 callers x 3 = 120 wanted; exactly 50 given out (16 full allowances and one of 2, the rest 0).
            assertThat(total).isEqualTo(50);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aLimitOnTheStoreAdmitsExactlyTheLimitPerWindowAndAsksOncePerAllowance() {
        AtomicInteger asked = new AtomicInteger();
        RateLimitStore store = newStore();
        RateLimitStore counting = (tenant, start, wanted, limit, expires) -> {
            asked.incrementAndGet();
            return store.take(tenant, start, wanted, limit, expires);
        };
        Clock clock = Clock.fixed(Instant.parse("2025-07-01T12:00:30Z"), ZoneOffset.UTC);
        String t = tenant();
        TenantRateLimit a = new TenantRateLimit(counting, 12, 5, clock);
        TenantRateLimit b = new TenantRateLimit(counting, 12, 5, clock); // a second execution environment
        int admitted = 0;
        int refused = 0;
        for (int i = 0; i < 20; i++) {
            for (TenantRateLimit environment : List.of(a, b)) {
                try {
                    environment.admit(t);
                    admitted++;
                } catch (TenantRateLimitedException e) {
                    refused++;
                    assertThat(e.retryAfter().toSeconds()).isEqualTo(30); // 12:00:30 -> the window ends at 12:01:00
                }
            }
        }
        // 12 admitted (a: 5 + 2, b: 5), 28 refused.
        assertThat(admitted).isEqualTo(12);
        assertThat(refused).isEqualTo(28);
        // a: 5, then 2 (the last of 12), then 0 -> full; b: 5, then 0 -> full: 5 requests for 40 calls, none after.
        assertThat(asked.get()).isEqualTo(5);
    }
}
