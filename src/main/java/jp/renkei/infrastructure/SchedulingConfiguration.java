package jp.renkei.infrastructure;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Scheduled jobs run on every node, but each {@code @SchedulerLock}'d job body runs on one node at a time: a
 * lock row per job in {@code shedlock}, timed by the database's clock so nodes with drifting clocks agree.
 * Each job keeps its lock for a little less than its interval ({@code lockAtLeastFor}): released at once, the
 * lock let every node run every round (seen with two nodes: each 30-second round of delivery retries ran on
 * both). A job's interval set shorter than that minimum runs at the minimum's pace; tests that call a job
 * several times in a row set the minimums to zero ({@code renkei.scheduling.lock-at-least.<job>}).
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT10M",
        interceptMode = EnableSchedulerLock.InterceptMode.PROXY_METHOD)
class SchedulingConfiguration {

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }
}
