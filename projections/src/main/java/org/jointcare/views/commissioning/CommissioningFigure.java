package org.jointcare.views.commissioning;

/**
 * One figure. {@code count} is how many referrals, needs, discharges… (or, for spend and
 * needs met, how many people the figure stands on); {@code total} is the sum it carries
 * (minutes, days or pence per week, see {@link Measure}), or null when it carries none.
 * When fewer than {@value CommissioningQueries#SMALLEST_SHOWN} stand behind a figure, both are
 * null and {@code suppressed} is true, so no one can be picked out.
 */
public record CommissioningFigure(Measure measure, String category, Long count, Long total, boolean suppressed) {
}
