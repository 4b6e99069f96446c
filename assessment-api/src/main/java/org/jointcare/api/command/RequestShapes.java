package org.jointcare.api.command;

/**
 * The shapes every command body shares. Bodies never carry who or when: the actor comes from the
 * authenticated professional and the time from the server's clock. Each checks the shape of what
 * is sent (missing, too long, out of range); the care record itself still decides every business rule.
 */
public final class RequestShapes {

    private RequestShapes() {
    }

    /** An organisation or team code. */
    public static final String CODE = "[A-Za-z0-9-]{2,16}";
    /** Free text: a reason, a summary, a note. */
    public static final int TEXT = 2000;
    /** A name: a person's, a provider's, a ward's. */
    public static final int NAME = 200;
}
