package org.jointcare.api.access;

import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The read models of the {@code projections} module live outside the application's package; the
 * API reads them (the sharing view decides access), so they are part of the application.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan(basePackages = "org.jointcare.views")
public class ProfessionViews {
}
