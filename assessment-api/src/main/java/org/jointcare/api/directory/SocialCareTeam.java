package org.jointcare.api.directory;

/** A local authority social care team that manages linkworkers (e.g. SC-NORTH). */
public record SocialCareTeam(String code, String name, String locality) {
}
