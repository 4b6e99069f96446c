package org.jointcare.carerecord;

/**
 * Every rule the care record enforces, each with a stable code that clients and tests can
 * rely on and a description in the words a professional would use.
 */
public enum CareRule {
    // who and when
    ACTOR_REQUIRED("actor-required", Kind.INVALID_DETAILS,
            "Every change must name who made it (user, role, organisation) and when."),
    TEXT_NOT_STORABLE("text-not-storable", Kind.INVALID_DETAILS,
            "Text may not contain control characters such as NUL; line breaks and tabs are allowed only in free text."),

    // the record's time line (RecordTimeline)
    DATE_IN_FUTURE("date-in-future", Kind.INVALID_DETAILS,
            "A date that records something that has happened (a birth, an admission, a discharge, a review) cannot be in the future."),
    DATE_BEFORE_TIMELINE("date-before-timeline", Kind.INVALID_DETAILS,
            "A date cannot come before what it follows on the record: the registration, the assessment, the admission or the package's start."),
    DATE_BEYOND_PLANNING_HORIZON("date-beyond-planning-horizon", Kind.INVALID_DETAILS,
            "A planned date (a package's start or change, an expected discharge) can be at most one year ahead."),

    // registration
    NHS_NUMBER_INVALID("nhs-number-invalid", Kind.INVALID_DETAILS,
            "The NHS number is not valid: it must be 10 digits with a correct modulus-11 check digit."),
    NHS_NUMBER_ALREADY_REGISTERED("nhs-number-already-registered", Kind.CONFLICT,
            "A care record already exists for this NHS number."),
    PERSON_DETAILS_INCOMPLETE("person-details-incomplete", Kind.INVALID_DETAILS,
            "A person needs a name, a date of birth that is not in the future, a registered practice and a locality."),
    RECORD_ALREADY_REGISTERED("record-already-registered", Kind.CONFLICT,
            "This care record has already been registered."),
    RECORD_NOT_REGISTERED("record-not-registered", Kind.CONFLICT,
            "There is no care record with this id."),

    PERSON_DETAILS_UNCHANGED("person-details-unchanged", Kind.INVALID_DETAILS,
            "The details given are the details the record already holds: nothing to change."),
    PRACTICE_CHANGED_BY_MOVE_ONLY("practice-changed-by-move-only", Kind.INVALID_DETAILS,
            "The registered practice decides who sees the record: change it by moving the person to another practice, not by editing the details."),
    CHANGE_REASON_REQUIRED("change-reason-required", Kind.INVALID_DETAILS,
            "Say why the details are corrected or updated."),

    PRACTICE_REQUIRED("practice-required", Kind.INVALID_DETAILS,
            "Name the GP practice the person is now registered with."),
    ALREADY_AT_PRACTICE("already-at-practice", Kind.CONFLICT,
            "The person is already registered with this practice."),

    NURSING_TEAM_REQUIRED("nursing-team-required", Kind.INVALID_DETAILS,
            "Name the district nursing team the person is assigned to."),

    // consent
    CONSENT_DECISION_REQUIRED("consent-decision-required", Kind.INVALID_DETAILS,
            "Record the consent decision: agreed, agreed with limits, or refused."),
    CONSENT_CHANGE_NOT_PERMITTED("consent-change-not-permitted", Kind.NOT_PERMITTED,
            "The person refused consent to share: only the organisation that recorded the refusal, or the person's registered GP practice, can record a later decision."),
    CONSENT_LIMITS_REQUIRED("consent-limits-required", Kind.INVALID_DETAILS,
            "Consent agreed with limits must say what the limits are."),

    // referral
    REFERRAL_DETAILS_INCOMPLETE("referral-details-incomplete", Kind.INVALID_DETAILS,
            "A referral needs a source, a requester, a reason and an urgency."),
    REFERRAL_ALREADY_RECEIVED("referral-already-received", Kind.CONFLICT,
            "A referral with this id has already been received."),
    REFERRAL_UNKNOWN("referral-unknown", Kind.CONFLICT,
            "There is no such referral on this care record."),
    REFERRAL_NOT_AWAITING_SCREENING("referral-not-awaiting-screening", Kind.CONFLICT,
            "This referral has already been screened: it was accepted or closed."),
    REFERRAL_CLOSURE_REASON_REQUIRED("referral-closure-reason-required", Kind.INVALID_DETAILS,
            "Closing a referral needs a reason: what was done, where the person was signposted, or why it was declined."),
    LINKWORKER_REQUIRED("linkworker-required", Kind.INVALID_DETAILS,
            "An accepted referral must be allocated to a named linkworker."),

    // joint assessment
    ASSESSMENT_NEEDS_ACCEPTED_REFERRAL("assessment-needs-accepted-referral", Kind.CONFLICT,
            "A joint assessment can only start from an accepted referral that has not been assessed yet."),
    ASSESSMENT_LEAD_REQUIRED("assessment-lead-required", Kind.INVALID_DETAILS,
            "A joint assessment needs a named lead assessor."),
    ASSESSMENT_ALREADY_IN_PROGRESS("assessment-already-in-progress", Kind.CONFLICT,
            "A joint assessment is already in progress for this person."),
    ASSESSMENT_UNKNOWN("assessment-unknown", Kind.CONFLICT,
            "There is no such joint assessment on this care record."),
    ASSESSMENT_NOT_IN_PROGRESS("assessment-not-in-progress", Kind.CONFLICT,
            "This joint assessment is not in progress: it has already been completed."),
    CONTRIBUTION_INCOMPLETE("contribution-incomplete", Kind.INVALID_DETAILS,
            "A contribution needs a discipline and a summary; each need a domain and a level."),
    CONTRIBUTION_DISCIPLINE_NOT_YOURS("contribution-discipline-not-yours", Kind.NOT_PERMITTED,
            "A contribution is made in your own discipline: a GP practice adds the GP's, a district nurse the district nursing one, a linkworker the social care one (and may record an occupational therapy or other contribution for the professional named)."),
    CONTRIBUTION_FIELD_NOT_FOR_DISCIPLINE("contribution-field-not-for-discipline", Kind.INVALID_DETAILS,
            "Each discipline records only its own part: medical history and prognosis come from the GP, Care Act outcomes from social care."),
    ASSESSMENT_NEEDS_HEALTH_AND_SOCIAL_CARE("assessment-needs-health-and-social-care", Kind.CONFLICT,
            "A joint assessment can only be completed with at least one health and one social care contribution."),
    OUTCOME_NEEDS_REASON("outcome-needs-reason", Kind.INVALID_DETAILS,
            "Each Care Act outcome the person cannot achieve must say why (cannot without help, pain or distress, endangers self or others, takes significantly longer)."),
    OUTCOME_RECORDED_TWICE("outcome-recorded-twice", Kind.INVALID_DETAILS,
            "Each Care Act outcome can be recorded only once in an assessment."),
    ASSESSMENT_CONCLUSION_INCOMPLETE("assessment-conclusion-incomplete", Kind.INVALID_DETAILS,
            "Completing an assessment needs the agreed needs with their responsibility, the person's own views and wishes, and the continuing healthcare checklist result."),

    // care package
    PACKAGE_NEEDS_COMPLETED_ASSESSMENT("package-needs-completed-assessment", Kind.CONFLICT,
            "A care package can only be arranged from a completed joint assessment."),
    PACKAGE_ALREADY_ARRANGED("package-already-arranged", Kind.CONFLICT,
            "A care package with this id already exists."),
    PACKAGE_ALREADY_IN_FORCE("package-already-in-force", Kind.CONFLICT,
            "The person already has a care package in force: revise it (the revised package replaces it, with a reason) or end it first."),
    SERVICE_INCOMPLETE("service-incomplete", Kind.INVALID_DETAILS,
            "Each service needs a type, a provider, units per week above zero, a unit cost in pence that is not negative, and a funding stream."),
    PACKAGE_DETAILS_INCOMPLETE("package-details-incomplete", Kind.INVALID_DETAILS,
            "A care package needs a start date (an amendment, the date it takes effect) and at least one service."),
    JOINT_FUNDING_SPLIT_INVALID("joint-funding-split-invalid", Kind.INVALID_DETAILS,
            "A jointly funded service must split its cost between health and social care so that the shares add up to 100%."),
    PERSON_CONTRIBUTION_INVALID("person-contribution-invalid", Kind.INVALID_DETAILS,
            "The person's own contribution cannot be negative."),
    PACKAGE_UNKNOWN("package-unknown", Kind.CONFLICT,
            "There is no such care package on this care record."),
    PACKAGE_NOT_ACTIVE("package-not-active", Kind.CONFLICT,
            "This care package is not active."),
    PACKAGE_NOT_SUSPENDED("package-not-suspended", Kind.CONFLICT,
            "This care package is not suspended."),
    PACKAGE_ENDED("package-ended", Kind.CONFLICT,
            "This care package has ended or been replaced."),
    PACKAGE_CHANGE_REASON_REQUIRED("package-change-reason-required", Kind.INVALID_DETAILS,
            "Amending, revising, suspending or ending a care package needs a reason."),

    // hospital
    ALREADY_IN_HOSPITAL("already-in-hospital", Kind.CONFLICT,
            "The person already has an open hospital admission."),
    ADMISSION_DETAILS_INCOMPLETE("admission-details-incomplete", Kind.INVALID_DETAILS,
            "An admission needs a hospital, a ward, the date and whether it was planned or an emergency."),
    NO_OPEN_ADMISSION("no-open-admission", Kind.CONFLICT,
            "There is no open hospital admission with this id."),
    DISCHARGE_DETAILS_INCOMPLETE("discharge-details-incomplete", Kind.INVALID_DETAILS,
            "A discharge needs its date (not before the admission), the destination and a clinical summary; a plan needs an expected date and a pathway."),
    DISCHARGE_DELAY_REASON_REQUIRED("discharge-delay-reason-required", Kind.INVALID_DETAILS,
            "The discharge is later than planned: say why it was delayed."),
    DISCHARGE_UNKNOWN("discharge-unknown", Kind.CONFLICT,
            "There is no recorded discharge with this admission id on this care record."),
    DISCHARGE_CORRECTION_NOT_YOURS("discharge-correction-not-yours", Kind.NOT_PERMITTED,
            "Only the hospital team that recorded the discharge can correct its summary."),
    DISCHARGE_CORRECTION_WINDOW_CLOSED("discharge-correction-window-closed", Kind.CONFLICT,
            "A discharge summary can be corrected for 7 days after the discharge was recorded; after that the hospital sends a new letter through its own records process."),
    DISCHARGE_CORRECTION_INCOMPLETE("discharge-correction-incomplete", Kind.INVALID_DETAILS,
            "A correction needs the whole corrected summary (destination and clinical summary, the same discharge date) and the reason for it."),
    NOTICE_UNKNOWN("notice-unknown", Kind.CONFLICT,
            "There is no such hospital notice on this care record."),
    NOTICE_NOT_FOR_YOUR_PRACTICE("notice-not-for-your-practice", Kind.NOT_PERMITTED,
            "Only the person's registered GP practice can acknowledge this notice."),
    NOTICE_ALREADY_ACKNOWLEDGED("notice-already-acknowledged", Kind.CONFLICT,
            "This notice has already been acknowledged."),

    // work after a discharge: nursing visits and the social care follow-up
    VISIT_BY_DISTRICT_NURSE_ONLY("visit-by-district-nurse-only", Kind.NOT_PERMITTED,
            "Only a district nurse records a nursing visit."),
    VISIT_DETAILS_INCOMPLETE("visit-details-incomplete", Kind.INVALID_DETAILS,
            "A nursing visit needs its id, when it took place and what was done."),
    VISIT_ALREADY_RECORDED("visit-already-recorded", Kind.CONFLICT,
            "This nursing visit has already been recorded."),
    FOLLOW_UP_BY_LINKWORKER_ONLY("follow-up-by-linkworker-only", Kind.NOT_PERMITTED,
            "Only a linkworker records the social care follow-up after a discharge."),
    FOLLOW_UP_DETAILS_INCOMPLETE("follow-up-details-incomplete", Kind.INVALID_DETAILS,
            "A social care follow-up needs when it took place and what was found or arranged."),
    FOLLOW_UP_ALREADY_RECORDED("follow-up-already-recorded", Kind.CONFLICT,
            "The social care follow-up of this discharge has already been recorded."),

    // carers (Care Act 2014 s.10)
    CARERS_ASSESSMENT_DETAILS_INCOMPLETE("carers-assessment-details-incomplete", Kind.INVALID_DETAILS,
            "A carer's assessment needs its id and the carer as a named person: their name and what they are to the person cared for."),
    CARERS_ASSESSMENT_ALREADY_REQUESTED("carers-assessment-already-requested", Kind.CONFLICT,
            "This carer already has a carer's assessment waiting to be carried out: carry that one out rather than ask twice."),
    CARERS_ASSESSMENT_UNKNOWN("carers-assessment-unknown", Kind.CONFLICT,
            "There is no such carer's assessment on this care record."),
    CARERS_ASSESSMENT_BY_LINKWORKER_ONLY("carers-assessment-by-linkworker-only", Kind.NOT_PERMITTED,
            "A carer's assessment is carried out, and support for the carer arranged, by a linkworker (social care)."),
    CARERS_ASSESSMENT_NOT_AWAITED("carers-assessment-not-awaited", Kind.CONFLICT,
            "This carer's assessment is not waiting to be carried out: it has been carried out already, or was withdrawn when the record closed."),
    CARERS_ASSESSMENT_FINDINGS_INCOMPLETE("carers-assessment-findings-incomplete", Kind.INVALID_DETAILS,
            "A carer's assessment needs the day it was carried out, the carer's own views, and for each outcome the carer cannot achieve why (once per outcome)."),
    CARER_SUPPORT_NEEDS_ASSESSMENT("carer-support-needs-assessment", Kind.CONFLICT,
            "Support for a carer is arranged once their assessment has been carried out."),
    CARER_SUPPORT_ALREADY_ARRANGED("carer-support-already-arranged", Kind.CONFLICT,
            "Support has already been arranged for this carer's assessment."),
    CARER_SUPPORT_DETAILS_INCOMPLETE("carer-support-details-incomplete", Kind.INVALID_DETAILS,
            "Support for a carer needs a start date and either a service of the cared-for person's package (the package and the service) or the carer's own support plan in words, not both."),
    CARER_SUPPORT_SERVICE_NOT_IN_PACKAGE("carer-support-service-not-in-package", Kind.CONFLICT,
            "The service named is not a service of the cared-for person's package in force."),

    // review
    REVIEW_NEEDS_PACKAGE("review-needs-package", Kind.CONFLICT,
            "A review can only be scheduled while the person has a care package."),
    REVIEW_DETAILS_INCOMPLETE("review-details-incomplete", Kind.INVALID_DETAILS,
            "A review needs the date it is due by and why it is being scheduled (on request, change in circumstances, annual)."),
    REVIEW_INTERVAL_TOO_LONG("review-interval-too-long", Kind.INVALID_DETAILS,
            "Reviews must be at most twelve months apart."),
    REVIEW_UNKNOWN("review-unknown", Kind.CONFLICT,
            "There is no such review on this care record."),
    REVIEW_ALREADY_COMPLETED("review-already-completed", Kind.CONFLICT,
            "This review has already been completed."),
    REVIEW_NO_LONGER_DUE("review-no-longer-due", Kind.CONFLICT,
            "This review is no longer due: a later review took its place, or its package was revised or ended."),
    REVIEW_FINDINGS_INCOMPLETE("review-findings-incomplete", Kind.INVALID_DETAILS,
            "A review must record whether needs were met, whether the package continues, changes or ends, and what the person says."),

    // emergency access
    EMERGENCY_ACCESS_REASON_REQUIRED("emergency-access-reason-required", Kind.INVALID_DETAILS,
            "Emergency access needs a reason."),
    EMERGENCY_ACCESS_TOO_LONG("emergency-access-too-long", Kind.INVALID_DETAILS,
            "Emergency access can last at most 12 hours."),

    // closure
    RECORD_CLOSED("record-closed", Kind.CONFLICT,
            "This care record is closed: only a new referral can reopen it."),
    CLOSURE_REASON_REQUIRED("closure-reason-required", Kind.INVALID_DETAILS,
            "Closing a care record needs a reason: moved away or no longer needs services."),
    DEATH_IS_RECORDED_NOT_CLOSED("record-the-death-instead", Kind.INVALID_DETAILS,
            "A death is recorded as a death, with its date, which closes the record and tells everyone working with the person; a closure cannot say it."),

    // death (AfterDeathPolicy)
    DEATH_RECORDING_NOT_PERMITTED("death-recording-not-permitted", Kind.NOT_PERMITTED,
            "A death is recorded by the GP practice, a linkworker, a district nurse or the hospital team working with the person."),
    DEATH_DETAILS_INCOMPLETE("death-details-incomplete", Kind.INVALID_DETAILS,
            "Recording a death needs the date of death."),
    DEATH_ALREADY_RECORDED("death-already-recorded", Kind.CONFLICT,
            "The person's death is already recorded: it is recorded once."),
    PERSON_HAS_DIED("person-has-died", Kind.CONFLICT,
            "The person has died: the record can be read and corrected, but nothing more can be recorded on it."),
    NO_DEATH_RECORDED("no-death-recorded", Kind.CONFLICT,
            "No death is recorded on this care record: there is no death notice to acknowledge."),
    DEATH_NOTICE_NOT_FOR_YOU("death-notice-not-for-you", Kind.NOT_PERMITTED,
            "The death notice is acknowledged by those it was sent to: the GP practice, the linkworker and the district nursing team."),
    DEATH_NOTICE_ALREADY_ACKNOWLEDGED("death-notice-already-acknowledged", Kind.CONFLICT,
            "Your organisation has already acknowledged the death notice."),

    // entered in error
    ENTERED_IN_ERROR_REASON_REQUIRED("entered-in-error-reason-required", Kind.INVALID_DETAILS,
            "Marking an entry entered in error needs the reason (for example: recorded on the wrong person)."),
    ENTRY_NOT_MARKABLE("entry-not-markable", Kind.CONFLICT,
            "There is no referral, assessment contribution, hospital admission or nursing visit at this place in the record's history."),
    ENTRY_ALREADY_MARKED_IN_ERROR("entry-already-marked-in-error", Kind.CONFLICT,
            "This entry has already been marked entered in error."),
    ENTRY_NOT_YOURS_TO_MARK("entry-not-yours-to-mark", Kind.NOT_PERMITTED,
            "An entry is marked entered in error by the professional who recorded it or by someone of their organisation."),
    ENTRY_HAS_LATER_WORK("entry-has-later-work", Kind.CONFLICT,
            "Work has been built on this entry (an assessment started from the referral, the assessment completed, the discharge recorded): it can no longer be marked entered in error."),

    // erasure (the exception to the records-management code's retention)
    ERASURE_NOT_PERMITTED("erasure-not-permitted", Kind.NOT_PERMITTED,
            "Only the privacy officer can erase a care record."),
    ERASURE_GROUND_REQUIRED("erasure-ground-required", Kind.INVALID_DETAILS,
            "Erasing a care record needs its legal ground: the end of the retention period or unlawful processing."),
    RETENTION_PERIOD_NOT_ENDED("retention-period-not-ended", Kind.CONFLICT,
            "The retention period has not ended: a care record is kept for 8 years after it was closed, and an open record is never past it."),
    RECORD_ERASED("record-erased", Kind.CONFLICT,
            "This care record has been erased: nothing more can be recorded on it.");

    /** What kind of refusal this is, so an edge (HTTP, FHIR) can answer in its own terms. */
    public enum Kind {
        /** The command's details are wrong or missing. */
        INVALID_DETAILS,
        /** The command does not fit the record as it stands now. */
        CONFLICT,
        /** The one who sent the command may not do this. */
        NOT_PERMITTED
    }

    private final String code;
    private final Kind kind;
    private final String description;

    CareRule(String code, Kind kind, String description) {
        this.code = code;
        this.kind = kind;
        this.description = description;
    }

    public String code() {
        return code;
    }

    public Kind kind() {
        return kind;
    }

    public String description() {
        return description;
    }

    /** Throws this rule's violation unless the condition holds. */
    public void require(boolean condition) {
        if (!condition) {
            throw new CareRuleViolation(this);
        }
    }

    /** Throws this rule's violation about one field of the command, with a message naming it, unless the condition holds. */
    public void require(boolean condition, String field, String message) {
        if (!condition) {
            throw new CareRuleViolation(this, field, message);
        }
    }

    /** Throws this rule's violation with a more specific message unless the condition holds. */
    public void require(boolean condition, String message) {
        if (!condition) {
            throw new CareRuleViolation(this, message);
        }
    }
}
