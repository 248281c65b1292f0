package com.epiduralestimator.domain;

import java.util.Objects;

/**
 * How an office drug line was priced (medicare-rules.md section 7, "The encounter"): the quarter's ASP payment limit
 * per billing unit and the coinsurance percentage CMS's file gives the drug (20, or lower where the inflation rebate
 * applies), read from one edition of the ASP file.
 *
 * @param edition the ASP edition (quarter) that priced the line, e.g. {@code 2025Q4}
 */
public record DrugPrice(AspPrices.Limit limit, String edition) {
    public DrugPrice {
        Objects.requireNonNull(limit, "limit");
        Objects.requireNonNull(edition, "edition");
    }

    /** The patient's coinsurance percentage of the line's allowed amount. */
    public Percent coinsurance() {
        return limit.coinsurance();
    }
}
