package org.jointcare.api.erasure;

import java.nio.file.Path;
import java.time.Clock;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;

/** The master key and the personal-data keys it wraps (docs/operations.md, "The master key"). */
@Configuration(proxyBeanMethods = false)
public class CryptoConfiguration {

    @Bean
    public MasterKey masterKey(@Value("${jointcare.crypto.master-key:}") String masterKey,
                               @Value("${jointcare.crypto.generate-master-key:false}") boolean generate,
                               @Value("${jointcare.data-dir}") String dataDir) {
        return MasterKey.from(masterKey, generate, Path.of(dataDir));
    }

    @Bean
    public PersonalDataKeys personalDataKeys(JdbcTemplate jdbc, MasterKey masterKey, Clock clock) {
        return new PersonalDataKeys(jdbc, masterKey, clock);
    }
}
