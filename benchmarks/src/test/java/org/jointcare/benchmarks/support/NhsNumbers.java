package org.jointcare.benchmarks.support;

import java.util.concurrent.atomic.AtomicLong;

/** Valid, distinct NHS numbers (modulus-11) from a counter, so generated people never collide. */
public final class NhsNumbers {

    private final AtomicLong next;

    public NhsNumbers(long start) {
        this.next = new AtomicLong(start);
    }

    public String next() {
        while (true) {
            String nine = String.format("%09d", next.getAndIncrement() % 1_000_000_000L);
            int sum = 0;
            for (int i = 0; i < 9; i++) {
                sum += (nine.charAt(i) - '0') * (10 - i);
            }
            int check = 11 - (sum % 11);
            if (check == 11) {
                check = 0;
            }
            if (check != 10) {
                return nine + check;
            }
        }
    }
}
