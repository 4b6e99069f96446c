package org.jointcare.api.directory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * How professionals' passwords are stored: Spring Security's delegating format, bcrypt for new
 * hashes ({bcrypt}$2a$10$...), so stronger algorithms can be introduced without a migration.
 * The same encoder checks passwords at login.
 */
@Configuration(proxyBeanMethods = false)
public class Passwords {

    @Bean
    public PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
