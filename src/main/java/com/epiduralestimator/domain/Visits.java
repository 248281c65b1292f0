package com.epiduralestimator.domain;

import java.util.List;

/** E/M visits (99202–99499), the encounter's lines outside every procedure family. */
public final class Visits {
    private Visits() {}

    /** An E/M code (99202–99499): NCCI's modifier for it is 25, a global period's 24. */
    public static boolean evaluationAndManagement(HcpcsCode code) {
        String v = code.value();
        return v.length() == 5 && v.startsWith("99") && v.chars().allMatch(Character::isDigit)
                && v.compareTo("99202") >= 0 && v.compareTo("99499") <= 0;
    }

    /** Every line is an E/M visit (and there is one): an estimate of a visit alone, no procedure. */
    public static boolean visitsOnly(List<SessionLine> lines) {
        if (lines.isEmpty()) {
            return false;
        }
        for (SessionLine line : lines) {
            if (!evaluationAndManagement(line.code())) {
                return false;
            }
        }
        return true;
    }
}
