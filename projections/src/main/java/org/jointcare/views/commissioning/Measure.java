package org.jointcare.views.commissioning;

/** What a commissioning figure counts; categories are the names of the domain's own enums. */
public enum Measure {
    /** Referrals received in the month, by source (GP, DISTRICT_NURSE, SELF …). */
    REFERRALS_BY_SOURCE(Kind.FLOW, null),
    /** Referrals screened in the month, by outcome (ACCEPTED, SIMPLE_NEED_MET, SIGNPOSTED, DECLINED, WITHDRAWN_ON_RECORD_CLOSURE). */
    REFERRALS_BY_OUTCOME(Kind.FLOW, null),
    /** Referrals answered (accepted or closed) by their respond-by time, by urgency; total = minutes taken. */
    RESPONDED_WITHIN_TARGET(Kind.FLOW, "minutes"),
    /** Referrals answered after their respond-by time, by urgency; total = minutes taken. */
    RESPONDED_AFTER_TARGET(Kind.FLOW, "minutes"),
    /** Needs agreed in joint assessments completed in the month, by domain. */
    NEEDS_FOUND(Kind.FLOW, null),
    /** Joint assessments completed in the month, by ELIGIBLE / NOT_ELIGIBLE. */
    ASSESSMENT_ELIGIBILITY(Kind.FLOW, null),
    /** People whose assessed need in a domain is met by a service of their package in force, at the month's end. */
    NEEDS_MET(Kind.STOCK, null),
    /** People whose assessed need in a domain no service of a package in force meets, at the month's end. */
    NEEDS_UNMET(Kind.STOCK, null),
    /**
     * Weekly cost of the packages being delivered (active) at the month's end, by funding
     * stream (HEALTH, SOCIAL_CARE, JOINT), the joint spend split by its percentages
     * (JOINT_HEALTH_SHARE, JOINT_SOCIAL_CARE_SHARE), what each body pays in all
     * (HEALTH_TOTAL, SOCIAL_CARE_TOTAL) and PERSON_CONTRIBUTION; count = people, total = pence a week.
     * A package suspended while the person is in hospital is counted apart, in {@link #SUSPENDED_WEEKLY_SPEND}.
     */
    WEEKLY_SPEND(Kind.STOCK, "pence per week"),
    /**
     * Weekly cost of the packages suspended at the month's end (the person in hospital, or paused
     * for another reason): the spend committed but not being delivered, by the same categories as
     * {@link #WEEKLY_SPEND} and never also in it; count = people, total = pence a week.
     */
    SUSPENDED_WEEKLY_SPEND(Kind.STOCK, "pence per week"),
    /** People with a package in force at the month's end, by ACTIVE / SUSPENDED. */
    PACKAGES_IN_FORCE(Kind.STOCK, null),
    /** Hospital admissions in the month, by PLANNED / EMERGENCY. */
    ADMISSIONS(Kind.FLOW, null),
    /** Admissions in the month within 30 days of the person's last discharge. */
    READMISSIONS_WITHIN_30_DAYS(Kind.FLOW, null),
    /** Discharges in the month, by the discharge-to-assess pathway of the last plan (NOT_PLANNED if none). */
    DISCHARGES_BY_PATHWAY(Kind.FLOW, null),
    /** Discharges in the month against their plan: ON_OR_BEFORE_PLANNED_DATE, LATER_THAN_PLANNED, NOT_PLANNED; total = days late. */
    DISCHARGES_AGAINST_PLAN(Kind.FLOW, "days"),
    /** Discharges later than planned in the month, by delay reason; total = days late. */
    DISCHARGE_DELAYS(Kind.FLOW, "days"),
    /** Notices the practice acknowledged in the month, by ADMISSION_NOTICE / DISCHARGE_NOTICE; total = minutes waited. */
    GP_ACKNOWLEDGEMENTS(Kind.FLOW, "minutes"),
    /**
     * Discharges whose follow-up was done in the month, by FIRST_NURSING_VISIT (the first district
     * nursing visit after the discharge) / SOCIAL_CARE_FOLLOW_UP; total = minutes from the discharge
     * to it, so total / count is the average time to follow up.
     */
    DISCHARGE_FOLLOW_UPS(Kind.FLOW, "minutes"),
    /**
     * Carers' assessments carried out in the month (Care Act 2014 s.10), by ELIGIBLE / NOT_ELIGIBLE
     * against the carers' eligibility criteria: the two together are the carers assessed.
     */
    CARERS_ASSESSED(Kind.FLOW, null),
    /** Carers whose support was arranged in the month, by SERVICE_IN_PACKAGE / OWN_SUPPORT_PLAN: together, the carers supported. */
    CARERS_SUPPORTED(Kind.FLOW, null);

    public enum Kind { FLOW, STOCK }

    private final Kind kind;
    private final String totalUnit;

    Measure(Kind kind, String totalUnit) {
        this.kind = kind;
        this.totalUnit = totalUnit;
    }

    public Kind kind() {
        return kind;
    }

    /** What {@link CommissioningFigure#total()} is measured in, or null when the figure is a count only. */
    public String totalUnit() {
        return totalUnit;
    }
}
