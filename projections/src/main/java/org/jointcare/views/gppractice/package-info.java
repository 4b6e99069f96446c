/**
 * The GP practice view: the inbox of admission and discharge notices (unacknowledged first, then
 * newest, with how long each waited), the referrals the practice made and where each has got to,
 * and which registered patients have active or suspended packages.
 *
 * <p>Processing group {@code gp-practice}, streaming per person. Tables
 * {@code gp_person, gp_hospital_stay, gp_medication_change, gp_follow_up, gp_notice, gp_referral,
 * gp_package}. The questions and their answers are in
 * {@link org.jointcare.views.gppractice.GpPracticeQueries}; a discharge's clinical summary and
 * medication changes are kept apart in {@link org.jointcare.views.gppractice.GpPracticeItems.ClinicalDetail}.
 */
package org.jointcare.views.gppractice;
