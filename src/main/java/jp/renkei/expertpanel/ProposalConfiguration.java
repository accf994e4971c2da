package jp.renkei.expertpanel;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import jp.renkei.expertpanel.simulation.CancerTypeTree;
import jp.renkei.expertpanel.simulation.SkipProposal;
import jp.renkei.expertpanel.simulation.SkipRule;

/** The shipped skip proposal and the OncoTree parents, read once at start-up so a malformed file stops it early. */
@Configuration
class ProposalConfiguration {

    @Bean
    SkipRule skipProposalRule() {
        return new SkipRule(SkipProposal.shipped(), CancerTypeTree.shipped());
    }
}
