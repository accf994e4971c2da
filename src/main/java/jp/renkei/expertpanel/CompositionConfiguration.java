package jp.renkei.expertpanel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.renkei.expertpanel.composition.CompositionRules;

/** The shipped composition rules, read once at start-up so a malformed file stops the application early. */
@Configuration
class CompositionConfiguration {

    @Bean
    CompositionRules compositionRules() {
        return CompositionRules.shipped();
    }
}
