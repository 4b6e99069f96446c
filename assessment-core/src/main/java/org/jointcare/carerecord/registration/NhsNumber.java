package org.jointcare.carerecord.registration;

import org.jointcare.carerecord.CareRule;
import org.jointcare.carerecord.CareRuleViolation;

/**
 * A ten-digit NHS number whose last digit is the modulus-11 check digit of the first nine.
 * Spaces and hyphens as people write them ("943 476 5919") are accepted and dropped.
 */
public record NhsNumber(String value) {

    public NhsNumber {
        String digits = value == null ? "" : value.replaceAll("[\\s-]", "");
        if (!isValid(digits)) {
            throw new CareRuleViolation(CareRule.NHS_NUMBER_INVALID,
                    "'" + value + "' is not a valid NHS number: it must be 10 digits with a correct modulus-11 check digit.");
        }
        value = digits;
    }

    public static boolean isValid(String digits) {
        if (digits == null || !digits.matches("\\d{10}")) {
            return false;
        }
        int sum = 0;
        for (int i = 0; i < 9; i++) {
            sum += (digits.charAt(i) - '0') * (10 - i);
        }
        int check = 11 - (sum % 11);
        if (check == 11) {
            check = 0;
        }
        return check != 10 && check == digits.charAt(9) - '0';
    }

    @Override
    public String toString() {
        return value.substring(0, 3) + " " + value.substring(3, 6) + " " + value.substring(6);
    }
}
