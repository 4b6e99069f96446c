package org.jointcare.api.carerecord;

import java.util.concurrent.ThreadLocalRandom;
import org.jointcare.carerecord.registration.NhsNumber;

/** Fresh, valid NHS numbers from the 999 range the NHS keeps for test data. */
public final class TestNhsNumbers {

    private TestNhsNumbers() {
    }

    public static NhsNumber next() {
        while (true) {
            String nine = "999" + String.format("%06d", ThreadLocalRandom.current().nextInt(1_000_000));
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = (11 - sum % 11) % 11;
            if (check != 10) {
                return new NhsNumber(nine + check);
            }
        }
    }
}
