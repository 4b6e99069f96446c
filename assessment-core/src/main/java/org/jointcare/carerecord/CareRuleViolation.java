package org.jointcare.carerecord;

/**
 * A command refused because it would break a rule of the care record. Nothing changes;
 * {@link #rule()} names the rule with a stable code and the message says why in words a
 * professional understands.
 */
public class CareRuleViolation extends RuntimeException {

    private final CareRule rule;
    private final String field;

    public CareRuleViolation(CareRule rule, String message) {
        this(rule, null, message);
    }

    /** A refusal about one field of the command, named as the request names it (e.g. {@code startDate}). */
    public CareRuleViolation(CareRule rule, String field, String message) {
        super(message, null, false, false);
        this.rule = rule;
        this.field = field;
    }

    public CareRuleViolation(CareRule rule) {
        this(rule, rule.description());
    }

    public CareRule rule() {
        return rule;
    }

    /** The field at fault, or null when the refusal is about the command as a whole. */
    public String field() {
        return field;
    }
}
