package jp.renkei.ccat.catalogue;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.renkei.ccat.milestone.TestCatalogue;

/** The catalogue everyone plans with is the network admin's current one, read afresh so an edit counts at once. */
@Configuration(proxyBeanMethods = false)
class CatalogueConfiguration {

    @Bean
    TestCatalogue testCatalogue(CatalogueRevisions revisions) {
        return new TestCatalogue(() -> revisions.current().stream().map(CatalogueEntry::test).toList());
    }
}
