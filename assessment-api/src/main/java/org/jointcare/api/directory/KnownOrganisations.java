package org.jointcare.api.directory;

import static java.lang.annotation.ElementType.TYPE;
import static java.lang.annotation.RetentionPolicy.RUNTIME;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Retention;
import java.lang.annotation.Target;

/**
 * Every organisation code a request names ({@link NamesOrganisations}) exists in the directory.
 * A code that does not (a typo, "12345") is answered 422 {@code unknown-organisation-code} with
 * the field at fault, before anything is sent to the care record.
 */
@Target(TYPE)
@Retention(RUNTIME)
@Constraint(validatedBy = KnownOrganisationsValidator.class)
public @interface KnownOrganisations {

    String message() default "not an organisation in the directory";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
