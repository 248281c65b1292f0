package com.epiduralestimator.adapter.http;

import com.epiduralestimator.domain.Documentation;
import java.math.BigDecimal;

/** An estimate request's {@code documentation} object (what the chart shows), read strictly like its neighbours. */
final class DocumentationRequests {
    private DocumentationRequests() {}

    static Documentation read(BodyReader d) {
        Documentation doc = new Documentation(
                d.integer("conservativeCareWeeks", 0, 5200),
                d.integer("painDurationWeeks", 0, 5200),
                d.decimal("baselinePainScore", BigDecimal.ZERO, BigDecimal.TEN, 2),
                d.bool("procedureReportWithImaging"),
                d.integer("imageViewsSaved", 0, 100),
                d.decimal("priorReliefPercent", BigDecimal.ZERO, new BigDecimal("100"), 2),
                d.integer("priorReliefWeeks", 0, 5200));
        d.rejectUnknown();
        return doc;
    }
}
