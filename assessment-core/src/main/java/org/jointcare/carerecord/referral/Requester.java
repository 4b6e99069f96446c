package org.jointcare.carerecord.referral;

/** The person or professional who made the referral, and their organisation code if any. */
public record Requester(String name, String organisationCode) {
}
