package jp.renkei.infrastructure.database;

import java.util.Map;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Settings of mysql-connector-j for every connection pool of the portal (the embedded database's and a configured
 * one). The driver prepares statements on the client and, by default, parses each statement's SQL again every time
 * it is prepared: under load that parsing was 6 % of the portal's CPU ("Profile of the load, session 8" in
 * performance.md), since Hibernate prepares the same few hundred statements over and over. Cached per connection,
 * each SQL text is parsed once (Hibernate's statements run to a few thousand characters, hence the length limit).
 * With the session state kept locally, setting auto-commit or read-only to what it already is sends nothing to the
 * server; nothing in the portal changes that state by SQL, only through JDBC. A setting a deployment gives in
 * {@code spring.datasource.hikari.data-source-properties} is kept.
 */
@Configuration(proxyBeanMethods = false)
class DriverStatementCache {

    static final Map<String, String> SETTINGS = Map.of("cachePrepStmts", "true", "prepStmtCacheSize", "500",
            "prepStmtCacheSqlLimit", "8192", "useLocalSessionState", "true");

    @Bean
    static BeanPostProcessor driverStatementCacheOnEveryPool() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    SETTINGS.forEach((key, value) -> pool.getDataSourceProperties().putIfAbsent(key, value));
                }
                return bean;
            }
        };
    }
}
