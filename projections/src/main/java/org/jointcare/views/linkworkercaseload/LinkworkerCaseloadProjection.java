package org.jointcare.views.linkworkercaseload;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.views.ErasedRecords;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.Role;
import org.jointcare.carerecord.assessment.Discipline;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carepackage.NewCarePackage;
import org.jointcare.carerecord.carepackage.PackageTerms;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.DischargeSummary;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.FollowUpAction;
import org.jointcare.carerecord.hospital.FollowUpFor;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.views.PackageStatus;
import org.jointcare.views.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps what each person still needs a linkworker for: rows appear when work opens and leave
 * when it is done. Handlers are idempotent (keyed by record, referral, assessment, package or
 * admission id) so a replay over existing rows leaves them as they were.
 */
@Component
@ProcessingGroup(LinkworkerCaseloadViewDefinition.PROCESSING_GROUP)
public class LinkworkerCaseloadProjection {

    private final JdbcTemplate jdbc;

    public LinkworkerCaseloadProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @EventHandler
    void on(PersonRegistered event) {
        keepingTotals(event.careRecordId(), () -> {
            var person = event.person();
            int updated = jdbc.update("""
                    UPDATE caseload_person SET given_name = ?, family_name = ?, practice_code = ? WHERE care_record_id = ?""",
                    person.givenName(), person.familyName(), person.registeredPracticeCode(), event.careRecordId());
            if (updated == 0) {
                jdbc.update("""
                        INSERT INTO caseload_person (care_record_id, given_name, family_name, practice_code, closed)
                        VALUES (?, ?, ?, ?, FALSE)""",
                        event.careRecordId(), person.givenName(), person.familyName(), person.registeredPracticeCode());
            }
            copyPersonOnto(event.careRecordId(), LISTS);
        });
    }

    @EventHandler
    void on(PersonDetailsChanged event) {
        keepingTotals(event.careRecordId(), () -> {
            var person = event.person();
            jdbc.update("UPDATE caseload_person SET given_name = ?, family_name = ? WHERE care_record_id = ?",
                    person.givenName(), person.familyName(), event.careRecordId());
            copyPersonOnto(event.careRecordId(), LISTS);
        });
    }

    @EventHandler
    void on(PersonMovedPractice event) {
        keepingTotals(event.careRecordId(), () -> {
            jdbc.update("UPDATE caseload_person SET practice_code = ? WHERE care_record_id = ?",
                    event.toPracticeCode(), event.careRecordId());
            copyPersonOnto(event.careRecordId(), LISTS);
        });
    }

    // ------------------------------------------------------------------ referrals

    @EventHandler
    void on(ReferralReceived event) {
        keepingTotals(event.careRecordId(), () -> {
            jdbc.update("DELETE FROM caseload_referral WHERE referral_id = ?", event.referralId());
            jdbc.update("""
                    INSERT INTO caseload_referral (referral_id, care_record_id, source, requester_name,
                           requester_organisation_code, reason, urgency, received_at, respond_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    event.referralId(), event.careRecordId(), event.source().name(), event.requester().name(),
                    event.requester().organisationCode(), event.reason(), event.urgency().name(),
                    Timestamps.column(event.at()), Timestamps.column(event.respondBy()));
            copyPersonOnto(event.careRecordId(), "caseload_referral");
        });
    }

    /** Accepting is the answer to the referral: it leaves the open list and the person is allocated. */
    @EventHandler
    void on(ReferralAccepted event) {
        keepingTotals(event.careRecordId(), () -> {
            jdbc.update("DELETE FROM caseload_referral WHERE referral_id = ?", event.referralId());
            jdbc.update("UPDATE caseload_person SET linkworker_user_id = ? WHERE care_record_id = ?",
                    event.linkworkerUserId(), event.careRecordId());
            copyPersonOnto(event.careRecordId(), LISTS);
        });
    }

    @EventHandler
    void on(ReferralClosed event) {
        keepingTotals(event.careRecordId(), () -> {
            jdbc.update("DELETE FROM caseload_referral WHERE referral_id = ?", event.referralId());
        });
    }

    // ------------------------------------------------------------------ assessments

    @EventHandler
    void on(JointAssessmentStarted event) {
        keepingTotals(event.careRecordId(), () -> {
            jdbc.update("DELETE FROM caseload_assessment WHERE assessment_id = ?", event.assessmentId());
            jdbc.update("""
                    INSERT INTO caseload_assessment (assessment_id, care_record_id, referral_id, lead_assessor_user_id,
                           started_at, social_care_contributed, district_nursing_contributed, gp_contributed,
                           occupational_therapy_contributed, other_contributed)
                    VALUES (?, ?, ?, ?, ?, FALSE, FALSE, FALSE, FALSE, FALSE)""",
                    event.assessmentId(), event.careRecordId(), event.referralId(), event.leadAssessorUserId(),
                    Timestamps.column(event.at()));
            copyPersonOnto(event.careRecordId(), "caseload_assessment");
        });
    }

    @EventHandler
    void on(ContributionAdded event) {
        jdbc.update("UPDATE caseload_assessment SET " + contributedColumn(event.contribution().discipline())
                + " = TRUE WHERE assessment_id = ?", event.assessmentId());
    }

    private static String contributedColumn(Discipline discipline) {
        return switch (discipline) {
            case SOCIAL_CARE -> "social_care_contributed";
            case DISTRICT_NURSING -> "district_nursing_contributed";
            case GP -> "gp_contributed";
            case OCCUPATIONAL_THERAPY -> "occupational_therapy_contributed";
            case OTHER -> "other_contributed";
        };
    }

    @EventHandler
    void on(JointAssessmentCompleted event) {
        keepingTotals(event.careRecordId(), () -> {
            jdbc.update("DELETE FROM caseload_assessment WHERE assessment_id = ?", event.assessmentId());
        });
    }

    // ------------------------------------------------------------------ packages

    /** Arranged or revised: a revision drops the package it replaces, with that package's review. */
    @EventHandler
    void on(NewCarePackage event) {
        keepingTotals(event.careRecordId(), () -> {
            if (event.replacesPackageId() != null) {
                dropPackage(event.replacesPackageId());
            }
            jdbc.update("DELETE FROM caseload_package WHERE package_id = ?", event.packageId());
            jdbc.update("""
                    INSERT INTO caseload_package (package_id, care_record_id, status, start_date, service_types,
                           weekly_cost_pence, person_contribution_pence)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    event.packageId(), event.careRecordId(), PackageStatus.ACTIVE.name(), event.startDate(),
                    serviceTypes(event.terms()), event.terms().weeklyCostPence(), event.terms().personContributionPencePerWeek());
            copyPersonOnto(event.careRecordId(), "caseload_package");
        });
    }

    @EventHandler
    void on(CarePackageAmended event) {
        jdbc.update("""
                UPDATE caseload_package SET service_types = ?, weekly_cost_pence = ?, person_contribution_pence = ?
                 WHERE package_id = ?""",
                serviceTypes(event.terms()), event.terms().weeklyCostPence(),
                event.terms().personContributionPencePerWeek(), event.packageId());
    }

    @EventHandler
    void on(CarePackageSuspended event) {
        jdbc.update("""
                UPDATE caseload_package SET status = ?, suspended_reason = ?, suspended_by_admission_id = ?
                 WHERE package_id = ?""",
                PackageStatus.SUSPENDED.name(), event.reason(), event.admissionId(), event.packageId());
    }

    @EventHandler
    void on(CarePackageResumed event) {
        jdbc.update("""
                UPDATE caseload_package SET status = ?, suspended_reason = NULL, suspended_by_admission_id = NULL
                 WHERE package_id = ?""",
                PackageStatus.ACTIVE.name(), event.packageId());
    }

    @EventHandler
    void on(CarePackageEnded event) {
        keepingTotals(event.careRecordId(), () -> {
            dropPackage(event.packageId());
        });
    }

    /** An ended or replaced package is over, and so is the review that was waiting for it. */
    private void dropPackage(UUID packageId) {
        jdbc.update("DELETE FROM caseload_package WHERE package_id = ?", packageId);
        jdbc.update("DELETE FROM caseload_review WHERE package_id = ?", packageId);
    }

    private static String serviceTypes(PackageTerms terms) {
        return terms.services().stream().map(service -> service.type().name()).collect(Collectors.joining(","));
    }

    // ------------------------------------------------------------------ reviews

    /** At most one review is outstanding per record: the latest scheduled supersedes the one before. */
    @EventHandler
    void on(ReviewScheduled event) {
        jdbc.update("DELETE FROM caseload_review WHERE care_record_id = ?", event.careRecordId());
        jdbc.update("""
                INSERT INTO caseload_review (care_record_id, review_id, package_id, due_from, due_by, review_trigger)
                VALUES (?, ?, ?, ?, ?, ?)""",
                event.careRecordId(), event.reviewId(), event.packageId(), event.dueFrom(), event.dueBy(),
                event.trigger().name());
        copyPersonOnto(event.careRecordId(), "caseload_review");
    }

    @EventHandler
    void on(ReviewCompleted event) {
        jdbc.update("DELETE FROM caseload_review WHERE review_id = ?", event.reviewId());
    }

    // ------------------------------------------------------------------ hospital

    @EventHandler
    void on(PersonAdmittedToHospital event) {
        jdbc.update("DELETE FROM caseload_discharge WHERE admission_id = ?", event.admissionId());
        jdbc.update("""
                INSERT INTO caseload_discharge (admission_id, care_record_id, hospital_name, admitted_at)
                VALUES (?, ?, ?, ?)""",
                event.admissionId(), event.careRecordId(), event.admission().hospitalName(),
                Timestamps.column(event.admission().admittedAt()));
        copyPersonOnto(event.careRecordId(), "caseload_discharge");
    }

    @EventHandler
    void on(DischargePlanned event) {
        jdbc.update("UPDATE caseload_discharge SET pathway = ? WHERE admission_id = ?",
                event.plan().pathway().name(), event.admissionId());
    }

    @EventHandler
    void on(PersonDischargedFromHospital event) {
        jdbc.update("UPDATE caseload_discharge SET discharged_at = ?, destination = ? WHERE admission_id = ?",
                Timestamps.column(event.summary().dischargedAt()), event.summary().destination().name(),
                event.admissionId());
        askSocialCare(event.admissionId(), event.summary());
    }

    /** The corrected summary's requests of social care replace those of the summary it corrects. */
    @EventHandler
    void on(DischargeSummaryCorrected event) {
        askSocialCare(event.admissionId(), event.summary());
    }

    /** Done: the discharge leaves the caseload, whatever it asked and however long ago it was. */
    @EventHandler
    void on(SocialCareFollowUpRecorded event) {
        jdbc.update("UPDATE caseload_discharge SET followed_up_at = ? WHERE admission_id = ?",
                Timestamps.column(event.followedUpAt()), event.admissionId());
    }

    private void askSocialCare(UUID admissionId, DischargeSummary summary) {
        jdbc.update("DELETE FROM caseload_follow_up WHERE admission_id = ?", admissionId);
        List<String> forSocialCare = summary.followUpActions().stream()
                .filter(action -> action.forWhom() == FollowUpFor.SOCIAL_CARE)
                .map(FollowUpAction::action)
                .toList();
        for (int line = 0; line < forSocialCare.size(); line++) {
            jdbc.update("INSERT INTO caseload_follow_up (admission_id, line_no, action_text) VALUES (?, ?, ?)",
                    admissionId, line, forSocialCare.get(line));
        }
    }

    // ------------------------------------------------------------------ carers' assessments

    /** Asked for: the carer waits on the caseload, named, until the assessment is carried out. */
    @EventHandler
    void on(CarersAssessmentRequested event) {
        keepingTotals(event.careRecordId(), () -> {
            jdbc.update("DELETE FROM caseload_carers_assessment WHERE carers_assessment_id = ?", event.carersAssessmentId());
            jdbc.update("""
                    INSERT INTO caseload_carers_assessment (carers_assessment_id, care_record_id, carer_name,
                           carer_relationship, carer_contact, requested_at, requested_by)
                    VALUES (?, ?, ?, ?, ?, ?, ?)""",
                    event.carersAssessmentId(), event.careRecordId(), event.carer().name(), event.carer().relationship(),
                    event.carer().contact(), Timestamps.column(event.at()), event.by().userId());
            copyPersonOnto(event.careRecordId(), "caseload_carers_assessment");
        });
    }

    @EventHandler
    void on(CarersAssessmentCarriedOut event) {
        keepingTotals(event.careRecordId(), () -> {
            jdbc.update("DELETE FROM caseload_carers_assessment WHERE carers_assessment_id = ?", event.carersAssessmentId());
        });
    }

    // ------------------------------------------------------------------ closure

    /** What was open closes with the record; a death or a move away leaves no discharge to follow up. */
    @EventHandler
    void on(CareRecordClosed event) {
        keepingTotals(event.careRecordId(), () -> {
            var id = event.careRecordId();
            jdbc.update("DELETE FROM caseload_referral WHERE care_record_id = ?", id);
            jdbc.update("DELETE FROM caseload_assessment WHERE care_record_id = ?", id);
            jdbc.update("DELETE FROM caseload_package WHERE care_record_id = ?", id);
            jdbc.update("DELETE FROM caseload_review WHERE care_record_id = ?", id);
            jdbc.update("DELETE FROM caseload_carers_assessment WHERE care_record_id = ?", id);
            jdbc.update("""
                    DELETE FROM caseload_follow_up WHERE admission_id IN
                           (SELECT admission_id FROM caseload_discharge WHERE care_record_id = ?)""", id);
            jdbc.update("DELETE FROM caseload_discharge WHERE care_record_id = ?", id);
            jdbc.update("UPDATE caseload_person SET closed = TRUE WHERE care_record_id = ?", id);
        });
    }

    // ------------------------------------------------------------------ death

    /** The death notice, for the person's practice and linkworker as they stood, until a linkworker acknowledges it. */
    @EventHandler
    void on(PersonDied event) {
        jdbc.update("DELETE FROM caseload_death_notice WHERE care_record_id = ?", event.careRecordId());
        jdbc.update("""
                INSERT INTO caseload_death_notice (care_record_id, practice_code, linkworker_user_id, date_of_death,
                       recorded_by_user_id, recorded_by_role, recorded_by_organisation, recorded_at)
                SELECT p.care_record_id, p.practice_code, p.linkworker_user_id, ?, ?, ?, ?, ?
                  FROM caseload_person p WHERE p.care_record_id = ?""",
                event.dateOfDeath(), event.by().userId(), event.by().role().name(), event.by().organisationCode(),
                Timestamps.column(event.at()), event.careRecordId());
    }

    @EventHandler
    void on(DeathNoticeAcknowledged event) {
        if (event.by().role() == Role.LINKWORKER) {
            jdbc.update("UPDATE caseload_death_notice SET acknowledged_at = ?, acknowledged_by_user_id = ? WHERE care_record_id = ?",
                    Timestamps.column(event.at()), event.by().userId(), event.careRecordId());
        }
    }

    // ------------------------------------------------------------------ entries in error

    /** What the entry put on the caseload leaves it (with its part of the totals). */
    @EventHandler
    void on(EntryMarkedEnteredInError event) {
        keepingTotals(event.careRecordId(), () -> {
            switch (event.kind()) {
                case REFERRAL -> jdbc.update("DELETE FROM caseload_referral WHERE referral_id = ?", event.entryId());
                case ASSESSMENT_CONTRIBUTION -> jdbc.update("UPDATE caseload_assessment SET " + contributedColumn(event.discipline())
                        + " = FALSE WHERE assessment_id = ?", event.entryId());
                case HOSPITAL_ADMISSION -> {
                    jdbc.update("DELETE FROM caseload_follow_up WHERE admission_id = ?", event.entryId());
                    jdbc.update("DELETE FROM caseload_discharge WHERE admission_id = ?", event.entryId());
                }
                case NURSING_VISIT -> {
                    // a nurse's visit is not on the caseload
                }
            }
        });
    }

    @EventHandler
    void on(CareRecordReopened event) {
        jdbc.update("UPDATE caseload_person SET closed = FALSE WHERE care_record_id = ?", event.careRecordId());
    }

    /**
     * The lists whose totals are kept (caseload_list_total), each with the column naming a
     * further linkworker of a row (or '' for none). The other two lists hold only what falls due
     * by a date, so their totals depend on the day they are read and are counted then.
     */
    static final Map<String, String> KEPT_TOTALS = new LinkedHashMap<>();

    static {
        KEPT_TOTALS.put("caseload_referral", "''");
        KEPT_TOTALS.put("caseload_assessment", "lead_assessor_user_id");
        KEPT_TOTALS.put("caseload_package", "''");
        KEPT_TOTALS.put("caseload_carers_assessment", "''");
    }

    /**
     * Runs a change to a person's rows and moves their part of the kept totals with it: the
     * person's rows are taken out of the totals before and counted back in after, grouped by the
     * practice, linkworker and lead they carry, so whatever the change did (a row added or
     * dropped, the person re-registered or allocated) and however often an event is delivered,
     * the totals are those of the rows.
     */
    private void keepingTotals(UUID careRecordId, Runnable change) {
        addToTotals(careRecordId, -1);
        change.run();
        addToTotals(careRecordId, 1);
    }

    private void addToTotals(UUID careRecordId, int sign) {
        KEPT_TOTALS.forEach((list, lead) -> jdbc.query("SELECT COALESCE(practice_code, '') AS practice, "
                        + "COALESCE(linkworker_user_id, '') AS linkworker, " + lead + " AS lead, COUNT(*) AS items FROM " + list
                        + " WHERE care_record_id = ? GROUP BY practice_code, linkworker_user_id"
                        + (lead.equals("''") ? "" : ", " + lead),
                rs -> {
                    addToTotal(list, rs.getString("practice"), rs.getString("linkworker"), rs.getString("lead"),
                            sign * rs.getLong("items"));
                }, careRecordId));
    }

    private void addToTotal(String list, String practice, String linkworker, String lead, long items) {
        Object[] key = {list, practice, linkworker, lead};
        String where = " WHERE list_name = ? AND practice_code = ? AND linkworker_user_id = ? AND lead_assessor_user_id = ?";
        Object[] args = new Object[key.length + 1];
        args[0] = items;
        System.arraycopy(key, 0, args, 1, key.length);
        if (jdbc.update("UPDATE caseload_list_total SET items = items + ?" + where, args) == 0) {
            if (items < 0) {
                throw new IllegalStateException("No total to take " + -items + " from: " + Arrays.toString(key));
            }
            jdbc.update("INSERT INTO caseload_list_total (list_name, practice_code, linkworker_user_id, lead_assessor_user_id, "
                    + "items) VALUES (?, ?, ?, ?, ?)", list, practice, linkworker, lead, items);
        } else {
            jdbc.update("DELETE FROM caseload_list_total" + where + " AND items = 0", key);
        }
    }

    /** The lists whose rows carry their person's practice and linkworker, so a scope reads them off an index. */
    private static final String[] LISTS = {"caseload_referral", "caseload_assessment", "caseload_package",
            "caseload_review", "caseload_discharge", "caseload_carers_assessment"};

    /**
     * Copies the person's practice and linkworker (and, for packages, which are listed by name,
     * the name) onto the person's rows in the given lists: after a row is added and whenever the
     * person's registration or allocation changes. All rows of one person are handled by one
     * segment, in event order, so the copies are always those of the person's latest event.
     */
    private void copyPersonOnto(UUID careRecordId, String... lists) {
        for (String list : lists) {
            boolean names = list.equals("caseload_package");
            jdbc.update("UPDATE " + list + " t SET (practice_code, linkworker_user_id" + (names ? ", family_name, given_name" : "")
                    + ") = (SELECT p.practice_code, p.linkworker_user_id" + (names ? ", p.family_name, p.given_name" : "")
                    + " FROM caseload_person p WHERE p.care_record_id = t.care_record_id) WHERE t.care_record_id = ?",
                    careRecordId);
        }
    }

    @ResetHandler
    void reset() {
        for (String table : LinkworkerCaseloadViewDefinition.TABLES) {
            jdbc.update("DELETE FROM " + table);
        }
    }

    /** The record was erased: the view forgets the person (ErasedRecords). */
    @EventHandler
    void on(RecordErased event) {
        ErasedRecords.forgetAdmissions(jdbc, event.careRecordId(), "caseload_discharge", "caseload_follow_up");
        ErasedRecords.forget(jdbc, event.careRecordId(), "caseload_referral", "caseload_assessment", "caseload_package",
                "caseload_review", "caseload_discharge", "caseload_carers_assessment", "caseload_death_notice",
                "caseload_person");
    }
}
