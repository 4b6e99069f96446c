package org.jointcare.interop.fhir;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.MessageHeader;
import org.jointcare.interop.fhir.NoticeMessages.Notice;
import org.junit.jupiter.api.Test;

/**
 * The messages that carry a notice to a practice's system: valid R4 messages (and the UK Core
 * documents inside them valid as they claim), with the notice's one message id, built the same
 * every time so that a resend is recognisably the same message.
 */
class NoticeMessagesConformTest {

    private static final String PRACTICE_ENDPOINT = "https://gp-system.example/fhir/R4/$process-message";
    private static final String SOURCE = "https://jointcare.example/fhir/R4";

    private final TransferOfCare export = new TransferOfCare(DischargeJourney.NAMES);

    @Test
    void the_discharge_notice_message_conforms_and_carries_the_discharge_summary() {
        Bundle message = dischargeMessage();
        ExportedDocumentsConformTest.assertConforms(message);

        MessageHeader header = (MessageHeader) message.getEntryFirstRep().getResource();
        Bundle document = (Bundle) message.getEntry().get(1).getResource();
        assertThat(message.getType()).isEqualTo(Bundle.BundleType.MESSAGE);
        assertThat(header.getIdElement().getIdPart())
                .isEqualTo(NoticeMessages.messageId(Notice.DISCHARGE, DischargeJourney.ADMISSION).toString());
        assertThat(header.getEventCoding().getCode()).isEqualTo("discharge-notice");
        assertThat(header.getDestinationFirstRep().getEndpoint()).isEqualTo(PRACTICE_ENDPOINT);
        assertThat(header.getDestinationFirstRep().getReceiver().getIdentifier().getValue()).isEqualTo(DischargeJourney.SOUTHGATE);
        assertThat(header.getFocusFirstRep().getReference()).isEqualTo(message.getEntry().get(1).getFullUrl());
        assertThat(document.getType()).isEqualTo(Bundle.BundleType.DOCUMENT);
        assertThat(TransferOfCare.json(document)).isEqualTo(TransferOfCare.json(export.dischargeSummary(
                DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice(), DischargeJourney.ADMISSION).orElseThrow()));
    }

    @Test
    void the_admission_notice_message_conforms() {
        Bundle document = export.admissionNotice(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice(),
                DischargeJourney.ADMISSION).orElseThrow();
        UUID id = NoticeMessages.messageId(Notice.ADMISSION, DischargeJourney.ADMISSION);
        Bundle message = NoticeMessages.message(id, Notice.ADMISSION, document, DischargeJourney.SOUTHGATE, null,
                PRACTICE_ENDPOINT, SOURCE);
        ExportedDocumentsConformTest.assertConforms(message);
        assertThat(((MessageHeader) message.getEntryFirstRep().getResource()).getEventCoding().getCode())
                .isEqualTo("admission-notice");
    }

    @Test
    void a_notice_is_the_same_message_every_time_and_each_notice_has_its_own_id() {
        assertThat(TransferOfCare.json(dischargeMessage())).isEqualTo(TransferOfCare.json(dischargeMessage()));
        assertThat(NoticeMessages.messageId(Notice.DISCHARGE, DischargeJourney.ADMISSION))
                .isEqualTo(NoticeMessages.messageId(Notice.DISCHARGE, DischargeJourney.ADMISSION))
                .isNotEqualTo(NoticeMessages.messageId(Notice.ADMISSION, DischargeJourney.ADMISSION))
                .isNotEqualTo(NoticeMessages.messageId(Notice.DISCHARGE, UUID.randomUUID()));
    }

    private Bundle dischargeMessage() {
        Bundle document = export.dischargeSummary(DischargeJourney.CARE_RECORD, DischargeJourney.untilDischargeNotice(),
                DischargeJourney.ADMISSION).orElseThrow();
        return NoticeMessages.message(NoticeMessages.messageId(Notice.DISCHARGE, DischargeJourney.ADMISSION), Notice.DISCHARGE,
                document, DischargeJourney.SOUTHGATE, "Southgate Surgery", PRACTICE_ENDPOINT, SOURCE);
    }
}
