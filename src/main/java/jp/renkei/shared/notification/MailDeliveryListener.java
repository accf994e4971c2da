package jp.renkei.shared.notification;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.scheduling.annotation.Async;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Like {@code @ApplicationModuleListener}, for listeners that talk to the mail server: after the publisher's
 * commit, tracked by the event publication registry (a failure is retried), but on the mail threads and without a
 * transaction around the listener. An SMTP exchange can take the full read timeout; holding a database connection
 * and an event-listener thread for that long starved in-app notices and people's requests during a mail outage.
 * The listener reads what it needs in short transactions of its own.
 */
@Async(MailDeliveryListener.EXECUTOR)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
@TransactionalEventListener
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface MailDeliveryListener {

    /** The bean name of the bounded executor that sends mail. */
    String EXECUTOR = "mailDeliveryExecutor";
}
