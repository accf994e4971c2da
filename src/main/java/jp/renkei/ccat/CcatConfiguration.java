package jp.renkei.ccat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.renkei.ccat.milestone.MilestonePlanner;
import jp.renkei.ccat.milestone.MilestoneTargets;
import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * The due-date planner, built once. Every hospital plans with the default targets. The catalogue it plans with is
 * the network admin's ({@code catalogue.CatalogueConfiguration}).
 */
@Configuration(proxyBeanMethods = false)
class CcatConfiguration {

    @Bean
    MilestonePlanner milestonePlanner() {
        return new MilestonePlanner(BusinessCalendar.japaneseHospitals(), MilestoneTargets.defaults());
    }
}
