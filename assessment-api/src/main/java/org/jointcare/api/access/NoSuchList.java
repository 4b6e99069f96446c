package org.jointcare.api.access;

/**
 * Answered when a professional asks for the list of a practice, team or caseload they do not work
 * with: the same whether it exists or not, so a code cannot be probed, and in words about the list
 * rather than about a care record.
 */
public class NoSuchList extends RuntimeException {

    public NoSuchList() {
        super("There is no list here that you can see: you may only list the practices, teams and caseloads you work with.",
                null, false, false);
    }
}
