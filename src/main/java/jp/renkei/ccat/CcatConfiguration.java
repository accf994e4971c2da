package jp.renkei.ccat;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.renkei.ccat.milestone.MilestonePlanner;
import jp.renkei.ccat.milestone.MilestoneTargets;
import jp.renkei.ccat.milestone.TestCatalogue;
import jp.renkei.shared.calendar.BusinessCalendar;

/** The catalogue and the due-date planner, read and built once. Every hospital plans with the default targets. */
@Configuration(proxyBeanMethods = false)
class CcatConfiguration {

    @Bean
    TestCatalogue testCatalogue() {
        return TestCatalogue.bundled();
    }

    @Bean
    MilestonePlanner milestonePlanner() {
        return new MilestonePlanner(BusinessCalendar.japaneseHospitals(), MilestoneTargets.defaults());
    }
}
