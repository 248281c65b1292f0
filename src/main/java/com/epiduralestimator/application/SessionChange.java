package com.epiduralestimator.application;

import com.epiduralestimator.domain.WireNamed;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One entry of a session's history: when, by whom (the JWT {@code sub}, or {@code local}), what and why.
 * {@code reason} is a category from a closed list, never free text (issue 22); {@code relatedSessionId} names the
 * other session of a correction that moved the session to the other region.
 */
public record SessionChange(Instant at, String by, Action action, Optional<ChangeReason> reason,
                            Optional<String> relatedSessionId) {
    /** How a move was written before issue 22: {@code corrected from|to <sessionId> (<region>): <free text>}. */
    private static final Pattern LEGACY_MOVE = Pattern.compile("corrected (?:from|to) (s_[A-Za-z0-9_-]{22}) .*",
            Pattern.DOTALL);

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
        Objects.requireNonNull(relatedSessionId, "relatedSessionId");
    }

    /** A change about this session only. */
    public SessionChange(Instant at, String by, Action action, Optional<ChangeReason> reason) {
        this(at, by, action, reason, Optional.empty());
    }

    /**
     * A change as a store holds it. A reason stored before issue 22 may be free text: it is read as its category
     * when it names one, else as {@code other}, and its text is never shown again; a legacy move keeps the other
     * session's id.
     */
    public static SessionChange stored(Instant at, String by, Action action, Optional<String> reason,
                                       Optional<String> relatedSessionId) {
        Optional<String> related = relatedSessionId;
        if (related.isEmpty() && reason.isPresent()) {
            Matcher m = LEGACY_MOVE.matcher(reason.get());
            related = m.matches() ? Optional.of(m.group(1)) : Optional.empty();
        }
        return new SessionChange(at, by, action,
                reason.isPresent() ? Optional.of(WireNamed.parse(ChangeReason.class, reason.get())
                        .orElse(ChangeReason.OTHER)) : Optional.empty(), related);
    }
}
