/**
 * Commissioning: de-identified figures by practice, locality and UK month — referrals by source
 * and outcome, response times against target, needs found by domain and met or unmet by the
 * package in force, weekly spend by funding stream (joint spend split into health and social
 * care shares) in pence, and the discharge audit (pathways, delays against plan with reasons,
 * readmissions within 30 days, time to GP acknowledgement). See
 * {@link org.jointcare.views.commissioning.Measure} for each figure.
 *
 * <p>No answer names or identifies a person: each event is read against the person's record as it
 * stood before, kept for the handler alone in {@code commissioning_record_state} (no query reads
 * it), and the figures are counters. Any figure standing on fewer than five people or events is
 * answered as suppressed (count and total null).
 *
 * <p>Processing group {@code commissioning}, streaming per person, batch 200, <b>one</b> segment
 * (shared counters, one writer). Tables {@code commissioning_figure} and {@code commissioning_record_state}.
 * Queries {@link org.jointcare.views.commissioning.FindCommissioningFigures} →
 * {@link org.jointcare.views.commissioning.CommissioningFigures} and
 * {@link org.jointcare.views.commissioning.FindCommissioningAreas} →
 * {@link org.jointcare.views.commissioning.CommissioningAreas}, both paged.
 */
package org.jointcare.views.commissioning;
