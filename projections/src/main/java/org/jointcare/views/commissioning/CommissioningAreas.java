package org.jointcare.views.commissioning;

import java.util.List;

public record CommissioningAreas(int page, int size, long total, List<CommissioningArea> areas) {
}
