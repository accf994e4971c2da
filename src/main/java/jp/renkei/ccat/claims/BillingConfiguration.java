package jp.renkei.ccat.claims;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.renkei.ccat.billing.BillingEvaluator;
import jp.renkei.ccat.billing.BillingRules;
import jp.renkei.ccat.milestone.MilestoneStep;
import jp.renkei.ccat.milestone.MilestoneTargets;
import jp.renkei.shared.calendar.BusinessCalendar;

/**
 * The evaluator with the shipped rules. B011-5 counts as at risk once the explanation is later than the milestone
 * plan allows after the panel, so billing and the worklist call the same day overdue.
 */
@Configuration(proxyBeanMethods = false)
class BillingConfiguration {

    @Bean
    BillingEvaluator billingEvaluator() {
        return new BillingEvaluator(BillingRules.bundled(), BusinessCalendar.japaneseHospitals(),
                MilestoneTargets.defaults().businessDaysAfterPrevious().get(MilestoneStep.RESULT_EXPLAINED));
    }
}
