package org.jointcare.api.delivery;

import java.time.Clock;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.jointcare.carerecord.hospital.AdmissionNoticeAcknowledged;
import org.jointcare.carerecord.hospital.DischargeNoticeAcknowledged;
import org.jointcare.carerecord.enteredinerror.EntryKind;
import org.jointcare.carerecord.enteredinerror.EntryMarkedEnteredInError;
import org.jointcare.carerecord.hospital.DischargeNoticeRaised;
import org.jointcare.carerecord.hospital.DischargeSummaryCorrected;
import org.jointcare.carerecord.hospital.PersonAdmittedToHospital;
import org.jointcare.interop.fhir.NoticeMessages.Notice;
import org.springframework.stereotype.Component;

/**
 * Queues each admission and discharge notice, and each amended discharge notice, for delivery to its
 * practice's system (and withdraws those not yet sent of an admission marked entered in error), in the
 * transaction of the command that raised it: the event and its outbox row commit together or not
 * at all. It runs in a subscribing processor of its own ({@link DeliveryConfiguration}), never in
 * a streaming one, so nothing here reads the event store from a token: a view rebuild, a reset or
 * another node's processors never reach it, and {@code @DisallowReplay} keeps it out of a replay
 * that hands historic events to subscribing handlers.
 * <p>
 * A notice is queued only if the practice has a delivery endpoint when it is raised. A notice already
 * sent stays sent when its admission is marked entered in error: no message withdraws it yet.
 */
@Component
@DisallowReplay
@ProcessingGroup(DeliveryConfiguration.PROCESSING_GROUP)
public class NoticeOutboxWriter {

    private final DeliveryOutbox outbox;
    private final PracticeDeliveryEndpoints endpoints;
    private final EventStore eventStore;
    private final Clock clock;

    public NoticeOutboxWriter(DeliveryOutbox outbox, PracticeDeliveryEndpoints endpoints, EventStore eventStore, Clock clock) {
        this.outbox = outbox;
        this.endpoints = endpoints;
        this.eventStore = eventStore;
        this.clock = clock;
    }

    @EventHandler
    void on(PersonAdmittedToHospital event) {
        if (endpoints.of(event.notifiedPracticeCode()).isPresent()) {
            outbox.queue(Notice.ADMISSION, event.admissionId(), event.careRecordId(), event.notifiedPracticeCode(),
                    event.admission().hospitalCode(), event.at(), clock.instant());
        }
    }

    @EventHandler
    void on(DischargeNoticeRaised event) {
        if (endpoints.of(event.practiceCode()).isPresent()) {
            outbox.queue(Notice.DISCHARGE, event.admissionId(), event.careRecordId(), event.practiceCode(),
                    hospitalOf(event.careRecordId(), event.admissionId()), event.at(), clock.instant());
        }
    }

    /** The amended notice goes to the practice the correction names (the registered one now), as a message of its own. */
    @EventHandler
    void on(DischargeSummaryCorrected event) {
        if (endpoints.of(event.practiceCode()).isPresent()) {
            outbox.queue(Notice.DISCHARGE_AMENDED, event.admissionId(), event.careRecordId(), event.practiceCode(),
                    hospitalOf(event.careRecordId(), event.admissionId()), event.at(), clock.instant());
        }
    }

    @EventHandler
    void on(EntryMarkedEnteredInError event) {
        if (event.kind() == EntryKind.HOSPITAL_ADMISSION) {
            outbox.withdrawn(event.entryId(), clock.instant());
        }
    }

    @EventHandler
    void on(AdmissionNoticeAcknowledged event) {
        outbox.acknowledged(Notice.ADMISSION, event.admissionId(), event.at());
    }

    @EventHandler
    void on(DischargeNoticeAcknowledged event) {
        outbox.acknowledged(Notice.DISCHARGE, event.admissionId(), event.at());
    }

    /**
     * The trust the person was admitted to, whose discharge team follows the notice. Read from the
     * event store itself: inside the command the stream also holds the events not yet committed,
     * which a cached reader must not keep.
     */
    private String hospitalOf(UUID careRecordId, UUID admissionId) {
        DomainEventStream stream = eventStore.readEvents(careRecordId.toString(), 0); // from the first event: a snapshot would hide it
        while (stream.hasNext()) {
            if (stream.next().getPayload() instanceof PersonAdmittedToHospital admitted && admitted.admissionId().equals(admissionId)) {
                return admitted.admission().hospitalCode();
            }
        }
        return null;
    }
}
