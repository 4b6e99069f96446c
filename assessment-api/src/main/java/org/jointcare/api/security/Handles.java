package org.jointcare.api.security;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a controller method as the handler of one row of {@link ApiEndpoint}. The row is the only
 * place its path and method are written: the MVC mapping ({@code EndpointMappings}), the security
 * rules, the role-matrix, bad-input and OpenAPI tests and the access log's action all come from it.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface Handles {

    ApiEndpoint value();
}
