package org.jointcare.api.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jointcare.api.web.ApiTest;
import org.jointcare.views.ViewDefinition;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An operator learns which views exist, how each is processed and which tables hold it from
 * docs/operations.md. This test keeps that table equal to the {@link ViewDefinition} beans the
 * application runs, so a view added, renamed or given another table cannot be missing there.
 */
class OperationsGuideListsEveryViewTest extends ApiTest {

    private static final Pattern ROW =
            Pattern.compile("^\\| `([a-z-]+)` \\| (STREAMING|SUBSCRIBING) \\| (\\d+) \\| ([^|]+) \\|");

    @Autowired
    List<ViewDefinition> views;

    @Test
    void theOperationsGuideListsEveryViewWithItsModeBatchAndTables() throws IOException {
        List<String> documented = documentedViews();
        List<String> running = views.stream()
                .map(view -> row(view.processingGroup(), view.mode().name(), view.batchSize(), view.tables()))
                .sorted().toList();

        assertThat(documented).isEqualTo(running);
    }

    private static List<String> documentedViews() throws IOException {
        return Files.readAllLines(guide()).stream()
                .map(ROW::matcher)
                .filter(Matcher::find)
                .map(row -> row(row.group(1), row.group(2), Integer.parseInt(row.group(3)),
                        Arrays.stream(row.group(4).split(",")).map(t -> t.strip().replace("`", "")).toList()))
                .sorted().toList();
    }

    private static String row(String group, String mode, int batch, List<String> tables) {
        return group + " " + mode + " " + batch + " " + tables.stream().sorted().toList();
    }

    /** docs/operations.md at the repository root, found from the module's working directory. */
    private static Path guide() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null && !Files.exists(dir.resolve("docs/operations.md"))) {
            dir = dir.getParent();
        }
        assertThat(dir).as("docs/operations.md above %s", Path.of("").toAbsolutePath()).isNotNull();
        return dir.resolve("docs/operations.md");
    }
}
