package org.jointcare.views.commissioning;

import java.time.YearMonth;

/**
 * The figures of one UK month for a practice and/or locality; a null practice or locality
 * means all of them. Figures are ordered by measure name then category (alphabetically), a page
 * (from 0) at a time.
 */
public record FindCommissioningFigures(String practiceCode, String locality, YearMonth month, int page, int size) {

    public FindCommissioningFigures {
        if (month == null) {
            throw new IllegalArgumentException("Commissioning figures are asked for by month");
        }
    }
}
