package org.jointcare.api.pages;

import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.Map;

import org.jointcare.api.security.DirectoryAuthenticationProvider;
import org.jointcare.api.security.ProfessionalDirectory;
import org.jointcare.api.web.ApiTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.RequestPostProcessor;

/**
 * Page tests in the API tests' one Spring context (same users, clock and database), signed in as
 * a page session would be: the professional from the directory, no HTTP Basic.
 */
public abstract class PageTest extends ApiTest {

    @Autowired
    protected ProfessionalDirectory directory;

    protected RequestPostProcessor signedIn(String userId) {
        return authentication(DirectoryAuthenticationProvider.authenticated(
                directory.account(userId).orElseThrow().professional()));
    }

    protected MvcResult page(String userId, String path) throws Exception {
        return perform(get(path).with(signedIn(userId)).accept(MediaType.TEXT_HTML));
    }

    /** A form as a browser posts it, with the session's CSRF token. */
    protected MvcResult submit(String userId, String path, Map<String, String> fields) throws Exception {
        return perform(form(userId, path, fields).with(csrf()));
    }

    protected MockHttpServletRequestBuilder form(String userId, String path, Map<String, String> fields) {
        MockHttpServletRequestBuilder request = post(path).with(signedIn(userId))
                .contentType(MediaType.APPLICATION_FORM_URLENCODED).accept(MediaType.TEXT_HTML);
        fields.forEach(request::param);
        return request;
    }

    /** The page without its per-request CSRF token (the sign-out form carries one), to compare two pages. */
    protected static String withoutCsrfToken(String html) {
        return html.replaceAll("name=\"_csrf\" value=\"[^\"]*\"", "name=\"_csrf\"");
    }

    protected static String html(MvcResult result) throws Exception {
        return result.getResponse().getContentAsString();
    }
}
