package org.jointcare.carerecord.access;

import java.time.Duration;
import java.util.UUID;
import java.util.stream.Stream;

import org.jointcare.carerecord.CareJourney;
import org.jointcare.carerecord.CareRecordFixture;
import org.jointcare.carerecord.CareRule;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.jointcare.carerecord.CareJourney.LATER;
import static org.jointcare.carerecord.Professionals.GP_ELSEWHERE;
import static org.jointcare.carerecord.RuleViolated.violates;
import static org.junit.jupiter.params.provider.Arguments.arguments;

class EmergencyAccessTest {

    private final CareJourney margaret = new CareJourney();
    private final CareRecordFixture care = new CareRecordFixture();

    @Test
    void emergency_access_is_granted_for_the_time_asked_and_expires_then() {
        care.given(margaret.packageInPlace())
                .when(margaret.recordEmergencyAccess(Duration.ofHours(4)))
                .expectEvents(margaret.emergencyAccessGranted(Duration.ofHours(4)));
    }

    @Test
    void emergency_access_can_last_twelve_hours() {
        care.given(margaret.packageInPlace())
                .when(margaret.recordEmergencyAccess(Duration.ofHours(12)))
                .expectEvents(margaret.emergencyAccessGranted(Duration.ofHours(12)));
    }

    @ParameterizedTest(name = "reason \"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = " ")
    void emergency_access_without_a_reason_is_refused(String reason) {
        care.given(margaret.packageInPlace())
                .when(new RecordEmergencyAccess(margaret.careRecordId, margaret.accessId, reason, Duration.ofHours(1), GP_ELSEWHERE, LATER))
                .expectException(violates(CareRule.EMERGENCY_ACCESS_REASON_REQUIRED));
    }

    static Stream<Arguments> accessNotLimitedToTwelveHours() {
        CareJourney journey = new CareJourney();
        return Stream.of(
                arguments("a second over twelve hours", journey.accessId, Duration.ofHours(12).plusSeconds(1)),
                arguments("a whole day", journey.accessId, Duration.ofDays(1)),
                arguments("no time at all", journey.accessId, Duration.ZERO),
                arguments("negative time", journey.accessId, Duration.ofHours(-1)),
                arguments("no duration", journey.accessId, null),
                arguments("no access id", null, Duration.ofHours(1)));
    }

    @ParameterizedTest(name = "access for {0} is refused")
    @MethodSource("accessNotLimitedToTwelveHours")
    void emergency_access_not_limited_to_twelve_hours_is_refused(String asked, UUID accessId, Duration duration) {
        care.given(margaret.packageInPlace())
                .when(new RecordEmergencyAccess(margaret.careRecordId, accessId, "Found collapsed at home", duration, GP_ELSEWHERE, LATER))
                .expectException(violates(CareRule.EMERGENCY_ACCESS_TOO_LONG));
    }
}
