package org.jointcare.api.web;

import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import org.jointcare.api.access.RoleView;
import org.jointcare.api.idempotency.IdempotencyKeys;
import org.jointcare.api.security.Handles;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestMethod;

import com.fasterxml.jackson.databind.JavaType;

import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.ObjectSchema;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.HeaderParameter;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/**
 * The OpenAPI description's cover page, how to sign in, and the headers every write honours
 * (served at /v3/api-docs, browsable at /swagger-ui.html).
 */
@Configuration(proxyBeanMethods = false)
public class ApiDocumentation {

    @Bean
    OpenAPI jointCareApi() {
        return new OpenAPI()
                .info(new Info().title("JointCare API").version("v1").description("""
                        One shared care record per person for joint health and social care. Every answer about one \
                        record carries its version as ETag; writes may send If-Match (412 when stale) and \
                        Idempotency-Key. Errors are RFC 9457 problems with a stable type \
                        (https://jointcare.example/problems/<code>). A person you have no relationship with is \
                        answered 404, exactly like an id that does not exist."""))
                .components(new Components()
                        .addSecuritySchemes("basic", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("basic")
                                .description("Default profile: user id and password from the directory"))
                        .addSecuritySchemes("bearer", new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                                .bearerFormat("JWT").description("jwt profile: claims sub, role, organisation")))
                .addSecurityItem(new SecurityRequirement().addList("basic"))
                .addSecurityItem(new SecurityRequirement().addList("bearer"));
    }

    /**
     * A view a role reads ({@link RoleView}) is described as the view it holds, with the view's name
     * first; what a linkworker may not read is left out of the answer, never out of the description.
     */
    @Bean
    ModelConverter roleViewsAsTheViewTheyHold() {
        return new ModelConverter() {
            @Override
            public Schema resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
                JavaType javaType = Json.mapper().constructType(type.getType());
                if (javaType.getRawClass() == RoleView.class && javaType.containedTypeCount() == 1) {
                    Schema<?> held = context.resolve(new AnnotatedType(javaType.containedType(0)).resolveAsRef(true));
                    return new ComposedSchema()
                            .addAllOfItem(new ObjectSchema().addProperty("view", new StringSchema().description("the view's name")))
                            .addAllOfItem(held);
                }
                return chain.hasNext() ? chain.next().resolve(type, context, chain) : null;
            }
        };
    }

    static final String IDEMPOTENCY_KEY_DOC = "Any 1 to 128 visible characters (a UUID, say), new for each change: "
            + "sent again with the same request it answers the stored response (Idempotent-Replayed: true) and changes "
            + "nothing; with a different request it answers 422 idempotency-key-reused. Kept a day, per user.";
    public static final String IF_MATCH_DOC = "The ETag of the care record as you last read it; a stale one answers 412.";

    /**
     * Declared once for every write, rather than on each handler: the idempotency filter honours
     * Idempotency-Key on every POST, and a handler that reads If-Match honours it.
     */
    @Bean
    OperationCustomizer writeHeaders() {
        return (operation, handler) -> {
            if (!isPost(handler.getMethod())) {
                return operation;
            }
            declare(operation, IdempotencyKeys.HEADER, IDEMPOTENCY_KEY_DOC, new StringSchema().minLength(1).maxLength(128));
            boolean readsIfMatch = Arrays.stream(handler.getMethodParameters())
                    .map(parameter -> parameter.getParameterAnnotation(RequestHeader.class))
                    .anyMatch(header -> header != null && (HttpHeaders.IF_MATCH.equalsIgnoreCase(header.value())
                            || HttpHeaders.IF_MATCH.equalsIgnoreCase(header.name())));
            if (readsIfMatch) {
                declare(operation, HttpHeaders.IF_MATCH, IF_MATCH_DOC, new StringSchema().example("\"7\""));
            }
            return operation;
        };
    }

    private static boolean isPost(java.lang.reflect.Method method) {
        Handles handles = AnnotatedElementUtils.findMergedAnnotation(method, Handles.class);
        if (handles != null) {
            return handles.value().method() == HttpMethod.POST;
        }
        RequestMapping mapping = AnnotatedElementUtils.findMergedAnnotation(method, RequestMapping.class);
        return mapping != null && List.of(mapping.method()).contains(RequestMethod.POST);
    }

    private static void declare(Operation operation, String name, String description, Schema<?> schema) {
        Optional<Parameter> declared = Optional.ofNullable(operation.getParameters()).orElse(List.of()).stream()
                .filter(parameter -> "header".equals(parameter.getIn()) && name.equalsIgnoreCase(parameter.getName()))
                .findFirst();
        if (declared.isPresent()) {
            if (declared.get().getDescription() == null || declared.get().getDescription().isBlank()) {
                declared.get().setDescription(description);
            }
            return;
        }
        operation.addParametersItem(new HeaderParameter().name(name).required(false).description(description).schema(schema));
    }
}
