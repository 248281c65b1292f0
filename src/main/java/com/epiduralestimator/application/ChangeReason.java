package com.epiduralestimator.application;

import com.epiduralestimator.domain.WireNamed;
import java.util.Locale;
import java.util.Optional;

/**
 * Why a session was corrected or voided: a closed list (issue 22). Free text is never stored: a "wrong patient:
 * was John Q. Public, DOB …" would sit in the table, in search answers and in a 409's {@code stored} in clear. A
 * caller's text that is not one of these is kept as {@link #OTHER}, without the text.
 */
public enum ChangeReason implements WireNamed {
    ENTERED_IN_ERROR("entered-in-error"), WRONG_DATE("wrong-date"), WRONG_CODE("wrong-code"),
    DUPLICATE("duplicate"), PATIENT_DECLINED("patient-declined"), OTHER("other");

    private final String wireName;

    ChangeReason(String wireName) {
        this.wireName = wireName;
    }

    @Override
    public String wireName() {
        return wireName;
    }

    /**
     * The category this text names: its wire name in any case, with spaces or underscores for the hyphens
     * ({@code "Wrong code"} is {@link #WRONG_CODE}); empty for any other text.
     */
    public static Optional<ChangeReason> named(String text) {
        String spelled = text.strip().toLowerCase(Locale.ROOT).replace(' ', '-').replace('_', '-');
        for (ChangeReason r : values()) {
            if (r.wireName.equals(spelled)) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }
}
