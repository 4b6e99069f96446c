package org.jointcare.api.pages;

import java.time.Clock;

import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.DirectoryAuthenticationProvider;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.carerecord.Role;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configurers.AbstractHttpConfigurer;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfException;
import org.springframework.security.web.authentication.LoginUrlAuthenticationEntryPoint;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter;

/**
 * Who may open which page. Professionals sign in on {@code /sign-in} against the same directory
 * the API uses (whatever the API's profile), and stay signed in with a session cookie (HttpOnly,
 * SameSite=Lax, Secure whenever the request came over TLS; it ends after
 * {@code server.servlet.session.timeout} without use). Every form carries a CSRF token. HTTP Basic
 * and bearer tokens are not accepted here: this chain has neither, and the API's chain (ordered
 * first) takes only the API's paths. Repeated wrong passwords lock the user id
 * ({@link SignInAttempts}). Roles per path come from {@link PageArea}.
 */
@Configuration
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
public class PageSecurityConfiguration {

    public static final String SIGN_IN = "/sign-in";
    public static final String SIGN_OUT = "/sign-out";

    @Bean
    @Order(2)
    SecurityFilterChain pages(HttpSecurity http, ProfessionalDirectory directory, PasswordEncoder passwords,
                              Clock clock, SignInAttempts attempts) throws Exception {
        // the directory's own check, not the API's bean: on the jwt profile there is none
        DirectoryAuthenticationProvider checkPassword = new DirectoryAuthenticationProvider(directory, passwords, clock);
        http.authenticationManager(new ProviderManager(attempts.guarding(checkPassword)))
                .httpBasic(AbstractHttpConfigurer::disable)
                .formLogin(form -> form
                        .loginPage(SIGN_IN)
                        .usernameParameter("userId")
                        .passwordParameter("password")
                        // each role's own home, never a page remembered from before signing in
                        .defaultSuccessUrl("/", true)
                        .failureHandler((request, response, failure) -> response.sendRedirect(
                                request.getContextPath() + SIGN_IN + (failure instanceof LockedException ? "?locked" : "?error")))
                        .permitAll())
                .logout(logout -> logout
                        .logoutUrl(SIGN_OUT)
                        .logoutSuccessUrl(SIGN_IN + "?signed-out")
                        .deleteCookies("JSESSIONID")
                        .invalidateHttpSession(true))
                .sessionManagement(sessions -> sessions
                        // a new session id at sign-in, so one planted before cannot be used
                        .sessionFixation(fixation -> fixation.changeSessionId())
                        .invalidSessionUrl(SIGN_IN + "?timed-out"))
                .headers(headers -> headers
                        .referrerPolicy(referrer -> referrer.policy(ReferrerPolicyHeaderWriter.ReferrerPolicy.SAME_ORIGIN))
                        .contentSecurityPolicy(csp -> csp.policyDirectives(
                                "default-src 'self'; img-src 'self' data:; object-src 'none'; frame-ancestors 'none'; "
                                        + "form-action 'self'; base-uri 'self'")))
                .exceptionHandling(exceptions -> exceptions
                        .authenticationEntryPoint(new LoginUrlAuthenticationEntryPoint(SIGN_IN))
                        // a page of another profession's work: answered as a page that is not there
                        // a form without its session's CSRF token: 403, "the form has expired"
                        .accessDeniedHandler((request, response, denied) ->
                                response.sendError(denied instanceof CsrfException ? 403 : 404)))
                .authorizeHttpRequests(requests -> {
                    requests.requestMatchers(SIGN_IN, "/error", "/webjars/**", "/assets/**", "/js/**", "/favicon.ico").permitAll();
                    for (PageArea area : PageArea.values()) {
                        requests.requestMatchers(area.prefix(), area.prefix() + "/**")
                                .hasAnyRole(area.roles().stream().map(Role::name).toArray(String[]::new));
                    }
                    // pages about one person, open to the roles of the endpoint behind them
                    requests.requestMatchers("/people/*/own-record").hasAnyRole(roles(ApiEndpoint.READ_OWN_RECORD));
                    requests.requestMatchers("/people/*/emergency-access").hasAnyRole(roles(ApiEndpoint.RECORD_EMERGENCY_ACCESS));
                    requests.requestMatchers("/").authenticated();
                    // a page path in no area is no one's
                    requests.anyRequest().denyAll();
                });
        return http.build();
    }

    private static String[] roles(ApiEndpoint endpoint) {
        return endpoint.roles().stream().map(Role::name).toArray(String[]::new);
    }
}
