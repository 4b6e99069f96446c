package org.jointcare.api.web;

import java.lang.reflect.Method;
import java.util.Arrays;

import org.jointcare.api.security.ApiEndpoint;
import org.jointcare.api.security.Handles;
import org.springframework.boot.autoconfigure.web.servlet.WebMvcRegistrations;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Maps each {@link Handles} method to its {@link ApiEndpoint} row: the row's path and method, JSON
 * out (or the file type the row names), and JSON in when the handler requires a body. A handler that also wrote its own
 * {@code @RequestMapping} would say its path twice, so it is refused at start-up.
 */
@Component
public class EndpointMappings implements WebMvcRegistrations {

    @Override
    public RequestMappingHandlerMapping getRequestMappingHandlerMapping() {
        return new FromTheEndpointTable();
    }

    static final class FromTheEndpointTable extends RequestMappingHandlerMapping {

        @Override
        protected RequestMappingInfo getMappingForMethod(Method method, Class<?> handlerType) {
            Handles handles = AnnotatedElementUtils.findMergedAnnotation(method, Handles.class);
            if (handles == null) {
                return super.getMappingForMethod(method, handlerType);
            }
            if (AnnotatedElementUtils.hasAnnotation(method, RequestMapping.class)
                    || AnnotatedElementUtils.hasAnnotation(handlerType, RequestMapping.class)) {
                throw new IllegalStateException(handlerType.getName() + "." + method.getName() + " handles "
                        + handles.value() + ", whose path and method come from ApiEndpoint; it must not declare a @RequestMapping too");
            }
            ApiEndpoint endpoint = handles.value();
            RequestMappingInfo.Builder mapping = RequestMappingInfo.paths(endpoint.path())
                    .methods(RequestMethod.valueOf(endpoint.method().name()))
                    .produces(endpoint.produces())
                    .options(getBuilderConfiguration());
            if (requiresABody(method)) {
                mapping.consumes(MediaType.APPLICATION_JSON_VALUE);
            }
            return mapping.build();
        }

        private static boolean requiresABody(Method method) {
            return Arrays.stream(method.getParameters())
                    .map(parameter -> parameter.getAnnotation(RequestBody.class))
                    .anyMatch(body -> body != null && body.required());
        }
    }
}
