package org.jointcare.api.web;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;

/** The OpenAPI description's cover page and how to sign in (served at /v3/api-docs, browsable at /swagger-ui.html). */
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
}
