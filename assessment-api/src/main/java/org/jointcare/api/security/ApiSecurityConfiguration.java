package org.jointcare.api.security;

import java.time.Clock;

import org.jointcare.api.access.RefusedByRole;
import org.jointcare.api.web.ProblemResponses;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Who may call what. On the default profile professionals sign in with HTTP Basic against the
 * directory; on the {@code jwt} profile the API is an OAuth2 resource server and the professional
 * comes from the token's claims. Either way the roles per endpoint come from {@link ApiEndpoint},
 * sessions are never created, and refusals are problem+json.
 */
@Configuration
// the operator's command line (--jointcare.rebuild, ... with web-application-type=none) has no web security to set up
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ApiSecurityConfiguration {

    /**
     * What this chain guards; every other path is a page, guarded by the pages' chain (form sign-in,
     * session, CSRF), which is ordered after this one. Basic and tokens are accepted here only.
     */
    public static final String[] API_PATHS = {"/api/**", "/fhir/**", "/v3/api-docs", "/v3/api-docs/**",
            "/swagger-ui.html", "/swagger-ui/**", "/actuator/**", "/livez", "/readyz"};

    @Bean
    @Profile("!jwt")
    DirectoryAuthenticationProvider directoryAuthenticationProvider(ProfessionalDirectory directory,
                                                                    PasswordEncoder passwords, Clock clock) {
        return new DirectoryAuthenticationProvider(directory, passwords, clock);
    }

    @Bean
    @Order(1)
    @Profile("!jwt")
    SecurityFilterChain basicAuthentication(HttpSecurity http, DirectoryAuthenticationProvider provider,
                                            ProblemResponses problems, RefusedByRole refusals) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems, "Basic realm=\"JointCare\"", refusals);
        http.authenticationManager(new ProviderManager(provider))
                .httpBasic(basic -> basic.authenticationEntryPoint(handlers));
        return common(http, handlers).build();
    }

    @Bean
    @Order(1)
    @Profile("jwt")
    SecurityFilterChain bearerTokens(HttpSecurity http, ProfessionalDirectory directory, ProblemResponses problems,
                                     RefusedByRole refusals) throws Exception {
        ProblemSecurityHandlers handlers = new ProblemSecurityHandlers(problems, "Bearer", refusals);
        http.oauth2ResourceServer(resourceServer -> resourceServer
                .authenticationEntryPoint(handlers)
                .accessDeniedHandler(handlers)
                .jwt(jwt -> jwt.jwtAuthenticationConverter(new ProfessionalFromToken(directory))));
        return common(http, handlers).build();
    }

    private HttpSecurity common(HttpSecurity http, ProblemSecurityHandlers handlers) throws Exception {
        return http
                .securityMatcher(API_PATHS)
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(handlers)
                        .accessDeniedHandler(handlers))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers("/v3/api-docs", "/v3/api-docs/**", "/swagger-ui.html", "/swagger-ui/**",
                            "/actuator/health", "/actuator/health/**", "/livez", "/readyz", "/error").permitAll();
                    // the actuator lives on the loopback management port (org.jointcare.api.operations);
                    // should it ever share this port, its operator endpoints are still no professional's
                    requests.requestMatchers("/actuator/**").denyAll();
                    for (ApiEndpoint endpoint : ApiEndpoint.values()) {
                        requests.requestMatchers(endpoint.method(), endpoint.path())
                                .hasAnyRole(endpoint.roles().stream().map(Enum::name).toArray(String[]::new));
                    }
                    // an endpoint not in the table is refused to everyone
                    requests.requestMatchers("/api/**", "/fhir/**").denyAll();
                    requests.anyRequest().authenticated();
                });
    }
}
