package org.jointcare.api.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.test.web.servlet.MvcResult;

class SmokeTest extends ApiTest {

    @Test
    void aGpRegistersAPersonAndReadsTheRecordBack() throws Exception {
        UUID id = registerAt(RIVERSIDE);
        MvcResult read = read(GP_RIVERSIDE, records(id));
        assertThat(read.getResponse().getStatus()).isEqualTo(200);
        assertThat(read.getResponse().getHeader("ETag")).isEqualTo("\"0\"");
        assertThat(body(read).get("registeredPracticeCode").asText()).isEqualTo(RIVERSIDE);
    }
}
