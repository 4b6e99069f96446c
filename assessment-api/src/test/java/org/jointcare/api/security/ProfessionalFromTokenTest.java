package org.jointcare.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import org.jointcare.carerecord.Role;
import org.junit.jupiter.api.Test;
import org.springframework.security.oauth2.jwt.Jwt;
import org.springframework.security.oauth2.server.resource.InvalidBearerTokenException;

/** Who a verified token says the professional is, and what their work connects them to. */
class ProfessionalFromTokenTest {

    private final AtomicInteger directoryLookups = new AtomicInteger();
    private final ProfessionalFromToken converter = new ProfessionalFromToken(new ProfessionalDirectory() {
        @Override
        public Optional<ProfessionalAccount> account(String userId) {
            directoryLookups.incrementAndGet();
            return Optional.of(new ProfessionalAccount(new CareProfessional(userId, "Grace Mbeki", Role.DISTRICT_NURSE,
                    "DN-NORTH", Set.of(), "DN-NORTH"), "{bcrypt}x"));
        }

        @Override
        public Set<String> practicesServedBy(String nursingTeamCode) {
            return Set.of();
        }
    });

    @Test
    void aLinkworkersTokenCarriesTheirPracticesAndTheDirectoryIsNotAsked() {
        CareProfessional linkworker = professional(token("amara.okafor", "LINKWORKER", "SC-NORTH")
                .claim(ProfessionalFromToken.ATTACHED_PRACTICES, List.of("J82034", "J82035")));
        assertThat(linkworker.role()).isEqualTo(Role.LINKWORKER);
        assertThat(linkworker.organisationCode()).isEqualTo("SC-NORTH");
        assertThat(linkworker.attachedPracticeCodes()).containsExactlyInAnyOrder("J82034", "J82035");
        assertThat(linkworker.actor().userId()).isEqualTo("amara.okafor");
        assertThat(directoryLookups.get()).isZero();
    }

    @Test
    void aNursesTeamMissingFromTheTokenComesFromTheDirectory() {
        CareProfessional nurse = professional(token("grace.mbeki", "DISTRICT_NURSE", "DN-NORTH"));
        assertThat(nurse.nursingTeamCode()).isEqualTo("DN-NORTH");
        assertThat(directoryLookups.get()).isEqualTo(1);
    }

    @Test
    void aTokenWithoutOrganisationOrWithAnUnknownRoleIsRefused() {
        assertThatThrownBy(() -> converter.convert(Jwt.withTokenValue("t").header("alg", "RS256").subject("x")
                .claim(ProfessionalFromToken.ROLE, "GP_PRACTICE").issuedAt(Instant.now()).build()))
                .isInstanceOf(InvalidBearerTokenException.class);
        assertThatThrownBy(() -> converter.convert(token("x", "ADMIN", "QOX").build()))
                .isInstanceOf(InvalidBearerTokenException.class);
    }

    private CareProfessional professional(Jwt.Builder token) {
        return (CareProfessional) converter.convert(token.build()).getPrincipal();
    }

    private static Jwt.Builder token(String user, String role, String organisation) {
        return Jwt.withTokenValue("t").header("alg", "RS256").subject(user).issuedAt(Instant.now())
                .claim(ProfessionalFromToken.ROLE, role).claim(ProfessionalFromToken.ORGANISATION, organisation);
    }
}
