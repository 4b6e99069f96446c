package org.jointcare.api.web;

import java.io.ByteArrayInputStream;
import java.io.BufferedReader;
import java.net.URLDecoder;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Enumeration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses request bodies above a limit (64 KB by default; a care record command is a few KB) with
 * 413 before anything parses them, whether the client declared the length or streamed it. The
 * accepted body is kept in memory so it can be read twice: once to fingerprint an idempotent
 * request, once to bind it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
public class RequestBodyLimit extends OncePerRequestFilter {

    static final String BODY_ATTRIBUTE = RequestBodyLimit.class.getName() + ".body";

    private final int limit;
    private final ProblemResponses problems;

    public RequestBodyLimit(@Value("${jointcare.api.max-body-bytes:65536}") int limit, ProblemResponses problems) {
        this.limit = limit;
        this.problems = problems;
    }

    @Override
    protected boolean shouldNotFilter(HttpServletRequest request) {
        String method = request.getMethod();
        return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method));
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (request.getContentLengthLong() > limit) {
            refuse(request, response);
            return;
        }
        byte[] body = request.getInputStream().readNBytes(limit + 1);
        if (body.length > limit) {
            refuse(request, response);
            return;
        }
        request.setAttribute(BODY_ATTRIBUTE, body);
        chain.doFilter(new CachedBody(request, body), response);
    }

    private void refuse(HttpServletRequest request, HttpServletResponse response) throws IOException {
        response.setHeader("Connection", "close");
        problems.write(request, response, ApiProblem.BODY_TOO_LARGE.detail(
                "Request bodies may be at most " + limit + " bytes."));
    }

    /** The body of the current request as received, or an empty array when it had none. */
    public static byte[] bodyOf(HttpServletRequest request) {
        Object body = request.getAttribute(BODY_ATTRIBUTE);
        return body instanceof byte[] bytes ? bytes : new byte[0];
    }

    private static final class CachedBody extends HttpServletRequestWrapper {
        private final byte[] body;

        CachedBody(HttpServletRequest request, byte[] body) {
            super(request);
            this.body = body;
        }

        @Override
        public ServletInputStream getInputStream() {
            InputStream in = new ByteArrayInputStream(body);
            return new ServletInputStream() {
                @Override
                public boolean isFinished() {
                    try {
                        return in.available() == 0;
                    } catch (IOException e) {
                        return true;
                    }
                }

                @Override
                public boolean isReady() {
                    return true;
                }

                @Override
                public void setReadListener(ReadListener listener) {
                    throw new UnsupportedOperationException("bodies are read synchronously");
                }

                @Override
                public int read() throws IOException {
                    return in.read();
                }

                @Override
                public int read(byte[] b, int off, int len) throws IOException {
                    return in.read(b, off, len);
                }
            };
        }

        @Override
        public BufferedReader getReader() {
            String encoding = getCharacterEncoding();
            return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(body),
                    encoding == null ? StandardCharsets.UTF_8 : java.nio.charset.Charset.forName(encoding)));
        }

        /**
         * A form (the pages post forms) is read from the kept body: the container can no longer parse
         * parameters from a stream this filter has already read. Query parameters come first, as the
         * servlet specification orders them.
         */
        private Map<String, String[]> parameters;

        private Map<String, String[]> parameters() {
            if (parameters == null) {
                String type = getContentType();
                boolean form = type != null
                        && type.toLowerCase(java.util.Locale.ROOT).startsWith("application/x-www-form-urlencoded");
                if (!form || body.length == 0) {
                    // nothing of ours to parse (a request built with parameters already, as in a test)
                    parameters = super.getParameterMap();
                    return parameters;
                }
                Map<String, List<String>> all = new LinkedHashMap<>();
                add(all, getQueryString());
                add(all, new String(body, StandardCharsets.ISO_8859_1));
                Map<String, String[]> kept = new LinkedHashMap<>();
                all.forEach((name, values) -> kept.put(name, values.toArray(String[]::new)));
                parameters = Collections.unmodifiableMap(kept);
            }
            return parameters;
        }

        private static void add(Map<String, List<String>> into, String encoded) {
            if (encoded == null || encoded.isEmpty()) {
                return;
            }
            for (String pair : encoded.split("&")) {
                if (pair.isEmpty()) {
                    continue;
                }
                int equals = pair.indexOf('=');
                String name;
                String value;
                try {
                    name = URLDecoder.decode(equals < 0 ? pair : pair.substring(0, equals), StandardCharsets.UTF_8);
                    value = equals < 0 ? "" : URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8);
                } catch (IllegalArgumentException malformedEscape) {
                    // a broken %-escape is the sender's fault: skip the pair, as the container itself does,
                    // and let the form's own validation say what is missing
                    continue;
                }
                into.computeIfAbsent(name, n -> new ArrayList<>()).add(value);
            }
        }

        @Override
        public String getParameter(String name) {
            String[] values = parameters().get(name);
            return values == null || values.length == 0 ? null : values[0];
        }

        @Override
        public Map<String, String[]> getParameterMap() {
            return parameters();
        }

        @Override
        public Enumeration<String> getParameterNames() {
            return Collections.enumeration(parameters().keySet());
        }

        @Override
        public String[] getParameterValues(String name) {
            String[] values = parameters().get(name);
            return values == null ? null : values.clone();
        }

        @Override
        public int getContentLength() {
            return body.length;
        }

        @Override
        public long getContentLengthLong() {
            return body.length;
        }
    }
}
