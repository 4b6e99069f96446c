package org.jointcare.api.delivery;

import java.net.URI;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Where each practice's clinical system takes FHIR messages: the directory's
 * {@code practice.delivery_endpoint} column. A practice without one is not sent anything; its
 * staff read the inbox as before.
 */
@Component
public class PracticeDeliveryEndpoints {

    private final JdbcTemplate jdbc;

    public PracticeDeliveryEndpoints(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    public Optional<URI> of(String practiceCode) {
        List<String> found = jdbc.queryForList("SELECT delivery_endpoint FROM practice WHERE ods_code = ?",
                String.class, practiceCode);
        return found.stream().filter(endpoint -> endpoint != null && !endpoint.isBlank()).findFirst().map(URI::create);
    }

    /**
     * Sets (or, with null, removes) a practice's endpoint. Only http and https: anything else would
     * be an endpoint the sender cannot reach, found out only when a notice goes unsent.
     */
    public void set(String practiceCode, URI endpoint) {
        if (endpoint != null && !("https".equals(endpoint.getScheme()) || "http".equals(endpoint.getScheme()))) {
            throw new IllegalArgumentException("A delivery endpoint is an http(s) URL, not " + endpoint);
        }
        int updated = jdbc.update("UPDATE practice SET delivery_endpoint = ? WHERE ods_code = ?",
                endpoint == null ? null : endpoint.toString(), practiceCode);
        if (updated == 0) {
            throw new IllegalArgumentException("No practice " + practiceCode + " in the directory");
        }
    }
}
