package org.jointcare.views.ownrecord;

import static org.jointcare.views.ownrecord.PlainWords.date;
import static org.jointcare.views.ownrecord.PlainWords.words;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.Optional;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jointcare.carerecord.CareCalendar;
import org.jointcare.views.ErasedRecords;
import org.jointcare.carerecord.erasure.RecordErased;
import org.jointcare.carerecord.death.DeathNoticeAcknowledged;
import org.jointcare.carerecord.death.PersonDied;
import org.jointcare.carerecord.enteredinerror.EntryKind;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.access.EmergencyAccessGranted;
import org.jointcare.carerecord.assessment.ChcChecklistResult;
import org.jointcare.carerecord.assessment.ContributionAdded;
import org.jointcare.carerecord.assessment.JointAssessmentCompleted;
import org.jointcare.carerecord.assessment.JointAssessmentStarted;
import org.jointcare.carerecord.carepackage.CarePackageAmended;
import org.jointcare.carerecord.carepackage.CarePackageArranged;
import org.jointcare.carerecord.carepackage.CarePackageEnded;
import org.jointcare.carerecord.carepackage.CarePackageResumed;
import org.jointcare.carerecord.carepackage.CarePackageRevised;
import org.jointcare.carerecord.carepackage.CarePackageSuspended;
import org.jointcare.carerecord.carers.CarerSupportArranged;
import org.jointcare.carerecord.carers.CarerSupportKind;
import org.jointcare.carerecord.carers.CarersAssessmentCarriedOut;
import org.jointcare.carerecord.carers.CarersAssessmentRequested;
import org.jointcare.carerecord.closure.CareRecordClosed;
import org.jointcare.carerecord.closure.CareRecordReopened;
import org.jointcare.carerecord.consent.ConsentRecorded;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.AdmissionType;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.followup.NursingVisitRecorded;
import org.jointcare.carerecord.followup.SocialCareFollowUpRecorded;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargePlanned;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.carerecord.hospital.PersonDischargedFromHospital;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.carerecord.referral.ReferralClosed;
import org.jointcare.carerecord.referral.ReferralReceived;
import org.jointcare.carerecord.registration.Characteristics;
import org.jointcare.carerecord.registration.NursingTeamAssigned;
import org.jointcare.carerecord.registration.PersonDetails;
import org.jointcare.carerecord.registration.PersonRegistered;
import org.jointcare.carerecord.registration.PersonDetailsChanged;
import org.jointcare.carerecord.registration.PersonMovedPractice;
import org.jointcare.carerecord.review.ReviewCompleted;
import org.jointcare.carerecord.review.ReviewScheduled;
import org.jointcare.views.CareRecordState;
import org.jointcare.views.EventTable;
import org.jointcare.views.KeptCareRecordStates;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The person's own record ("client-held record"): each event becomes a sentence addressed to the
 * person, worded with what came before it (which referral was accepted, which package paused),
 * and what stands now is re-worded from the whole record after every event. The record as it
 * stands is kept per person in {@code own_record_state}, so each event reads one row.
 */
@Component
@ProcessingGroup(OwnRecordViewDefinition.PROCESSING_GROUP)
public class OwnRecordProjection {

    /** The one line each event adds to what has happened, as {heading, text}, worded with the record as it stood before. */
    private static final EventTable<CareRecordState, Optional<String[]>> ENTRIES = EventTable.<CareRecordState, Optional<String[]>>named(
            "the own record's wording", Optional.empty())
            .on(PersonRegistered.class, OwnRecordProjection::entry)
            .on(PersonDetailsChanged.class, OwnRecordProjection::entry)
            .on(PersonMovedPractice.class, OwnRecordProjection::entry)
            .on(NursingTeamAssigned.class, OwnRecordProjection::entry)
            .on(ConsentRecorded.class, OwnRecordProjection::entry)
            .on(ReferralReceived.class, OwnRecordProjection::entry)
            .on(ReferralAccepted.class, OwnRecordProjection::entry)
            .on(ReferralClosed.class, OwnRecordProjection::entry)
            .on(JointAssessmentStarted.class, OwnRecordProjection::entry)
            .on(ContributionAdded.class, OwnRecordProjection::entry)
            .on(JointAssessmentCompleted.class, OwnRecordProjection::entry)
            .on(CarePackageArranged.class, OwnRecordProjection::entry)
            .on(CarePackageRevised.class, OwnRecordProjection::entry)
            .on(CarePackageAmended.class, OwnRecordProjection::entry)
            .on(CarePackageSuspended.class, OwnRecordProjection::entry)
            .on(CarePackageResumed.class, OwnRecordProjection::entry)
            .on(CarePackageEnded.class, OwnRecordProjection::entry)
            .on(PersonAdmittedToHospital.class, OwnRecordProjection::entry)
            .on(AdmissionNoticeAcknowledged.class, OwnRecordProjection::entry)
            .on(DischargePlanned.class, OwnRecordProjection::entry)
            .on(PersonDischargedFromHospital.class, OwnRecordProjection::entry)
            .on(DischargeNoticeRaised.class, OwnRecordProjection::entry)
            .on(DischargeNoticeAcknowledged.class, OwnRecordProjection::entry)
            .on(DischargeSummaryCorrected.class, OwnRecordProjection::entry)
            .on(NursingVisitRecorded.class, OwnRecordProjection::entry)
            .on(SocialCareFollowUpRecorded.class, OwnRecordProjection::entry)
            .on(CarersAssessmentRequested.class, OwnRecordProjection::entry)
            .on(CarersAssessmentCarriedOut.class, OwnRecordProjection::entry)
            .on(CarerSupportArranged.class, OwnRecordProjection::entry)
            .on(ReviewScheduled.class, OwnRecordProjection::entry)
            .on(ReviewCompleted.class, OwnRecordProjection::entry)
            .on(EmergencyAccessGranted.class, OwnRecordProjection::entry)
            .on(CareRecordClosed.class, OwnRecordProjection::entry)
            .on(CareRecordReopened.class, OwnRecordProjection::entry)
            .on(PersonDied.class, OwnRecordProjection::entry)
            .ignore(DeathNoticeAcknowledged.class, "which professionals have been told of the death is their lists' business")
            .ignore(EntryMarkedEnteredInError.class, "the entry was about someone else: its lines go from the record"
                    + " and nothing is said about it here, not even that it was made")
            .ignore(RecordErased.class, "an erased record has no entries: the view forgets the person (docs/operations.md, Erasure)")
            .build();

    private final JdbcTemplate jdbc;
    private static final String PAUSED = "Your care package was paused";
    private static final String PAUSED_IN_HOSPITAL = PAUSED + " while you are in hospital.";
    private static final String STARTED_AGAIN = "Your care package started again.";

    private final KeptCareRecordStates records;

    public OwnRecordProjection(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
        this.records = new KeptCareRecordStates(jdbc, "own_record_state");
    }

    @EventHandler
    public void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
        records.fold(event, sequenceNumber).ifPresent(step -> write(event, sequenceNumber, step.before(), step.after()));
    }

    private void write(CareRecordEvent event, long sequenceNumber, CareRecordState before, CareRecordState after) {
        if (event instanceof EntryMarkedEnteredInError e) {
            jdbc.update("DELETE FROM own_record_entry WHERE care_record_id = ? AND sequence_number = ?",
                    e.careRecordId().toString(), e.sequenceNumber());
            if (e.kind() == EntryKind.HOSPITAL_ADMISSION) {
                // the pause that stay caused goes with it: only an open admission can be marked, so it is the last
                // stay and every pause for a hospital stay since it is its own
                jdbc.update("DELETE FROM own_record_entry WHERE care_record_id = ? AND sequence_number > ? AND text = ?",
                        e.careRecordId().toString(), e.sequenceNumber(), PAUSED_IN_HOSPITAL);
            }
        }
        // a package that starts again after a pause she was never told of (a stay entered in error) is news to no one
        List<Line> lines = event instanceof CarePackageResumed && !aPauseStands(event.careRecordId())
                ? List.of() : lines(event, before);
        for (int lineNo = 0; lineNo < lines.size(); lineNo++) {
            Line line = lines.get(lineNo);
            jdbc.update("INSERT INTO own_record_entry (care_record_id, sequence_number, line_no, happened_on, heading, text,"
                            + " clinical) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    event.careRecordId().toString(), sequenceNumber, lineNo, CareCalendar.dateOf(event.at()),
                    line.heading(), line.text(), line.clinical());
        }
        if (after.registered()) {
            standing(after);
        }
    }

    @ResetHandler
    public void reset() {
        jdbc.update("DELETE FROM own_record_entry");
        jdbc.update("DELETE FROM own_record");
        records.forgetAll();
    }

    private void standing(CareRecordState state) {
        PersonDetails person = state.person();
        String name = person.givenName() + " " + person.familyName();
        String aboutYou = "We have you down as " + name + ", born on " + date(person.dateOfBirth())
                + ", living in " + person.locality()
                + (person.preferredLanguage() == null ? "" : ". Your preferred language is " + person.preferredLanguage())
                + (person.interpreterNeeded() ? ", and you would like an interpreter" : "")
                + (person.communicationNeeds() == null || person.communicationNeeds().isBlank() ? ""
                : ". To communicate with you we should remember: " + person.communicationNeeds())
                + (person.carers().isEmpty() ? "" : ". Your carer" + (person.carers().size() > 1 ? "s are " : " is ")
                + person.carers().stream().map(c -> c.name() + (c.relationship() == null ? "" : " (your " + c.relationship() + ")"))
                .collect(Collectors.joining(" and ")))
                + recordedCharacteristics(person.characteristics())
                + (state.nhsNumber() == null ? ". We do not hold an NHS number for you." : ". Your NHS number is " + spaced(state.nhsNumber()) + ".");
        String consent = state.consent() == null ? null : PlainWords.consent(state.consent().decision(), state.consent().limits());
        String carePackage = state.packageInForce().map(p -> "Your care package, since " + date(p.startDate()) + ": "
                + PlainWords.services(p.terms()) + "."
                + (p.state() == CareRecordState.PackageState.SUSPENDED ? " It is paused at the moment." : "")).orElse(null);
        String hospital = state.openAdmission().map(stay -> "You are in " + stay.admission().hospitalName()
                + " (" + stay.admission().ward() + ") since " + date(stay.admission().admittedAt())
                + (stay.plan() == null ? "." : ". The hospital plans for you to leave on " + date(stay.plan().expectedDate()) + ".")).orElse(null);
        LocalDate dueFrom = state.outstandingReview().map(CareRecordState.Review::dueFrom).orElse(null);
        LocalDate dueBy = state.outstandingReview().map(CareRecordState.Review::dueBy).orElse(null);
        String closed = state.closed() ? PlainWords.closed(state.closureReason()) : null;
        Object[] values = {name, aboutYou, consent, carePackage, hospital, dueFrom, dueBy, closed, state.careRecordId().toString()};
        int updated = jdbc.update("UPDATE own_record SET name = ?, about_you = ?, consent_text = ?, package_text = ?,"
                + " hospital_text = ?, review_due_from = ?, review_due_by = ?, closed_text = ? WHERE care_record_id = ?", values);
        if (updated == 0) {
            jdbc.update("INSERT INTO own_record (name, about_you, consent_text, package_text, hospital_text, review_due_from,"
                    + " review_due_by, closed_text, care_record_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", values);
        }
    }

    private static String spaced(String nhsNumber) {
        return nhsNumber.substring(0, 3) + " " + nhsNumber.substring(3, 6) + " " + nhsNumber.substring(6);
    }

    /** A line of what has happened; a clinical one tells clinical content and nothing else. */
    private record Line(String heading, String text, boolean clinical) {
    }

    /** The lines this event adds to what has happened; none when it means nothing to the person. */
    private static List<Line> lines(CareRecordEvent event, CareRecordState before) {
        List<Line> lines = new ArrayList<>();
        ENTRIES.apply(event, before).ifPresent(headingAndText -> lines.add(new Line(headingAndText[0], headingAndText[1], false)));
        if (event instanceof PersonDischargedFromHospital e && !e.summary().medicationChanges().isEmpty()) {
            lines.add(new Line("Your medicines", "When you left hospital on " + date(e.summary().dischargedAt()) + ": "
                    + e.summary().medicationChanges().stream().map(PlainWords::medicine).collect(Collectors.joining("; ")) + ".",
                    true));
        }
        if (event instanceof DischargeSummaryCorrected e) {
            lines.add(new Line("Hospital", "What the hospital corrected in its letter: " + e.reason(), true));
        }
        if (event instanceof DischargeSummaryCorrected e && !e.summary().medicationChanges().isEmpty()) {
            lines.add(new Line("Your medicines", "As the hospital corrected it: when you left hospital on "
                    + date(e.summary().dischargedAt()) + ": "
                    + e.summary().medicationChanges().stream().map(PlainWords::medicine).collect(Collectors.joining("; ")) + ".",
                    true));
        }
        if (event instanceof NursingVisitRecorded e) {
            lines.add(new Line("Your nursing care", "What the nurse noted on " + date(e.visitedAt()) + ": " + e.notes(), true));
        }
        return lines;
    }

    private static Optional<String[]> entry(PersonRegistered e, CareRecordState before) {
        return line("Your record", "We started your care record, shared by your GP practice, your district nurses"
                + " and social services in " + e.person().locality() + ".");
    }

    /** What is recorded of the characteristics the national returns count; nothing when none is. */
    private static String recordedCharacteristics(Characteristics recorded) {
        List<String> said = new ArrayList<>();
        if (recorded.gender() != null) {
            said.add("your gender as " + words(recorded.gender()));
        }
        if (recorded.ethnicity() != null) {
            said.add("your ethnic group as " + recorded.ethnicity().words());
        }
        if (recorded.primarySupportReason() != null) {
            said.add("the main reason you need support as " + words(recorded.primarySupportReason()));
        }
        if (recorded.accommodationStatus() != null) {
            said.add("your accommodation as " + words(recorded.accommodationStatus()));
        }
        if (recorded.employmentStatus() != null) {
            said.add("your employment as " + words(recorded.employmentStatus()));
        }
        return said.isEmpty() ? "" : ". For the national social care figures we have recorded " + String.join(", ", said);
    }

    private static Optional<String[]> entry(PersonDetailsChanged e, CareRecordState before) {
        return line("Your record", "Your details were updated: " + e.reason() + ".");
    }

    private static Optional<String[]> entry(PersonMovedPractice e, CareRecordState before) {
        return line("Your record", "You moved to another GP practice. Your new practice shares your record from now on;"
                + " your old practice no longer sees it.");
    }

    private static Optional<String[]> entry(NursingTeamAssigned e, CareRecordState before) {
        return line("Your record", "A district nursing team was named to look after you.");
    }

    private static Optional<String[]> entry(ConsentRecorded e, CareRecordState before) {
        return line("Sharing your record", PlainWords.consent(e.decision(), e.limits()));
    }

    private static Optional<String[]> entry(ReferralReceived e, CareRecordState before) {
        return line("Referral", "You were referred by " + PlainWords.referredBy(e.source()) + " on " + date(e.at())
                + " because: " + e.reason() + ". It was marked " + PlainWords.urgency(e.urgency()) + ".");
    }

    private static Optional<String[]> entry(ReferralAccepted e, CareRecordState before) {
        return line("Referral", "Your referral" + receivedOn(before, e.referralId())
                + " was accepted, and a linkworker will work with you.");
    }

    private static Optional<String[]> entry(ReferralClosed e, CareRecordState before) {
        return line("Referral", "Your referral" + receivedOn(before, e.referralId()) + " was closed: "
                + PlainWords.referralClosed(e.closure(), e.reason()) + ".");
    }

    private static Optional<String[]> entry(JointAssessmentStarted e, CareRecordState before) {
        return line("Assessment", "We began a joint assessment of your needs, so that health and social care"
                + " professionals assess you once, together.");
    }

    private static Optional<String[]> entry(ContributionAdded e, CareRecordState before) {
        return line("Assessment", PlainWords.who(e.contribution().discipline()) + " added their part to your assessment"
                + (e.contribution().needs().isEmpty() ? "." : ", noting that you need help with "
                + PlainWords.needs(e.contribution().needs().stream().map(n -> n.domain()).distinct().toList()) + "."));
    }

    private static Optional<String[]> entry(JointAssessmentCompleted e, CareRecordState before) {
        String needs = e.conclusion().agreedNeeds().stream()
                .map(n -> PlainWords.need(n.domain()) + " (" + PlainWords.level(n.level()) + ")")
                .collect(Collectors.joining(", "));
        return line("Assessment", "Your assessment was finished."
                + (needs.isEmpty() ? " We did not find needs we must meet." : " We agreed that you need help with " + needs + ".")
                + " You told us: \"" + e.conclusion().personViewsAndWishes() + "\"."
                + (e.conclusion().carerNeeds() == null || e.conclusion().carerNeeds().isBlank() ? ""
                : " For your carer we noted: " + e.conclusion().carerNeeds() + ".")
                + (e.eligibility().eligible() ? " You are eligible for care and support."
                : " You are not eligible for care and support from the council. We can tell you why and what else may help.")
                + (e.conclusion().chcChecklist() == ChcChecklistResult.POSITIVE
                ? " We will also check whether the NHS should pay for all your care (NHS Continuing Healthcare)." : ""));
    }

    private static Optional<String[]> entry(CarePackageArranged e, CareRecordState before) {
        return line("Your care", (e.replacesPackageId() == null ? "Your care package" : "A new care package, replacing the one before,")
                + " starts on " + date(e.startDate()) + ": " + PlainWords.services(e.terms()) + ".");
    }

    private static Optional<String[]> entry(CarePackageRevised e, CareRecordState before) {
        return line("Your care", "Your care package was replaced by a new one because " + e.reason()
                + ". The new one starts on " + date(e.startDate()) + ": " + PlainWords.services(e.terms()) + ".");
    }

    private static Optional<String[]> entry(CarePackageAmended e, CareRecordState before) {
        return line("Your care", "Your care package changed from " + date(e.effectiveFrom()) + " because " + e.reason()
                + ". It is now: " + PlainWords.services(e.terms()) + ".");
    }

    private static Optional<String[]> entry(CarePackageSuspended e, CareRecordState before) {
        return line("Your care", e.admissionId() != null ? PAUSED_IN_HOSPITAL : PAUSED + ": " + e.reason() + ".");
    }

    private static Optional<String[]> entry(CarePackageResumed e, CareRecordState before) {
        return line("Your care", STARTED_AGAIN);
    }

    /** Whether her record tells of a pause of her package after it last told her it started again. */
    private boolean aPauseStands(UUID careRecordId) {
        Long pause = jdbc.queryForObject("SELECT MAX(sequence_number) FROM own_record_entry WHERE care_record_id = ? AND text LIKE ?",
                Long.class, careRecordId.toString(), PAUSED + "%");
        Long startedAgain = jdbc.queryForObject("SELECT MAX(sequence_number) FROM own_record_entry WHERE care_record_id = ? AND text = ?",
                Long.class, careRecordId.toString(), STARTED_AGAIN);
        return pause != null && (startedAgain == null || pause > startedAgain);
    }

    private static Optional<String[]> entry(CarePackageEnded e, CareRecordState before) {
        boolean replaced = before.carePackage(e.packageId()).map(p -> p.state() == CareRecordState.PackageState.REPLACED).orElse(false);
        return replaced ? Optional.empty() : line("Your care", "Your care package ended: " + e.reason() + ".");
    }

    private static Optional<String[]> entry(PersonAdmittedToHospital e, CareRecordState before) {
        return line("Hospital", "You went into " + e.admission().hospitalName() + " (" + e.admission().ward() + ") on "
                + date(e.admission().admittedAt()) + (e.admission().type() == AdmissionType.EMERGENCY ? " as an emergency" : " as planned")
                + ". We let your GP practice, your linkworker and your district nurses know.");
    }

    private static Optional<String[]> entry(AdmissionNoticeAcknowledged e, CareRecordState before) {
        return line("Hospital", "Your GP practice read the notice that you were in hospital.");
    }

    private static Optional<String[]> entry(DischargePlanned e, CareRecordState before) {
        return line("Hospital", "The hospital planned for you to leave on " + date(e.plan().expectedDate())
                + (e.plan().toBeInPlaceFirst().isEmpty() ? "." : ", once this is ready: "
                + String.join("; ", e.plan().toBeInPlaceFirst()) + "."));
    }

    private static Optional<String[]> entry(PersonDischargedFromHospital e, CareRecordState before) {
        StringBuilder text = new StringBuilder("You left hospital on " + date(e.summary().dischargedAt()) + " and "
                + PlainWords.destination(e.summary().destination()) + ".");
        if (e.daysLaterThanPlanned() > 0) {
            text.append(" This was ").append(e.daysLaterThanPlanned()).append(e.daysLaterThanPlanned() == 1 ? " day" : " days")
                    .append(" later than planned, because ")
                    .append(e.summary().delayReason() == null ? "of a delay" : PlainWords.delay(e.summary().delayReason())).append(".");
        }
        e.summary().followUpActions().forEach(action -> text.append(" ").append(PlainWords.followUpBy(action.forWhom()))
                .append(" will: ").append(action.action()).append("."));
        if (e.summary().informationGiven() != null && !e.summary().informationGiven().isBlank()) {
            text.append(" You were given: ").append(e.summary().informationGiven()).append(".");
        }
        return line("Hospital", text.toString());
    }

    private static Optional<String[]> entry(DischargeNoticeRaised e, CareRecordState before) {
        return line("Hospital", "The hospital sent a letter about your stay to your GP practice.");
    }

    private static Optional<String[]> entry(DischargeNoticeAcknowledged e, CareRecordState before) {
        return line("Hospital", "Your GP practice received the hospital's letter about your stay.");
    }

    private static Optional<String[]> entry(DischargeSummaryCorrected e, CareRecordState before) {
        StringBuilder text = new StringBuilder("The hospital corrected its letter about your stay"
                + " and sent the corrected letter to your GP practice.");
        e.summary().followUpActions().forEach(action -> text.append(" ").append(PlainWords.followUpBy(action.forWhom()))
                .append(" will: ").append(action.action()).append("."));
        return line("Hospital", text.toString());
    }

    private static Optional<String[]> entry(NursingVisitRecorded e, CareRecordState before) {
        return line("Your nursing care", "A district nurse visited you on " + date(e.visitedAt())
                + (e.admissionId() == null ? "." : " after you came home from hospital."));
    }

    private static Optional<String[]> entry(SocialCareFollowUpRecorded e, CareRecordState before) {
        return line("Hospital", "Your linkworker checked how you were managing after hospital on " + date(e.followedUpAt())
                + ": " + e.outcome());
    }

    /**
     * A carer's assessment is the carer's own: the person reads that it was asked for, done and
     * followed by support, not what the carer told us about their health or how they are coping.
     */
    private static Optional<String[]> entry(CarersAssessmentRequested e, CareRecordState before) {
        return line("Your carer", e.carer().name() + " (" + e.carer().relationship() + "), who looks after you, is to have"
                + " a carer's assessment: a conversation about their own needs as your carer.");
    }

    private static Optional<String[]> entry(CarersAssessmentCarriedOut e, CareRecordState before) {
        return line("Your carer", carerName(e.carersAssessmentId(), before) + " had a carer's assessment on "
                + date(e.carriedOutOn()) + ". What your carer told us is theirs to share.");
    }

    private static Optional<String[]> entry(CarerSupportArranged e, CareRecordState before) {
        String how = e.kind() == CarerSupportKind.SERVICE_IN_PACKAGE
                ? " through your own care package (" + PlainWords.service(e.service()) + ")."
                : " with a support plan of their own.";
        return line("Your carer", "From " + date(e.startDate()) + " " + carerName(e.carersAssessmentId(), before)
                + " is supported as your carer" + how);
    }

    private static String carerName(java.util.UUID carersAssessmentId, CareRecordState before) {
        return before.carersAssessment(carersAssessmentId).map(a -> a.carer().name()).orElse("Your carer");
    }

    private static Optional<String[]> entry(ReviewScheduled e, CareRecordState before) {
        return line("Review", "Your care will be reviewed with you between " + date(e.dueFrom()) + " and " + date(e.dueBy()) + ".");
    }

    private static Optional<String[]> entry(ReviewCompleted e, CareRecordState before) {
        return line("Review", "Your care was reviewed with you on " + date(e.conductedOn()) + ". "
                + (e.findings().needsMet() ? "Your needs were being met." : "Your needs were not all being met.")
                + " You told us: \"" + e.findings().personViews() + "\"."
                + (e.findings().carerViews() == null || e.findings().carerViews().isBlank() ? ""
                : " Your carer told us: \"" + e.findings().carerViews() + "\".")
                + " " + PlainWords.reviewOutcome(e.findings().outcome()));
    }

    private static Optional<String[]> entry(EmergencyAccessGranted e, CareRecordState before) {
        return line("Who has looked", "Someone looked at your record in an emergency, until " + date(e.expiresAt())
                + ", because: " + e.reason() + ". Every emergency look is checked by the privacy lead.");
    }

    private static Optional<String[]> entry(CareRecordClosed e, CareRecordState before) {
        return line("Your record", PlainWords.closed(e.reason()));
    }

    private static Optional<String[]> entry(PersonDied e, CareRecordState before) {
        return line("Your record", "The death on " + date(e.dateOfDeath()) + " has been recorded, and the professionals"
                + " who worked with you have been told.");
    }

    private static Optional<String[]> entry(CareRecordReopened e, CareRecordState before) {
        return line("Your record", "Your record was opened again because of a new referral.");
    }

    private static String receivedOn(CareRecordState before, java.util.UUID referralId) {
        return before.referral(referralId).map(r -> " of " + date(r.receivedAt()) + " from " + PlainWords.referredBy(r.source()))
                .orElse("");
    }

    private static Optional<String[]> line(String heading, String text) {
        return Optional.of(new String[] {heading, text});
    }


    /** The record was erased: the view forgets the person (ErasedRecords). */
    @EventHandler
    void on(RecordErased event) {
        ErasedRecords.forgetByText(jdbc, event.careRecordId(), "own_record_entry", "own_record", "own_record_state");
        records.forget(event.careRecordId());
    }
}
