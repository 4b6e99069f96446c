package org.jointcare.api.web;

import java.io.Writer;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;

import org.apache.catalina.Lifecycle;
import org.apache.catalina.Valve;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.core.StandardHost;
import org.apache.catalina.valves.ErrorReportValve;
import org.apache.coyote.ActionCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.web.embedded.tomcat.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.stereotype.Component;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Requests Tomcat refuses itself, before any filter or servlet (a header too large, a request line
 * or an address it cannot parse, an encoded slash or NUL), are answered by the host's error report
 * valve, which writes an HTML page. Here that valve is replaced by one writing the same problem as
 * every other answer of the API, with a correlation id of its own (the request never reached the
 * filter that gives one).
 */
@Component
public class ContainerErrorsAsProblems implements WebServerFactoryCustomizer<TomcatServletWebServerFactory>, Ordered {

    private static final Logger log = LoggerFactory.getLogger(ContainerErrorsAsProblems.class);

    private final ObjectMapper json;

    public ContainerErrorsAsProblems(ObjectMapper json) {
        this.json = json;
    }

    @Override
    public int getOrder() {
        // after Spring Boot's own customizer, which adds a plain error report valve to the host
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void customize(TomcatServletWebServerFactory factory) {
        factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
            if (Lifecycle.BEFORE_START_EVENT.equals(event.getType()) && context.getParent() instanceof StandardHost host) {
                useProblemValve(host);
            }
        }));
    }

    private void useProblemValve(StandardHost host) {
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ErrorReportValve && !(valve instanceof ProblemReportValve)) {
                host.getPipeline().removeValve(valve);
            }
        }
        host.setErrorReportValveClass(ProblemReportValve.class.getName());
        for (Valve valve : host.getPipeline().getValves()) {
            if (valve instanceof ProblemReportValve) {
                return;
            }
        }
        host.getPipeline().addValve(new ProblemReportValve(json));
    }

    /** The problem for a status the container set on its own: the same codes the error controller uses. */
    static ProblemDetail problemFor(HttpStatus status) {
        if (status.is5xxServerError()) {
            return ApiProblem.INTERNAL_ERROR.detail("The request could not be completed. Quote the correlation id if you report it.");
        }
        if (status == HttpStatus.NOT_FOUND) {
            return ApiProblem.NOT_FOUND.detail("There is nothing at this address.");
        }
        if (status == HttpStatus.BAD_REQUEST) {
            return ApiProblem.MALFORMED_REQUEST.detail("The request could not be read: its address, its headers or their "
                    + "size are not allowed here.");
        }
        return ApiProblem.problem(status.getReasonPhrase().toLowerCase().replace(' ', '-'), status,
                status.getReasonPhrase(), status.getReasonPhrase() + ".");
    }

    /** Tomcat's error report, as problem+json. */
    public static final class ProblemReportValve extends ErrorReportValve {

        private final ObjectMapper json;

        public ProblemReportValve() {
            this(new ObjectMapper());
        }

        ProblemReportValve(ObjectMapper json) {
            this.json = json;
        }

        @Override
        protected void report(Request request, Response response, Throwable throwable) {
            int code = response.getStatus();
            // as Tomcat's own: nothing below 400, nothing over an answer already written, each error reported once
            if (code < 400 || response.getContentWritten() > 0 || !response.setErrorReported()) {
                return;
            }
            AtomicBoolean ioAllowed = new AtomicBoolean(false);
            response.getCoyoteResponse().action(ActionCode.IS_IO_ALLOWED, ioAllowed);
            if (!ioAllowed.get()) {
                return;
            }
            HttpStatus status = HttpStatus.resolve(code) == null ? HttpStatus.BAD_REQUEST : HttpStatus.valueOf(code);
            ProblemDetail problem = problemFor(status);
            Object given = request.getAttribute(CorrelationId.ATTRIBUTE);
            String correlationId = given == null ? UUID.randomUUID().toString() : given.toString();
            problem.setProperty("correlationId", correlationId);
            if (status.is5xxServerError() || throwable != null) {
                log.warn("The container refused a request with {} (correlation id {}): {}", code, correlationId,
                        throwable == null ? "no failure given" : throwable.toString());
            }
            try {
                response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
                response.setCharacterEncoding("utf-8");
                response.setHeader(CorrelationId.HEADER, correlationId);
                Writer writer = response.getReporter();
                if (writer != null) {
                    writer.write(json.writeValueAsString(problem));
                    response.finishResponse();
                }
            } catch (java.io.IOException | IllegalStateException e) {
                log.debug("Could not write the container's problem (correlation id {})", correlationId, e);
            }
        }
    }

}
