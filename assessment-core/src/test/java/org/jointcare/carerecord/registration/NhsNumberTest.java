package org.jointcare.carerecord.registration;

import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.NullAndEmptySource;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class NhsNumberTest {

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"9434765919", "4010232137", "1000000060"})
    void a_number_whose_last_digit_is_its_modulus_11_check_digit_is_valid(String digits) {
        assertThat(new NhsNumber(digits).value()).isEqualTo(digits);
        assertThat(NhsNumber.isValid(digits)).isTrue();
    }

    @ParameterizedTest(name = "\"{0}\" is {1}")
    @CsvSource({
            "'943 476 5919', 9434765919",
            "'943-476-5919', 9434765919",
            "' 401 023 2137 ', 4010232137"})
    void spaces_and_hyphens_as_people_write_them_are_dropped(String written, String digits) {
        assertThat(new NhsNumber(written).value()).isEqualTo(digits);
    }

    @Test
    void it_is_shown_in_the_familiar_three_three_four_groups() {
        assertThat(new NhsNumber("9434765919")).hasToString("943 476 5919");
    }

    @Test
    void numbers_written_differently_are_the_same_number() {
        assertThat(new NhsNumber("943-476-5919")).isEqualTo(new NhsNumber("943 476 5919"));
    }

    @ParameterizedTest(name = "\"{0}\"")
    @NullAndEmptySource
    @ValueSource(strings = {
            "9434765918",      // wrong check digit
            "4010232138",      // wrong check digit
            "1234567890",      // the first nine digits give a check digit of 10: no valid number starts so
            "1234567891",
            "943476591",       // nine digits
            "94347659190",     // eleven digits
            "943476591X",      // not a digit
            "943.476.5919",    // dots are not how NHS numbers are written
            "   "})
    void anything_else_is_refused_as_not_a_valid_nhs_number(String written) {
        assertThatThrownBy(() -> new NhsNumber(written))
                .isInstanceOfSatisfying(CareRuleViolation.class, refusal -> {
                    assertThat(refusal.rule()).isEqualTo(CareRule.NHS_NUMBER_INVALID);
                    assertThat(refusal.getMessage()).contains("not a valid NHS number");
                });
    }
}
