package jp.renkei.infrastructure;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The executor behind {@code @Async} and so behind every {@code @ApplicationModuleListener}: a fixed number of
 * threads with a queue in front of them.
 * <p>
 * With virtual threads on, Spring Boot's default would start one thread per event, unbounded. Each listener holds a
 * database connection for its transaction, so a burst of events (a demo seeding, a coordinator accepting twenty
 * referrals) made hundreds of listeners wait for a pool of ten connections, and those that waited longer than the
 * pool's timeout failed: notices arrived only at the next retry, and people's own requests timed out behind them.
 * A bounded pool keeps listeners to a share of the connections; the queue never blocks the thread that committed
 * (a listener that itself publishes events must not wait for a free listener thread), and what is queued is also
 * in the event publication registry, so a crash loses nothing ({@code DeliveryRetries} resubmits what a killed node
 * left unfinished).
 */
@Configuration(proxyBeanMethods = false)
class EventListenerExecutorConfiguration {

    @Bean(name = { "applicationTaskExecutor", "taskExecutor" })
    ThreadPoolTaskExecutor applicationTaskExecutor(@Value("${renkei.events.listener-threads:6}") int threads) {
        return fixedPool("event-listener-", threads);
    }

    /**
     * Mail goes out on threads of its own, so a hanging mail server never delays in-app notices. The name is the
     * one {@code shared.notification.MailDeliveryListener} asks for (infrastructure depends on no module).
     */
    @Bean(name = "mailDeliveryExecutor")
    ThreadPoolTaskExecutor mailDeliveryExecutor(@Value("${renkei.events.mail-threads:3}") int threads) {
        return fixedPool("mail-delivery-", threads);
    }

    private static ThreadPoolTaskExecutor fixedPool(String threadNamePrefix, int threads) {
        ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
        executor.setCorePoolSize(threads);
        executor.setMaxPoolSize(threads);
        executor.setThreadNamePrefix(threadNamePrefix);
        // on shutdown, listeners already running finish; queued ones stay incomplete in the registry
        executor.setWaitForTasksToCompleteOnShutdown(true);
        executor.setAwaitTerminationSeconds(15);
        return executor;
    }
}
