package org.jointcare.carerecord.hospital;

public record FollowUpAction(FollowUpFor forWhom, String action) {
}
