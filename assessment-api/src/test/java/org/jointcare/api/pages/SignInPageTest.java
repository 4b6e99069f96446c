package org.jointcare.api.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestBuilders.formLogin;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.test.web.servlet.MvcResult;

/** Signing in to the pages: the directory's passwords, a session, CSRF, each role's home, the lock. */
class SignInPageTest extends PageTest {

    @Test
    void aLinkworkerSignsInWithTheDirectoryPasswordAndLandsOnTheCaseload() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/sign-in").userParameter("userId").user(LINKWORKER_NORTH).password(PASSWORD)).andReturn();
        assertThat(signedIn.getResponse().getRedirectedUrl()).isEqualTo("/");
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);

        MvcResult landing = perform(get("/").session(session).accept(MediaType.TEXT_HTML));
        assertThat(landing.getResponse().getRedirectedUrl()).isEqualTo("/linkworker");
        MvcResult home = perform(get("/linkworker").session(session).accept(MediaType.TEXT_HTML));
        assertThat(home.getResponse().getStatus()).isEqualTo(200);
        assertThat(html(home)).contains("Your caseload", "Amara Okafor", "Sign out");

        MvcResult signedOut = perform(post("/sign-out").session(session).with(csrf()));
        assertThat(signedOut.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?signed-out");
        assertThat(perform(get("/linkworker").session(session)).getResponse().getStatus()).isEqualTo(302);
    }

    @Test
    void everyOtherRoleLandsOnAHomeOfItsOwn() throws Exception {
        for (String user : List.of(NURSE_NORTH, GP_RIVERSIDE, HOSPITAL_RD1, COMMISSIONER, PRIVACY_OFFICER)) {
            MvcResult landing = page(user, "/");
            String home = landing.getResponse().getRedirectedUrl();
            assertThat(home).as(user).isNotNull().isNotEqualTo("/linkworker");
            assertThat(page(user, home).getResponse().getStatus()).as(user).isEqualTo(200);
        }
    }

    @Test
    void aWrongPasswordComesBackToTheSignInPageWithTheErrorPattern() throws Exception {
        MvcResult wrong = mvc.perform(formLogin("/sign-in").userParameter("userId").user(LINKWORKER_SOUTH).password("wrong")).andReturn();
        assertThat(wrong.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?error");
        String page = html(perform(get("/sign-in?error")));
        assertThat(page).contains("govuk-error-summary", "href=\"#userId\"", "govuk-error-message");
    }

    @Test
    void signingInWithoutTheCsrfTokenIsRefused() throws Exception {
        MvcResult noToken = perform(post("/sign-in").param("userId", LINKWORKER_NORTH).param("password", PASSWORD)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED));
        // no session, so no token: treated as a session that has ended
        assertThat(noToken.getResponse().getRedirectedUrl()).startsWith("/sign-in");
        assertThat(noToken.getRequest().getSession(false) == null
                || noToken.getRequest().getSession(false).getAttribute("SPRING_SECURITY_CONTEXT") == null).isTrue();
    }

    @Test
    void aFormSentWithoutItsCsrfTokenIsTheExpiredFormPageInASessionAndSignInWithoutOne() throws Exception {
        MvcResult signedIn = mvc.perform(formLogin("/sign-in").userParameter("userId").user(LINKWORKER_NORTH).password(PASSWORD)).andReturn();
        MockHttpSession session = (MockHttpSession) signedIn.getRequest().getSession(false);
        assertThat(perform(get("/linkworker/people/new").session(session).accept(MediaType.TEXT_HTML)).getResponse().getStatus())
                .isEqualTo(200);
        Map<String, String> answers = Map.of("givenName", "Csrf", "familyName", "Refused", "dateOfBirth-day", "1",
                "dateOfBirth-month", "2", "dateOfBirth-year", "1940");

        // the session holds a token and the form does not carry it: 403, answered as "The form has expired"
        var withSession = post("/linkworker/people/new").session(session)
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
        answers.forEach(withSession::param);
        MvcResult expired = perform(withSession);
        assertThat(expired.getResponse().getStatus()).isEqualTo(403);
        // MockMvc does not follow sendError to /error: ask the error page for what the container shows
        MvcResult page = perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 403)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/linkworker/people/new"));
        assertThat(page.getResponse().getStatus()).isEqualTo(403);
        assertThat(html(page)).contains("The form has expired", "Nothing was saved");

        // no session at all (it ended, or the cookie is gone), so no token to compare: the session has timed out
        MvcResult noSession = perform(form(LINKWORKER_NORTH, "/linkworker/people/new", answers));
        assertThat(noSession.getResponse().getStatus()).isEqualTo(302);
        assertThat(noSession.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?timed-out");
    }

    @Test
    void pagesNeverAcceptHttpBasic() throws Exception {
        MvcResult basic = perform(get("/linkworker").with(httpBasic(LINKWORKER_NORTH, PASSWORD)).accept(MediaType.TEXT_HTML));
        assertThat(basic.getResponse().getStatus()).isEqualTo(302);
        assertThat(basic.getResponse().getRedirectedUrl()).endsWith("/sign-in");
    }

    @Test
    void theApiStillTakesHttpBasicAndMakesNoSession() throws Exception {
        MvcResult api = read(LINKWORKER_NORTH, "/api/v1/caseload");
        assertThat(api.getResponse().getStatus()).isEqualTo(200);
        assertThat(api.getResponse().getHeader("Set-Cookie")).isNull();
    }

    @Test
    void repeatedWrongPasswordsLockTheUserIdAndTheLockIsInTheAccessLog() throws Exception {
        String user = "someone.guessing";
        for (int i = 0; i < 5; i++) {
            mvc.perform(formLogin("/sign-in").userParameter("userId").user(user).password("guess-" + i)).andReturn();
        }
        MvcResult locked = mvc.perform(formLogin("/sign-in").userParameter("userId").user(user).password("guess-6")).andReturn();
        assertThat(locked.getResponse().getRedirectedUrl()).isEqualTo("/sign-in?locked");
        List<Map<String, Object>> rows = jdbc.queryForList(
                "SELECT action, outcome FROM access_log WHERE user_id = ? ORDER BY id", user);
        assertThat(rows).extracting(row -> row.get("ACTION")).containsExactly("SIGN_IN_LOCKED", "SIGN_IN_WHILE_LOCKED");
        assertThat(html(perform(get("/sign-in?locked")))).contains("locked");
    }

    @Test
    void anotherProfessionsPageAndAnUnknownPageAreTheSameNotFoundPageWithNoStackTrace() throws Exception {
        MvcResult others = page(GP_RIVERSIDE, "/linkworker");
        MvcResult unknown = page(GP_RIVERSIDE, "/no-such-page");
        assertThat(others.getResponse().getStatus()).isEqualTo(404);
        assertThat(unknown.getResponse().getStatus()).isEqualTo(404);
        // the container renders the status as a page (MockMvc does not dispatch errors: ask for it as Tomcat would)
        MvcResult rendered = perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/linkworker"));
        assertThat(html(rendered)).contains("Page not found").doesNotContain("Exception", "at org.");
        MvcResult failed = perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 500)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/linkworker"));
        assertThat(html(failed)).contains("Sorry, there is a problem").doesNotContain("Exception", "at org.");
        MvcResult api = perform(get("/error").accept(MediaType.TEXT_HTML)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_STATUS_CODE, 404)
                .requestAttr(jakarta.servlet.RequestDispatcher.ERROR_REQUEST_URI, "/api/v1/nothing"));
        assertThat(api.getResponse().getContentType()).isEqualTo("application/problem+json");
    }

    @Test
    void theStylesheetAndItsFontsAreServedFromTheWebjar() throws Exception {
        assertThat(perform(get("/webjars/govuk-frontend/dist/govuk/govuk-frontend.min.css")).getResponse().getStatus())
                .isEqualTo(200);
        assertThat(perform(get("/assets/fonts/bold-b542beb274-v2.woff2")).getResponse().getStatus()).isEqualTo(200);
    }
}
