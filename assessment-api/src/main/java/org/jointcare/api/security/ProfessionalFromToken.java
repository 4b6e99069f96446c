package org.jointcare.api.security;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.jointcare.carerecord.Role;
import org.springframework.core.convert.converter.Converter;
import org.springframework.security.authentication.AbstractAuthenticationToken;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/**
 * Reads the professional from a verified token (signature, expiry and audience are checked
 * before this runs). Claims: {@code sub} the user id, {@code role} one of {@link Role},
 * {@code organisation} the organisation code, optionally {@code name}, {@code attached_practices}
 * (a linkworker's practices) and {@code nursing_team}. Relationships the token does not carry are
 * taken from the directory when it knows the user.
 */
public class ProfessionalFromToken implements Converter<Jwt, AbstractAuthenticationToken> {

    public static final String ROLE = "role";
    public static final String ORGANISATION = "organisation";
    public static final String NAME = "name";
    public static final String ATTACHED_PRACTICES = "attached_practices";
    public static final String NURSING_TEAM = "nursing_team";

    private final ProfessionalDirectory directory;

    public ProfessionalFromToken(ProfessionalDirectory directory) {
        this.directory = directory;
    }

    @Override
    public AbstractAuthenticationToken convert(Jwt token) {
        String userId = token.getSubject();
        String roleName = token.getClaimAsString(ROLE);
        String organisation = token.getClaimAsString(ORGANISATION);
        if (blank(userId) || blank(roleName) || blank(organisation)) {
            throw new InvalidBearerTokenException("The token must name the user (sub), role and organisation.");
        }
        Role role;
        try {
            role = Role.valueOf(roleName);
        } catch (IllegalArgumentException e) {
            throw new InvalidBearerTokenException("The token names an unknown role.");
        }
        // the directory is asked only for a relationship the role needs and the token does not carry
        boolean needsDirectory = (role == Role.LINKWORKER && !token.hasClaim(ATTACHED_PRACTICES))
                || (role == Role.DISTRICT_NURSE && !token.hasClaim(NURSING_TEAM));
        Optional<CareProfessional> known = needsDirectory
                ? directory.account(userId).map(ProfessionalDirectory.ProfessionalAccount::professional)
                : Optional.empty();
        List<String> practices = token.getClaimAsStringList(ATTACHED_PRACTICES);
        Set<String> attached = practices != null ? new HashSet<>(practices)
                : known.map(CareProfessional::attachedPracticeCodes).orElse(Set.of());
        String team = token.hasClaim(NURSING_TEAM) ? token.getClaimAsString(NURSING_TEAM)
                : known.map(CareProfessional::nursingTeamCode).orElse(role == Role.DISTRICT_NURSE ? organisation : null);
        String name = token.hasClaim(NAME) ? token.getClaimAsString(NAME)
                : known.map(CareProfessional::displayName).orElse(userId);
        return DirectoryAuthenticationProvider.authenticated(
                new CareProfessional(userId, name, role, organisation, attached, team));
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
