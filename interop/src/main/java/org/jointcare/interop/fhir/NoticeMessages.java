package org.jointcare.interop.fhir;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;

import org.hl7.fhir.r4.model.Bundle;
import org.hl7.fhir.r4.model.Coding;
import org.hl7.fhir.r4.model.Identifier;
import org.hl7.fhir.r4.model.MessageHeader;
import org.hl7.fhir.r4.model.Reference;

/**
 * An admission or discharge notice as a FHIR message for the practice's system: a {@code Bundle}
 * of type {@code message} whose first entry is a {@code MessageHeader} and whose second is the
 * notice's document {@code Bundle} (the header's focus).
 * <p>
 * A message, not a transaction: a transaction asks the receiver to write the resources into its
 * own FHIR store as we shaped them, and it has no place for "this is notice X, delivered to you";
 * a message says what happened (an admission, a discharge), to whom it is addressed, and carries
 * an id the receiver deduplicates on and can refer to when it acknowledges. The document inside
 * is the same one {@code /fhir/R4} serves.
 * <p>
 * Everything is stable: the message id comes from the notice (kind and admission), the timestamp
 * is the document's, so a notice sent again after a lost answer is the same message, byte for
 * byte, and the receiver can tell it already has it.
 */
public final class NoticeMessages {

    /** The events JointCare's messages announce (example binding in R4: a code system of our own). */
    public static final String MESSAGE_EVENTS = "https://jointcare.example/CodeSystem/notice-message-event";

    public enum Notice {
        ADMISSION("admission-notice", "Admission notice"),
        DISCHARGE("discharge-notice", "Discharge notice"),
        /** A correction of the discharge summary: the discharge notice's document in a new version, one message per correction. */
        DISCHARGE_AMENDED("discharge-notice-amended", "Discharge notice, amended");

        private final String code;
        private final String display;

        Notice(String code, String display) {
            this.code = code;
            this.display = display;
        }

        public String code() {
            return code;
        }
    }

    private NoticeMessages() {
    }

    /** The one message id of a notice, whoever builds it and however often. */
    public static UUID messageId(Notice notice, UUID admissionId) {
        return UUID.fromString(StableIds.of("notice-message", notice.code, admissionId));
    }

    /**
     * The one message id of the amended notice that the correction made at {@code correctedAt} raised: each
     * correction is a message of its own (to the millisecond, as the outbox keeps the moment).
     */
    public static UUID amendedMessageId(UUID admissionId, Instant correctedAt) {
        return UUID.fromString(StableIds.of("notice-message", Notice.DISCHARGE_AMENDED.code, admissionId,
                correctedAt.truncatedTo(ChronoUnit.MILLIS)));
    }

    /**
     * @param document       the notice's document, as {@link TransferOfCare} builds it
     * @param practiceCode   the ODS code of the practice it is addressed to
     * @param practiceName   the practice's name, or null
     * @param destination    the practice's delivery endpoint
     * @param sourceEndpoint where JointCare's FHIR endpoint is
     */
    public static Bundle message(UUID messageId, Notice notice, Bundle document, String practiceCode, String practiceName,
                                 String destination, String sourceEndpoint) {
        String documentUrl = StableIds.urn(document.getIdElement().getIdPart());
        MessageHeader header = Fhir.profiled(new MessageHeader(), "MessageHeader");
        header.setId(messageId.toString());
        header.setEvent(new Coding(MESSAGE_EVENTS, notice.code, notice.display));
        header.addDestination()
                .setEndpoint(destination)
                .setReceiver(new Reference().setIdentifier(new Identifier().setSystem(Fhir.ODS_SYSTEM).setValue(practiceCode))
                        .setDisplay(practiceName));
        header.getSource().setName("JointCare").setSoftware("JointCare").setEndpoint(sourceEndpoint);
        header.addFocus(new Reference(documentUrl).setDisplay(notice.display));
        header.setText(Fhir.narrative(List.of(notice.display + " for practice " + practiceCode
                + (practiceName == null ? "" : " (" + practiceName + ")") + ", message " + messageId)));

        Bundle message = Fhir.profiled(new Bundle(), "Bundle").setType(Bundle.BundleType.MESSAGE);
        message.setId(messageId.toString());
        message.setIdentifier(new Identifier().setSystem("urn:ietf:rfc:3986").setValue(StableIds.urn(messageId.toString())));
        message.setTimestampElement(document.getTimestampElement().copy());
        message.addEntry().setFullUrl(StableIds.urn(messageId.toString())).setResource(header);
        message.addEntry().setFullUrl(documentUrl).setResource(document);
        return message;
    }
}
