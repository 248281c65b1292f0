package com.epiduralestimator.domain;

import java.util.List;

/**
 * BILATERAL-SIDES (medicare-rules.md section 4): the side a line names with its modifiers. RT and LT on one line,
 * or modifier 50, is both sides; a bilateral-indicator-1 code on one line with RT and another with LT is one
 * bilateral procedure too (CMS RVU25D, bilateral surgery indicator 1: 150% of the single fee).
 */
public enum Sides {
    NONE, RIGHT, LEFT, BOTH;

    public static Sides of(SessionLine line) {
        boolean rt = line.hasModifier("RT");
        boolean lt = line.hasModifier("LT");
        if (line.hasModifier("50") || (rt && lt)) {
            return BOTH;
        }
        return rt ? RIGHT : lt ? LEFT : NONE;
    }

    /**
     * The levels a code's lines describe: the units named with no side, plus the larger of the two sides' units
     * (a line on both sides counts once on each side), so that RT and LT of one level are one level.
     */
    public static int levels(HcpcsCode code, List<SessionLine> lines) {
        int none = 0;
        int right = 0;
        int left = 0;
        for (SessionLine line : lines) {
            if (!line.code().equals(code)) {
                continue;
            }
            switch (of(line)) {
                case NONE -> none += line.units();
                case RIGHT -> right += line.units();
                case LEFT -> left += line.units();
                case BOTH -> {
                    right += line.units();
                    left += line.units();
                }
            }
        }
        return none + Math.max(right, left);
    }
}
