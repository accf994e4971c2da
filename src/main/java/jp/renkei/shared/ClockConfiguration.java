package jp.renkei.shared;

import java.time.Clock;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** One clock for the whole application, so tests can pin time. */
@Configuration(proxyBeanMethods = false)
class ClockConfiguration {


    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
