package org.jointcare.views.operations;

import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.context.ConfigurableApplicationContext;

/** How the operator's command-line commands end: the application closes and exits with their code. */
public final class OperatorCommandExit {

    private OperatorCommandExit() {
    }

    /** Closes the application and exits with {@code code} (0 done, 1 failed), unless told to stay up (tests). */
    public static void exit(ConfigurableApplicationContext context, boolean exitWhenDone, int code) {
        if (exitWhenDone) {
            System.exit(SpringApplication.exit(context, (ExitCodeGenerator) () -> code));
        }
    }
}
