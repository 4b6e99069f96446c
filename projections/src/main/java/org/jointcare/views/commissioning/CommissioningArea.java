package org.jointcare.views.commissioning;

import java.time.YearMonth;

public record CommissioningArea(String practiceCode, String locality, YearMonth firstMonth, YearMonth lastMonth) {
}
