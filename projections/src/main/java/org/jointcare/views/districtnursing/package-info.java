/**
 * District nursing: each team's worklist (assessments waiting for the nursing contribution,
 * packages with district nursing services, discharges asking for a visit until the first visit is recorded),
 * per team and/or the practices it serves ({@link org.jointcare.views.districtnursing.DistrictNursingScope}).
 * A person's shared case history is the record history's, answered in
 * {@link org.jointcare.views.recordhistory}.
 *
 * <p>Processing group {@code district-nursing}, streaming per person. Tables
 * {@code dn_person, dn_assessment_waiting, dn_package, dn_discharge, dn_visit_request}. The questions and
 * their answers are in {@link org.jointcare.views.districtnursing.DistrictNursingQueries}.
 */
package org.jointcare.views.districtnursing;
