package org.jointcare.carerecord.hospital;

import org.jointcare.carerecord.Personal;
public record FollowUpAction(FollowUpFor forWhom, @Personal String action) {
}
