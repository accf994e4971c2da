package jp.renkei.identity.internal;

import java.lang.reflect.Method;

import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.Advisor;
import org.springframework.aop.support.DefaultPointcutAdvisor;
import org.springframework.aop.support.annotation.AnnotationMatchingPointcut;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Role;
import org.springframework.core.Ordered;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import jp.renkei.identity.CurrentUser;
import jp.renkei.shared.audit.AuditEvent;
import jp.renkei.shared.workflow.NotFound;

/**
 * Every guarded service call that is refused — a record of another hospital, a missing one, or a role the caller
 * lacks — leaves an audit entry, whichever screen, download or data callback made the call. Outermost around the
 * service (outside its transaction and its role check), and written in a transaction of its own, because the
 * refused call's transaction rolls back.
 */
@Configuration(proxyBeanMethods = false)
class RefusedCallAuditing {

    static final String NOT_FOUND = "RECORD_NOT_FOUND";
    static final String ACCESS_DENIED = "SERVICE_ACCESS_DENIED";

    @Bean
    @Role(BeanDefinition.ROLE_INFRASTRUCTURE)
    static Advisor refusedCallAuditor(ObjectProvider<CurrentUser> currentUser,
            ObjectProvider<ApplicationEventPublisher> events, ObjectProvider<PlatformTransactionManager> transactions) {
        MethodInterceptor auditing = invocation -> {
            try {
                return invocation.proceed();
            } catch (NotFound refused) {
                String what = refused.arguments().isEmpty() ? null : refused.arguments().getFirst();
                record(currentUser, events, transactions, NOT_FOUND, what, invocation.getMethod());
                throw refused;
            } catch (AccessDeniedException refused) {
                record(currentUser, events, transactions, ACCESS_DENIED, null, invocation.getMethod());
                throw refused;
            }
        };
        DefaultPointcutAdvisor advisor = new DefaultPointcutAdvisor(
                AnnotationMatchingPointcut.forMethodAnnotation(PreAuthorize.class), auditing);
        advisor.setOrder(Ordered.HIGHEST_PRECEDENCE);
        return advisor;
    }

    private static void record(ObjectProvider<CurrentUser> currentUser, ObjectProvider<ApplicationEventPublisher> events,
            ObjectProvider<PlatformTransactionManager> transactions, String action, String subject, Method method) {
        currentUser.getObject().get().ifPresent(user -> {
            TransactionTemplate ownTransaction = new TransactionTemplate(transactions.getObject());
            ownTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
            ownTransaction.executeWithoutResult(status -> events.getObject().publishEvent(AuditEvent.byUser(
                    user.id(), user.displayName(), user.activeHospital(), action, subject,
                    method.getDeclaringClass().getSimpleName() + "." + method.getName())));
        });
    }
}
