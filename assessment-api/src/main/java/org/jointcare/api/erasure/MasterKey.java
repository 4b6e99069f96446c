package org.jointcare.api.erasure;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import javax.crypto.SecretKey;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The operator's master key: it wraps every personal-data key and is never stored in the
 * database. Given as {@code jointcare.crypto.master-key} (environment {@code JOINTCARE_CRYPTO_MASTER_KEY}),
 * 32 random bytes in base64. Only when {@code jointcare.crypto.generate-master-key} is true (the demo
 * and development default) is one generated into the data directory, with a warning at every start:
 * a key beside the database it protects protects nothing once both are copied together.
 */
public final class MasterKey {

    private static final Logger log = LoggerFactory.getLogger(MasterKey.class);
    static final String FILE_NAME = "master-key.base64";

    private final SecretKey key;
    private final String id;

    MasterKey(SecretKey key) {
        this.key = key;
        this.id = idOf(key);
    }

    public static MasterKey from(String base64, boolean generate, Path dataDir) {
        if (base64 != null && !base64.isBlank()) {
            return new MasterKey(Aes.key(Base64.getDecoder().decode(base64.trim())));
        }
        if (!generate) {
            throw new IllegalStateException("No master key: set jointcare.crypto.master-key (JOINTCARE_CRYPTO_MASTER_KEY) to 32 random"
                    + " bytes in base64 (docs/operations.md, \"The master key\")");
        }
        Path file = dataDir.resolve(FILE_NAME);
        try {
            if (!Files.exists(file)) {
                Files.createDirectories(dataDir);
                Files.writeString(file, Base64.getEncoder().encodeToString(Aes.newKey().getEncoded()), StandardCharsets.US_ASCII);
                try {
                    Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
                } catch (UnsupportedOperationException notPosix) {
                    // left as the file system makes it
                }
            }
            log.warn("""
                    ******************************************************************************
                    DEMO/DEVELOPMENT MASTER KEY in {}: it sits beside the data it protects.
                    Personal data in the event store is only as safe as this file. In production
                    set jointcare.crypto.master-key (JOINTCARE_CRYPTO_MASTER_KEY) from your key store and
                    jointcare.crypto.generate-master-key=false (docs/operations.md, "The master key").
                    ******************************************************************************""",
                    file.toAbsolutePath());
            return new MasterKey(Aes.key(Base64.getDecoder().decode(Files.readString(file, StandardCharsets.US_ASCII).trim())));
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read or write the generated master key " + file.toAbsolutePath(), e);
        }
    }

    /** Which master key wrapped a key (the first 8 bytes of its SHA-256, in hex): names it without revealing it. */
    public String id() {
        return id;
    }

    byte[] wrap(SecretKey dataKey, String keyId) {
        return Aes.encrypt(key, dataKey.getEncoded(), keyId.getBytes(StandardCharsets.UTF_8));
    }

    SecretKey unwrap(byte[] wrapped, String keyId) {
        return Aes.key(Aes.decrypt(key, wrapped, keyId.getBytes(StandardCharsets.UTF_8)));
    }

    private static String idOf(SecretKey key) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(key.getEncoded()), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
