package org.jointcare.carerecord.hospital;

import java.time.Duration;
import java.time.Instant;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ReadmissionPolicyTest {

    private static final Instant DISCHARGED = Instant.parse("2026-04-27T14:00:00Z");

    @Test
    void an_admission_up_to_thirty_days_after_a_discharge_is_a_readmission() {
        assertThat(ReadmissionPolicy.isReadmission(DISCHARGED, DISCHARGED.plus(Duration.ofHours(6)))).isTrue();
        assertThat(ReadmissionPolicy.isReadmission(DISCHARGED, DISCHARGED.plus(Duration.ofDays(30)))).isTrue();
    }

    @Test
    void an_admission_more_than_thirty_days_after_a_discharge_is_not() {
        assertThat(ReadmissionPolicy.isReadmission(DISCHARGED, DISCHARGED.plus(Duration.ofDays(30)).plusSeconds(1))).isFalse();
        assertThat(ReadmissionPolicy.isReadmission(DISCHARGED, DISCHARGED.plus(Duration.ofDays(31)))).isFalse();
    }

    @Test
    void without_an_earlier_discharge_there_is_no_readmission() {
        assertThat(ReadmissionPolicy.isReadmission(null, DISCHARGED)).isFalse();
    }
}
