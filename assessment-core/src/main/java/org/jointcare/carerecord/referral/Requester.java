package org.jointcare.carerecord.referral;

import org.jointcare.carerecord.Personal;

/** The person or professional who made the referral, and their organisation code if any. */
public record Requester(@Personal String name, String organisationCode) {
}
