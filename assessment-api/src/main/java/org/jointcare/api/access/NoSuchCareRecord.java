package org.jointcare.api.access;

/**
 * Answered when a care record does not exist or the professional has no legitimate relationship
 * with the person: the two must be indistinguishable from outside, so that an id cannot be
 * probed.
 */
public class NoSuchCareRecord extends RuntimeException {

    public NoSuchCareRecord() {
        super("There is no care record here that you can see.", null, false, false);
    }
}
