package org.jointcare.api.delivery;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.jointcare.interop.fhir.NoticeMessages;
import org.jointcare.interop.fhir.NoticeMessages.Notice;
import org.jointcare.views.Timestamps;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Component;

/**
 * The {@code delivery_outbox} table: one row per notice to a practice that has a delivery endpoint.
 * <p>
 * A sender claims a row by an update that names it as owner and succeeds only while nobody else
 * holds an unexpired claim ({@link #claim}). Both engines lock the row for that update and
 * re-check the condition once the other writer has committed, so of two nodes that see the same
 * due row, one updates it and the other updates nothing. Every later write names the owner, so a
 * node whose claim expired (it hung, then woke up) cannot overwrite what another node did since.
 */
@Component
public class DeliveryOutbox {

    private static final String COLUMNS = """
            message_id, notice_kind, admission_id, care_record_id, practice_code, hospital_code, raised_at, status,
            attempts, queued_at, next_attempt_at, last_attempt_at, last_error, sent_at, given_up_at, acknowledged_at""";
    private static final int MOST_OF_AN_ERROR = 500;

    private final JdbcTemplate jdbc;

    public DeliveryOutbox(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Queues the notice, due at once; a notice already queued stays as it is. An amended discharge notice
     * is one message per correction, named by the moment it was raised.
     */
    void queue(Notice kind, UUID admissionId, UUID careRecordId, String practiceCode, String hospitalCode,
               Instant raisedAt, Instant now) {
        UUID messageId = kind == Notice.DISCHARGE_AMENDED
                ? NoticeMessages.amendedMessageId(admissionId, raisedAt) : NoticeMessages.messageId(kind, admissionId);
        Integer queued = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_outbox WHERE message_id = ?", Integer.class, messageId);
        if (queued != null && queued > 0) {
            return;
        }
        jdbc.update("""
                INSERT INTO delivery_outbox (message_id, notice_kind, admission_id, care_record_id, practice_code,
                       hospital_code, raised_at, status, attempts, queued_at, next_attempt_at)
                VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, ?, ?)""",
                messageId, kind.name(), admissionId, careRecordId, practiceCode, hospitalCode, Timestamps.column(raisedAt),
                DeliveryStatus.PENDING.name(), Timestamps.column(now), Timestamps.column(now));
    }

    /**
     * When the practice acknowledged the notice, by whatever way it did: an admission notice, or a discharge
     * notice in every version sent and not yet acknowledged (the first, and the amended ones since).
     */
    void acknowledged(Notice kind, UUID admissionId, Instant at) {
        List<String> kinds = versionsOf(kind).stream().map(Notice::name).toList();
        jdbc.update("UPDATE delivery_outbox SET acknowledged_at = ? WHERE admission_id = ? AND notice_kind IN (?, ?)"
                        + " AND acknowledged_at IS NULL",
                Timestamps.column(at), admissionId, kinds.get(0), kinds.get(kinds.size() - 1));
    }

    /**
     * The admission's notices not yet sent are withdrawn: the admission was marked entered in error, so the
     * practice is not told of it. One already sent stays as it went; one being sent at this moment is sent if
     * that attempt succeeds (recorded as it happened), and is not tried again if it fails.
     */
    void withdrawn(UUID admissionId, Instant at) {
        jdbc.update("""
                UPDATE delivery_outbox SET status = ?, next_attempt_at = NULL, given_up_at = ?
                 WHERE admission_id = ? AND status IN (?, ?, ?)""",
                DeliveryStatus.WITHDRAWN.name(), Timestamps.column(at), admissionId, DeliveryStatus.PENDING.name(),
                DeliveryStatus.RETRYING.name(), DeliveryStatus.GIVEN_UP.name());
    }

    /** The latest version of a notice: the admission notice, or the discharge notice as last amended. */
    public Optional<NoticeDelivery> latest(Notice kind, UUID admissionId) {
        List<String> kinds = versionsOf(kind).stream().map(Notice::name).toList();
        return jdbc.query("SELECT " + COLUMNS + " FROM delivery_outbox WHERE admission_id = ? AND notice_kind IN (?, ?)"
                        + " ORDER BY raised_at DESC, message_id FETCH FIRST 1 ROWS ONLY",
                ROW, admissionId, kinds.get(0), kinds.get(kinds.size() - 1)).stream().findFirst();
    }

    /** Whether a later version of this notice was queued: an amendment after it. */
    public boolean superseded(NoticeDelivery notice) {
        return latest(notice.kind(), notice.admissionId()).filter(latest -> !latest.messageId().equals(notice.messageId()))
                .isPresent();
    }

    private static List<Notice> versionsOf(Notice kind) {
        return kind == Notice.ADMISSION ? List.of(Notice.ADMISSION) : List.of(Notice.DISCHARGE, Notice.DISCHARGE_AMENDED);
    }

    /** Rows due for an attempt at {@code now} and not held by anyone, the longest waiting first. */
    List<UUID> due(Instant now, int limit) {
        return jdbc.queryForList("""
                SELECT message_id FROM delivery_outbox
                 WHERE status IN (?, ?) AND next_attempt_at <= ? AND (claimed_until IS NULL OR claimed_until < ?)
                 ORDER BY next_attempt_at, message_id
                 FETCH FIRST %d ROWS ONLY""".formatted(limit),
                UUID.class, DeliveryStatus.PENDING.name(), DeliveryStatus.RETRYING.name(),
                Timestamps.column(now), Timestamps.column(now));
    }

    /** Takes the row for one attempt until {@code until}; empty if it is no longer due or another node holds it. */
    Optional<NoticeDelivery> claim(UUID messageId, String owner, Instant now, Instant until) {
        int claimed = jdbc.update("""
                UPDATE delivery_outbox SET claimed_by = ?, claimed_until = ?
                 WHERE message_id = ? AND status IN (?, ?) AND next_attempt_at <= ?
                   AND (claimed_until IS NULL OR claimed_until < ?)""",
                owner, Timestamps.column(until), messageId, DeliveryStatus.PENDING.name(), DeliveryStatus.RETRYING.name(),
                Timestamps.column(now), Timestamps.column(now));
        return claimed == 1 ? find(messageId) : Optional.empty();
    }

    boolean sent(UUID messageId, String owner, int attempts, Instant at) {
        return jdbc.update("""
                UPDATE delivery_outbox SET status = ?, attempts = ?, last_attempt_at = ?, sent_at = ?, last_error = NULL,
                       next_attempt_at = NULL, claimed_by = NULL, claimed_until = NULL
                 WHERE message_id = ? AND claimed_by = ?""",
                DeliveryStatus.SENT.name(), attempts, Timestamps.column(at), Timestamps.column(at), messageId, owner) == 1;
    }

    /** A failed attempt: tried again at {@code nextAttemptAt}, or given up when that is null. */
    boolean failed(UUID messageId, String owner, int attempts, Instant at, Instant nextAttemptAt, String error) {
        DeliveryStatus status = nextAttemptAt == null ? DeliveryStatus.GIVEN_UP : DeliveryStatus.RETRYING;
        return jdbc.update("""
                UPDATE delivery_outbox SET status = ?, attempts = ?, last_attempt_at = ?, next_attempt_at = ?, last_error = ?,
                       given_up_at = ?, claimed_by = NULL, claimed_until = NULL
                 WHERE message_id = ? AND claimed_by = ? AND status <> ?""",
                status.name(), attempts, Timestamps.column(at), Timestamps.column(nextAttemptAt), shortened(error),
                status == DeliveryStatus.GIVEN_UP ? Timestamps.column(at) : null, messageId, owner,
                DeliveryStatus.WITHDRAWN.name()) == 1;
    }

    /**
     * An operator's retry of a parked notice, or of one waiting for its next attempt: due now, and a
     * parked one queued afresh (its attempts and its time to give up counted from now). A notice
     * already sent is not sent again; one being sent at this moment is left to that attempt.
     */
    boolean retry(UUID messageId, Instant now) {
        return jdbc.update("""
                UPDATE delivery_outbox SET status = ?, next_attempt_at = ?, given_up_at = NULL,
                       attempts = CASE WHEN status = ? THEN 0 ELSE attempts END,
                       queued_at = CASE WHEN status = ? THEN ? ELSE queued_at END
                 WHERE message_id = ? AND status IN (?, ?) AND (claimed_until IS NULL OR claimed_until < ?)""",
                DeliveryStatus.RETRYING.name(), Timestamps.column(now), DeliveryStatus.GIVEN_UP.name(),
                DeliveryStatus.GIVEN_UP.name(), Timestamps.column(now), messageId,
                DeliveryStatus.GIVEN_UP.name(), DeliveryStatus.RETRYING.name(), Timestamps.column(now)) == 1;
    }

    public Optional<NoticeDelivery> find(UUID messageId) {
        return jdbc.query("SELECT " + COLUMNS + " FROM delivery_outbox WHERE message_id = ?", ROW, messageId)
                .stream().findFirst();
    }

    /** The deliveries in a status, oldest raised first; every status when it is null. */
    public List<NoticeDelivery> inStatus(DeliveryStatus status, int page, int size) {
        String order = " ORDER BY raised_at, message_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY";
        return status == null
                ? jdbc.query("SELECT " + COLUMNS + " FROM delivery_outbox" + order, ROW, (long) page * size, size)
                : jdbc.query("SELECT " + COLUMNS + " FROM delivery_outbox WHERE status = ?" + order, ROW, status.name(),
                        (long) page * size, size);
    }

    public long count(DeliveryStatus status) {
        Long count = status == null
                ? jdbc.queryForObject("SELECT COUNT(*) FROM delivery_outbox", Long.class)
                : jdbc.queryForObject("SELECT COUNT(*) FROM delivery_outbox WHERE status = ?", Long.class, status.name());
        return count == null ? 0 : count;
    }

    /** The notices of admissions at one hospital trust, latest raised first: what its discharge team follows. */
    public List<NoticeDelivery> ofHospital(String hospitalCode, int page, int size) {
        return jdbc.query("SELECT " + COLUMNS + " FROM delivery_outbox WHERE hospital_code = ?"
                        + " ORDER BY raised_at DESC, message_id OFFSET ? ROWS FETCH NEXT ? ROWS ONLY",
                ROW, hospitalCode, (long) page * size, size);
    }

    public long countOfHospital(String hospitalCode) {
        Long count = jdbc.queryForObject("SELECT COUNT(*) FROM delivery_outbox WHERE hospital_code = ?", Long.class, hospitalCode);
        return count == null ? 0 : count;
    }

    private static String shortened(String error) {
        return error == null || error.length() <= MOST_OF_AN_ERROR ? error : error.substring(0, MOST_OF_AN_ERROR - 1) + "…";
    }

    private static final RowMapper<NoticeDelivery> ROW = DeliveryOutbox::row;

    private static NoticeDelivery row(ResultSet rs, int row) throws SQLException {
        return new NoticeDelivery(
                rs.getObject("message_id", UUID.class),
                Notice.valueOf(rs.getString("notice_kind")),
                rs.getObject("admission_id", UUID.class),
                rs.getObject("care_record_id", UUID.class),
                rs.getString("practice_code"),
                rs.getString("hospital_code"),
                Timestamps.read(rs, "raised_at"),
                DeliveryStatus.valueOf(rs.getString("status")),
                rs.getInt("attempts"),
                Timestamps.read(rs, "queued_at"),
                Timestamps.read(rs, "next_attempt_at"),
                Timestamps.read(rs, "last_attempt_at"),
                rs.getString("last_error"),
                Timestamps.read(rs, "sent_at"),
                Timestamps.read(rs, "given_up_at"),
                Timestamps.read(rs, "acknowledged_at"));
    }
}
