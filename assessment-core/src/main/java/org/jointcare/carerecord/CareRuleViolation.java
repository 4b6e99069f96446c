package org.jointcare.carerecord;

/**
 * A command refused because it would break a rule of the care record. Nothing changes;
 * {@link #rule()} names the rule with a stable code and the message says why in words a
 * professional understands.
 */
public class CareRuleViolation extends RuntimeException {

    private final CareRule rule;

    public CareRuleViolation(CareRule rule, String message) {
        super(message, null, false, false);
        this.rule = rule;
    }

    public CareRuleViolation(CareRule rule) {
        this(rule, rule.description());
    }

    public CareRule rule() {
        return rule;
    }
}
