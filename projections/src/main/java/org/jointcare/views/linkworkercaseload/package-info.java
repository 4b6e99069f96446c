/**
 * The linkworker caseload: open referrals against their response target, assessments in
 * progress and whom they wait for, packages in force, reviews due and overdue, discharges of
 * needing social care follow-up until it is recorded, carers' assessments asked for and not yet carried out — per linkworker and/or per practice
 * ({@link org.jointcare.views.linkworkercaseload.LinkworkerCaseloadScope}).
 *
 * <p>Processing group {@code linkworker-caseload}, streaming per person. Tables
 * {@code caseload_person, caseload_referral, caseload_assessment, caseload_package,
 * caseload_review, caseload_discharge, caseload_follow_up, caseload_carers_assessment,
 * caseload_list_total}. The questions, answered in
 * {@link org.jointcare.views.linkworkercaseload.LinkworkerCaseloadQueries} with a {@link org.jointcare.views.ViewPage}
 * of the items in {@link org.jointcare.views.linkworkercaseload.LinkworkerCaseloadItems}; time-dependent figures use
 * the injected clock at query time.
 */
package org.jointcare.views.linkworkercaseload;
