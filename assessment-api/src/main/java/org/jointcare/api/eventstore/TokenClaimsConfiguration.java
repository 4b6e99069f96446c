package org.jointcare.api.eventstore;

import java.lang.management.ManagementFactory;

import org.axonframework.common.jdbc.ConnectionProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.JdbcTokenStore;
import org.axonframework.eventhandling.tokenstore.jdbc.TokenSchema;
import org.axonframework.serialization.Serializer;
import org.axonframework.springboot.TokenStoreProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The views' tracking tokens, claimed per node. With several nodes on one database, each view's
 * segment is processed by the node whose name is in its token's {@code owner}; the others wait,
 * and take it over once the owner has not extended its claim for the claim timeout
 * ({@code axon.eventhandling.tokenstore.claim-timeout}). The node's name is
 * {@code jointcare.node-name}, by default Axon's own ({@code pid@host}), which is unique for
 * processes but not for two applications in one JVM: name each node when running several.
 */
@Configuration(proxyBeanMethods = false)
public class TokenClaimsConfiguration {

    private static final Logger log = LoggerFactory.getLogger(TokenClaimsConfiguration.class);

    @Bean
    public TokenStore tokenStore(ConnectionProvider connectionProvider, Serializer serializer, ObjectProvider<TokenSchema> tokenSchema,
                                 TokenStoreProperties properties, @Value("${jointcare.node-name:}") String nodeName) {
        String node = nodeName.isBlank() ? ManagementFactory.getRuntimeMXBean().getName() : nodeName.trim();
        log.info("This node claims view tokens as '{}' (claims time out after {})", node, properties.getClaimTimeout());
        return JdbcTokenStore.builder()
                .connectionProvider(connectionProvider)
                .schema(tokenSchema.getIfAvailable(() -> TokenSchema.builder().build()))
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(node)
                .build();
    }
}
