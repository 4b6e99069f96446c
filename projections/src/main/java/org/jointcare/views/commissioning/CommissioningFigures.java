package org.jointcare.views.commissioning;

import java.time.YearMonth;
import java.util.List;

public record CommissioningFigures(String practiceCode, String locality, YearMonth month,
                                   int page, int size, long totalFigures, List<CommissioningFigure> figures) {
}
