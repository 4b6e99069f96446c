package org.jointcare.api.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --jointcare.compact}: the operator's offline compaction gives the space back and keeps every row. */
class CompactStoreCommandTest {

    @TempDir
    Path dataDir;

    @Test
    void compacting_a_grown_file_shrinks_it_and_keeps_every_row() throws Exception {
        String url = "jdbc:h2:file:" + dataDir.toAbsolutePath() + "/jointcare;WRITE_DELAY=0;MAX_COMPACT_TIME=0";
        // a commit per row, as the application makes them: a chunk each, most of it dead soon after
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            c.createStatement().execute("CREATE TABLE fact(id INT PRIMARY KEY, body VARCHAR(200))");
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO fact VALUES (?, REPEAT('x', 150))")) {
                for (int i = 0; i < 3000; i++) {
                    insert.setInt(1, i);
                    insert.executeUpdate();
                }
            }
        }
        Path file = dataDir.resolve("jointcare.mv.db");
        long grown = Files.size(file);

        int exit = CompactStoreCommand.run("--jointcare.compact", "--jointcare.data-dir=" + dataDir.toAbsolutePath(),
                "--logging.level.root=warn");

        assertThat(exit).isZero();
        assertThat(Files.size(file)).as("compacted from %,d bytes", grown).isLessThan(grown / 4);
        try (Connection c = DriverManager.getConnection(url, "sa", "");
             ResultSet rows = c.createStatement().executeQuery("SELECT COUNT(*) FROM fact")) {
            rows.next();
            assertThat(rows.getInt(1)).isEqualTo(3000);
        }
    }

    @Test
    void it_refuses_a_directory_without_a_database_and_creates_none() {
        assertThat(CompactStoreCommand.run("--jointcare.compact", "--jointcare.data-dir=" + dataDir.toAbsolutePath(),
                "--logging.level.root=warn")).isEqualTo(1);
        assertThat(dataDir.resolve("jointcare.mv.db")).doesNotExist();
    }

    @Test
    void only_the_compact_argument_asks_for_it() {
        assertThat(CompactStoreCommand.requested("--jointcare.compact")).isTrue();
        assertThat(CompactStoreCommand.requested("--server.port=8090", "--jointcare.compact=true")).isTrue();
        assertThat(CompactStoreCommand.requested("--jointcare.rebuild=all")).isFalse();
    }
}
