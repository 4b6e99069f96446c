package org.jointcare.api.directory;

import java.util.List;
import java.util.Set;

/**
 * A request that names organisations of ours (practice, nursing team, social care team, hospital trust) by
 * code. With {@link KnownOrganisations} on the type, each code it names must be in the directory.
 */
public interface NamesOrganisations {

    /** The codes this request names, with the field each is in; a null code is not checked here. */
    List<NamedCode> organisationCodes();

    /** {@code field} is the request's own path to the code, e.g. {@code requester.organisationCode}. */
    record NamedCode(String field, String code, Set<OrganisationKind> kinds) {

        public static NamedCode of(String field, String code, OrganisationKind... kinds) {
            return new NamedCode(field, code, Set.of(kinds));
        }
    }
}
