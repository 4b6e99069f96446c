package org.jointcare.api.operations;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.context.support.WebApplicationContextUtils;

/**
 * The management server (actuator: health, info, views) is for operators, and it is kept to
 * them by the network: it listens on its own port bound to the loopback address
 * ({@code management.server.address=127.0.0.1}). Requests it serves need no professional's
 * sign-in — the directory's people are care professionals, not operators. This chain matches
 * only requests the management server itself serves, never the API's port: if the management
 * port were configured to equal the API's, this chain would match nothing and the API's own
 * chain refuses {@code /actuator/**} except health.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class ManagementServerSecurity {

    /** The name Spring Boot gives the management server's own web server and context. */
    static final String MANAGEMENT_SERVER = "management";

    @Bean
    @Order(Ordered.HIGHEST_PRECEDENCE)
    SecurityFilterChain managementServer(HttpSecurity http) throws Exception {
        return http
                .securityMatcher(ManagementServerSecurity::servedByManagementServer)
                // curl from the operator's shell, no browser session: nothing for CSRF to protect
                .csrf(AbstractHttpConfigurer::disable)
                .formLogin(AbstractHttpConfigurer::disable)
                .httpBasic(AbstractHttpConfigurer::disable)
                .logout(AbstractHttpConfigurer::disable)
                .requestCache(AbstractHttpConfigurer::disable)
                .sessionManagement(sessions -> sessions.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .authorizeHttpRequests(requests -> requests.anyRequest().permitAll())
                .build();
    }

    static boolean servedByManagementServer(HttpServletRequest request) {
        WebApplicationContext context = WebApplicationContextUtils.getWebApplicationContext(request.getServletContext());
        return context != null && WebServerApplicationContext.hasServerNamespace(context, MANAGEMENT_SERVER);
    }
}
