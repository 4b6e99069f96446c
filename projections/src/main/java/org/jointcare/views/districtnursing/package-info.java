/**
 * District nursing: each team's worklist (assessments waiting for the nursing contribution,
 * packages with district nursing services, discharges of the last 14 days asking for a visit),
 * per team and/or the practices it serves ({@link org.jointcare.views.districtnursing.NursingScope}),
 * and each person's shared case history: every event in plain words, newest first, with the
 * clinical detail in its own field.
 *
 * <p>Processing group {@code district-nursing}, streaming per person. Tables
 * {@code dn_person, dn_assessment_waiting, dn_package, dn_discharge, dn_visit_request,
 * dn_case_history} (migrations V2_3, V2_5). Queries in
 * {@link org.jointcare.views.districtnursing.DistrictNursingQueries}, answered by
 * {@link org.jointcare.views.districtnursing.DistrictNursingWorklist}. Who may read whose history
 * is the API's decision.
 */
package org.jointcare.views.districtnursing;
