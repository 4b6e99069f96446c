package org.jointcare.benchmarks.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A professional signed in to the pages as a browser is (docs/pages.md): the sign-in form with
 * its CSRF token, then a session cookie on every request. Never HTTP Basic, which pages refuse.
 */
public final class PageSession {

    private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"|value=\"([^\"]+)\"\\s+name=\"_csrf\"");

    private final URI base;
    private final String userId;
    private final HttpClient http;

    private PageSession(URI base, String userId) {
        this.base = base;
        this.userId = userId;
        this.http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
                .followRedirects(HttpClient.Redirect.NEVER)
                .connectTimeout(Duration.ofSeconds(5)).build();
    }

    /** Signs {@code userId} in with the demo password; fails unless the sign-in is accepted. */
    public static PageSession signIn(URI base, String userId) throws IOException, InterruptedException {
        PageSession session = new PageSession(base, userId);
        HttpResponse<String> form = session.http.send(HttpRequest.newBuilder(base.resolve("/sign-in")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        Matcher m = CSRF.matcher(form.body());
        if (form.statusCode() != 200 || !m.find()) {
            throw new IllegalStateException("No sign-in form with a CSRF token (" + form.statusCode() + ")");
        }
        String token = m.group(1) != null ? m.group(1) : m.group(2);
        String body = "userId=" + enc(userId) + "&password=" + enc(ApiClient.DEMO_PASSWORD) + "&_csrf=" + enc(token);
        HttpResponse<String> signedIn = session.http.send(HttpRequest.newBuilder(base.resolve("/sign-in"))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
        String location = signedIn.headers().firstValue("Location").orElse("");
        if (signedIn.statusCode() != 302 || location.contains("error") || location.contains("sign-in")) {
            throw new IllegalStateException("Sign-in of " + userId + " refused: " + signedIn.statusCode() + " " + location);
        }
        return session;
    }

    /** GETs a page; fails unless it is a 200 HTML page (not a redirect back to sign-in). Returns the nanoseconds it took. */
    public long get(String path) throws IOException, InterruptedException {
        long start = System.nanoTime();
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(base.resolve(path)).timeout(Duration.ofSeconds(30))
                .header("Accept", "text/html").GET().build(), HttpResponse.BodyHandlers.ofString());
        long nanos = System.nanoTime() - start;
        if (page.statusCode() != 200 || !page.headers().firstValue("Content-Type").orElse("").startsWith("text/html")) {
            throw new IllegalStateException("Page " + path + " for " + userId + ": " + page.statusCode() + " "
                    + page.body().substring(0, Math.min(300, page.body().length())));
        }
        return nanos;
    }

    private static String enc(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }
}
