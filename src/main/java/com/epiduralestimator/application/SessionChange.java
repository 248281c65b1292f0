package com.epiduralestimator.application;

import com.epiduralestimator.domain.WireNamed;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One entry of a session's history: when, by whom (the JWT {@code sub}, or {@code local}), what and why.
 * {@code reason} is the caller's free text; it is stored and returned, never logged.
 */
public record SessionChange(Instant at, String by, Action action, Optional<String> reason) {
    public enum Action implements WireNamed {
        RECORDED("recorded"), CORRECTED("corrected"), VOIDED("voided"), MIGRATED("migrated");

        private final String wireName;

        Action(String wireName) {
            this.wireName = wireName;
        }

        @Override
        public String wireName() {
            return wireName;
        }
    }

    public SessionChange {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(by, "by");
        Objects.requireNonNull(action, "action");
        Objects.requireNonNull(reason, "reason");
    }
}
