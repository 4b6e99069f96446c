package org.jointcare.api.pages;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.core.annotation.AliasFor;
import org.springframework.stereotype.Controller;

/**
 * A controller that answers pages (HTML) rather than the API's JSON. Its failures are answered by
 * {@link PageErrors} as pages (the same not-found page for an unknown or unreachable person, never
 * a stack trace); it lives in its feature's package beside that feature's endpoints (docs/pages.md).
 */
@Documented
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Controller
public @interface PageController {

    @AliasFor(annotation = Controller.class)
    String value() default "";
}
