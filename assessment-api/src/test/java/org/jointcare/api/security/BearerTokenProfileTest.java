package org.jointcare.api.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.NoSuchAlgorithmException;
import java.security.interfaces.RSAPrivateKey;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.autoconfigure.web.servlet.AutoConfigureMockMvc;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.http.MediaType;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

import com.nimbusds.jose.JOSEException;
import com.nimbusds.jose.JWSAlgorithm;
import com.nimbusds.jose.JWSHeader;
import com.nimbusds.jose.crypto.RSASSASigner;
import com.nimbusds.jwt.JWTClaimsSet;
import com.nimbusds.jwt.SignedJWT;

/**
 * The {@code jwt} profile: the API as an OAuth2 resource server. The professional comes from the
 * token's claims; a token with a bad signature, past its expiry, for another audience or without
 * a role is refused with a 401 problem.
 */
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("jwt")
class BearerTokenProfileTest {

    private static final KeyPair TRUSTED = rsa();
    private static final KeyPair UNTRUSTED = rsa();
    private static final String AUDIENCE = "jointcare-api";

    @DynamicPropertySource
    static void trustTheTestKey(DynamicPropertyRegistry properties) throws IOException {
        Path pem = Files.createTempFile("jointcare-jwt", ".pem");
        Files.writeString(pem, "-----BEGIN PUBLIC KEY-----\n"
                + Base64.getMimeEncoder(64, "\n".getBytes()).encodeToString(TRUSTED.getPublic().getEncoded())
                + "\n-----END PUBLIC KEY-----\n");
        pem.toFile().deleteOnExit();
        properties.add("spring.security.oauth2.resourceserver.jwt.public-key-location", () -> "file:" + pem);
        properties.add("spring.security.oauth2.resourceserver.jwt.audiences", () -> AUDIENCE);
    }

    @Autowired
    MockMvc mvc;

    @Test
    void aValidTokenNamesTheProfessionalAndTheirRole() throws Exception {
        assertThat(call(token(TRUSTED, "PRIVACY_OFFICER", AUDIENCE, Instant.now().plusSeconds(300))).getResponse().getStatus())
                .isEqualTo(200);
        MvcResult wrongRole = call(token(TRUSTED, "LINKWORKER", AUDIENCE, Instant.now().plusSeconds(300)));
        assertThat(wrongRole.getResponse().getStatus()).isEqualTo(403);
        assertThat(wrongRole.getResponse().getContentAsString()).contains("role-not-permitted");
    }

    @Test
    void aTokenSignedByAnotherKeyIsRefused() throws Exception {
        assertRefused(call(token(UNTRUSTED, "PRIVACY_OFFICER", AUDIENCE, Instant.now().plusSeconds(300))));
    }

    @Test
    void anExpiredTokenIsRefused() throws Exception {
        assertRefused(call(token(TRUSTED, "PRIVACY_OFFICER", AUDIENCE, Instant.now().minusSeconds(600))));
    }

    @Test
    void aTokenForAnotherAudienceIsRefused() throws Exception {
        assertRefused(call(token(TRUSTED, "PRIVACY_OFFICER", "some-other-api", Instant.now().plusSeconds(300))));
    }

    @Test
    void aTokenWithoutARoleOrWithAnUnknownOneIsRefused() throws Exception {
        assertRefused(call(token(TRUSTED, null, AUDIENCE, Instant.now().plusSeconds(300))));
        assertRefused(call(token(TRUSTED, "SUPERUSER", AUDIENCE, Instant.now().plusSeconds(300))));
    }

    @Test
    void noTokenIsRefused() throws Exception {
        MvcResult result = mvc.perform(get("/api/v1/access-log")).andReturn();
        assertRefused(result);
    }

    private MvcResult call(String token) throws Exception {
        return mvc.perform(get("/api/v1/access-log").header("Authorization", "Bearer " + token)).andReturn();
    }

    private static void assertRefused(MvcResult result) throws Exception {
        assertThat(result.getResponse().getStatus()).isEqualTo(401);
        assertThat(MediaType.parseMediaType(result.getResponse().getContentType())
                .isCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON)).isTrue();
        assertThat(result.getResponse().getContentAsString()).contains("not-authenticated").doesNotContain("Exception");
    }

    private static String token(KeyPair key, String role, String audience, Instant expiresAt) throws JOSEException {
        JWTClaimsSet.Builder claims = new JWTClaimsSet.Builder()
                .subject("lee.carter")
                .audience(List.of(audience))
                .issueTime(Date.from(expiresAt.minusSeconds(900)))
                .expirationTime(Date.from(expiresAt))
                .claim(ProfessionalFromToken.ORGANISATION, "QOX");
        if (role != null) {
            claims.claim(ProfessionalFromToken.ROLE, role);
        }
        SignedJWT jwt = new SignedJWT(new JWSHeader(JWSAlgorithm.RS256), claims.build());
        jwt.sign(new RSASSASigner((RSAPrivateKey) key.getPrivate()));
        return jwt.serialize();
    }

    private static KeyPair rsa() {
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("RSA");
            generator.initialize(2048);
            return generator.generateKeyPair();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
