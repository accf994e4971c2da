package jp.renkei.shared.workflow;

import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.transaction.interceptor.TransactionAttributeSource;

/** Puts {@link CommitConflictRetry} around every {@link RetriedOnConflict} method, outside its transaction. */
@Configuration(proxyBeanMethods = false)
class CommitConflictRetryConfiguration {

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor commitConflictRetryAdvisor(ObjectProvider<TransactionAttributeSource> transactionAttributes) {
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(RetriedOnConflict.class),
                new CommitConflictRetry(transactionAttributes));
        // the transaction advisor keeps Spring's default order, the lowest precedence: this one runs around it
        advisor.setOrder(Ordered.LOWEST_PRECEDENCE - 1);
        return advisor;
    }
}
