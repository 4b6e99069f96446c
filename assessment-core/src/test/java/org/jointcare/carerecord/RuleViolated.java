package org.jointcare.carerecord;

import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeDiagnosingMatcher;

/**
 * Matches a refusal for breaking one named {@link CareRule}, explained in words (a message,
 * not a bare code). Use with {@code expectException(violates(CareRule.X))}.
 */
public final class RuleViolated extends TypeSafeDiagnosingMatcher<Throwable> {

    private final CareRule rule;
    private final String field;

    private RuleViolated(CareRule rule, String field) {
        this.rule = rule;
        this.field = field;
    }

    public static Matcher<Throwable> violates(CareRule rule) {
        return new RuleViolated(rule, null);
    }

    /** A refusal for breaking the rule with the given field of the command, named in the message too. */
    public static Matcher<Throwable> violates(CareRule rule, String field) {
        return new RuleViolated(rule, field);
    }

    @Override
    protected boolean matchesSafely(Throwable refusal, Description mismatch) {
        if (!(refusal instanceof CareRuleViolation violation)) {
            mismatch.appendText("was ").appendValue(refusal);
            return false;
        }
        if (violation.rule() != rule) {
            mismatch.appendText("broke ").appendValue(violation.rule()).appendText(": ").appendValue(violation.getMessage());
            return false;
        }
        if (violation.getMessage() == null || violation.getMessage().isBlank()) {
            mismatch.appendText("broke ").appendValue(rule).appendText(" without saying why");
            return false;
        }
        if (field != null && (!field.equals(violation.field()) || !violation.getMessage().contains(field))) {
            mismatch.appendText("broke ").appendValue(rule).appendText(" about field ").appendValue(violation.field())
                    .appendText(": ").appendValue(violation.getMessage());
            return false;
        }
        return true;
    }

    @Override
    public void describeTo(Description description) {
        description.appendText("a refusal for breaking ").appendValue(rule)
                .appendText(" (").appendText(rule.code()).appendText(")");
        if (field != null) {
            description.appendText(" about field ").appendValue(field);
        }
    }
}
