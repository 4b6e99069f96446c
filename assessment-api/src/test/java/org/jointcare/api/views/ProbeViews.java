package org.jointcare.api.views;

import java.util.List;
import java.util.UUID;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DisallowReplay;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.jointcare.carerecord.CareRecordEvent;
import org.jointcare.carerecord.referral.ReferralAccepted;
import org.jointcare.views.ViewDefinition;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Views that exist only in tests, to make faults and side effects observable (their tables are
 * made by the test migration {@code view_probes.sql}). Import it into a test's context. The scan
 * of the views package is the API's too (ProfessionViews); repeating it here keeps the tests
 * working whichever configuration of the API declares that scan.
 */
@TestConfiguration(proxyBeanMethods = false)
@ComponentScan("org.jointcare.views")
public class ProbeViews {

    /** A streaming view that fails for one chosen person, so her events are parked as dead letters. */
    public static final String DEAD_LETTER_PROBE = "dead-letter-probe";
    /** A subscribing view with a side effect that must never run again on replay. */
    public static final String REPLAY_PROBE = "replay-probe";

    /** The person whose ReferralAccepted the dead-letter probe cannot handle, or null. */
    public static volatile UUID failFor;

    /** The person whose ReferralAccepted the subscribing replay probe cannot handle, or null (set only around a rebuild). */
    public static volatile UUID replayFailFor;

    /** The events of one person the dead-letter probe has handled, by simple type name, in order. */
    public static List<String> probeRows(JdbcTemplate jdbc, UUID careRecordId) {
        return jdbc.queryForList("SELECT event_type FROM dead_letter_probe WHERE care_record_id = ? ORDER BY sequence_number",
                String.class, careRecordId.toString());
    }

    @Bean
    ViewDefinition deadLetterProbeView() {
        return ViewDefinition.streamingPerPerson(DEAD_LETTER_PROBE, 10, "dead_letter_probe");
    }

    @Bean
    ViewDefinition replayProbeView() {
        return ViewDefinition.subscribing(REPLAY_PROBE, "replay_probe");
    }

    @Bean
    DeadLetterProbe deadLetterProbe(JdbcTemplate jdbc) {
        return new DeadLetterProbe(jdbc);
    }

    @Bean
    ReplayProbe replayProbe(JdbcTemplate jdbc) {
        return new ReplayProbe(jdbc);
    }

    @Bean
    ReplayProbeNotifier replayProbeNotifier(JdbcTemplate jdbc) {
        return new ReplayProbeNotifier(jdbc);
    }

    @ProcessingGroup(ProbeViews.DEAD_LETTER_PROBE)
    public static class DeadLetterProbe {
        private final JdbcTemplate jdbc;

        DeadLetterProbe(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        /** Writes its row first and fails afterwards: the savepoint must take the row back with the failure. */
        @EventHandler
        void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
            jdbc.update("INSERT INTO dead_letter_probe (care_record_id, sequence_number, event_type) VALUES (?, ?, ?)",
                    event.careRecordId().toString(), sequenceNumber, event.getClass().getSimpleName());
            if (event instanceof ReferralAccepted && event.careRecordId().equals(ProbeViews.failFor)) {
                throw new IllegalStateException("A probe fault for one person");
            }
        }

        @ResetHandler
        void reset() {
            jdbc.update("DELETE FROM dead_letter_probe");
        }
    }

    /** A subscribing view: updated in the command's transaction. */
    @ProcessingGroup(ProbeViews.REPLAY_PROBE)
    public static class ReplayProbe {
        private final JdbcTemplate jdbc;

        ReplayProbe(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void on(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
            jdbc.update("INSERT INTO replay_probe (care_record_id, sequence_number) VALUES (?, ?)",
                    event.careRecordId().toString(), sequenceNumber);
            if (event instanceof ReferralAccepted && event.careRecordId().equals(ProbeViews.replayFailFor)) {
                throw new IllegalStateException("A replay probe fault for one person");
            }
        }

        @ResetHandler
        void reset() {
            jdbc.update("DELETE FROM replay_probe");
        }
    }

    /**
     * The side effect of the replay probe's group: it "notifies" once per event, and must never
     * do so again when the view is rebuilt. (Its rows are not part of the view's tables.)
     */
    @ProcessingGroup(ProbeViews.REPLAY_PROBE)
    @DisallowReplay
    public static class ReplayProbeNotifier {
        private final JdbcTemplate jdbc;

        ReplayProbeNotifier(JdbcTemplate jdbc) {
            this.jdbc = jdbc;
        }

        @EventHandler
        void notify(CareRecordEvent event, @SequenceNumber long sequenceNumber) {
            jdbc.update("INSERT INTO replay_probe_notification (care_record_id, sequence_number) VALUES (?, ?)",
                    event.careRecordId().toString(), sequenceNumber);
        }
    }
}
