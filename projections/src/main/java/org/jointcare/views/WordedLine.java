package org.jointcare.views;

/**
 * A line of wording a view made from the record, which knows whether it tells clinical content
 * (see {@link org.jointcare.carerecord.Clinical}): a view that puts clinical content into words
 * keeps it on lines of their own, marked so, and leaves them out for a reader not entitled to
 * them. Whatever writes a view out for such a reader refuses a clinical line that got this far.
 */
public interface WordedLine {

    boolean clinical();
}
