package org.jointcare.api.security;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * HTTP Basic against the professional directory. Passwords are compared with their bcrypt hash
 * once and then remembered as verified (see {@link VerifiedCredentials}); a password is never
 * logged nor kept in the resulting authentication.
 */
public class DirectoryAuthenticationProvider implements AuthenticationProvider {

    private final ProfessionalDirectory directory;
    private final PasswordEncoder passwords;
    private final VerifiedCredentials verified;
    /** Checked for an unknown user too, so a wrong user id costs as much as a wrong password. */
    private final String unknownUserHash;

    public DirectoryAuthenticationProvider(ProfessionalDirectory directory, PasswordEncoder passwords, Clock clock) {
        this.directory = directory;
        this.passwords = passwords;
        this.verified = new VerifiedCredentials(10_000, Duration.ofMinutes(5), clock);
        this.unknownUserHash = passwords.encode(java.util.UUID.randomUUID().toString());
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String userId = authentication.getName();
        Object credentials = authentication.getCredentials();
        if (userId == null || !(credentials instanceof String password)) {
            throw new BadCredentialsException("Bad credentials");
        }
        CareProfessional professional = verified.findOrVerify(userId, password, () -> verify(userId, password));
        return authenticated(professional);
    }

    private CareProfessional verify(String userId, String password) {
        Optional<ProfessionalDirectory.ProfessionalAccount> account = directory.account(userId);
        String hash = account.map(ProfessionalDirectory.ProfessionalAccount::passwordHash).orElse(unknownUserHash);
        boolean matches = hash != null && passwords.matches(password, hash);
        if (account.isEmpty() || !matches) {
            throw new BadCredentialsException("Bad credentials");
        }
        return account.get().professional();
    }

    public static UsernamePasswordAuthenticationToken authenticated(CareProfessional professional) {
        return UsernamePasswordAuthenticationToken.authenticated(professional, null,
                List.of(new SimpleGrantedAuthority("ROLE_" + professional.role().name())));
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
