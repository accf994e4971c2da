package jp.renkei.identity.ui;

import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import jp.renkei.identity.SessionSettings;
import jp.renkei.identity.SessionTimes;

/**
 * The open pages' side of the session limits: a click or a key in any tab counts as activity (Vaadin's heartbeat
 * and a page's polling do not), a minute before the end a dialog offers to continue, and at the end the page
 * leaves its view first (so a form with unsaved changes saves its draft, as on any navigation) and then goes to
 * the sign-in page, whose request ends the session (SessionSignOut in identity/internal).
 */
@Component
public class SessionExpiryWatch implements VaadinServiceInitListener {

    private static final Logger log = LoggerFactory.getLogger(SessionExpiryWatch.class);
    /** Activity is reported at most this often per tab, so typing does not mean a request per key. */
    private static final int ACTIVITY_THROTTLE_MILLIS = 10_000;

    private final SessionSettings settings;
    private final Clock clock;
    private final Set<UI> open = ConcurrentHashMap.newKeySet();

    SessionExpiryWatch(SessionSettings settings, Clock clock) {
        this.settings = settings;
        this.clock = clock;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> watch(init.getUI()));
    }

    private void watch(UI ui) {
        open.add(ui);
        ui.addDetachListener(detach -> open.remove(ui));
        for (String type : new String[] { "pointerdown", "keydown" }) {
            ui.getElement().addEventListener(type, e -> activity(ui)).throttle(ACTIVITY_THROTTLE_MILLIS);
        }
    }

    void activity(UI ui) {
        times(ui.getSession()).ifPresent(times -> times.touch(clock.instant()));
        SessionWarningDialog dialog = ComponentUtil.getData(ui, SessionWarningDialog.class);
        if (dialog != null) {
            dialog.close();
            ComponentUtil.setData(ui, SessionWarningDialog.class, null);
        }
    }

    /** Deliberately without a scheduler lock: each node watches its own open pages. Not business time. */
    @Scheduled(initialDelay = 10_000, fixedDelayString = "${renkei.session.check-interval-ms:10000}")
    void checkOpenPages() {
        for (UI ui : open) {
            try {
                ui.access(() -> check(ui));
            } catch (RuntimeException e) {
                log.debug("Page closed while checking its session", e);
                open.remove(ui);
            }
        }
    }

    /** Warns or ends, as the session's times say; called with the UI's session locked (public for tests). */
    public void check(UI ui) {
        times(ui.getSession()).ifPresent(times -> {
            Instant now = clock.instant();
            if (times.endedAt(now, settings)) {
                end(ui);
            } else if (times.warningDueAt(now, settings) && ComponentUtil.getData(ui, SessionWarningDialog.class) == null) {
                SessionWarningDialog dialog = new SessionWarningDialog(times.canBeExtendedAt(now, settings),
                        () -> activity(ui));
                ComponentUtil.setData(ui, SessionWarningDialog.class, dialog);
                dialog.open();
            }
        });
    }

    private void end(UI ui) {
        open.remove(ui);
        // Leaving the view runs its before-leave step while the person is still signed in: the referral form
        // saves unsaved changes there. The full page load that follows ends the session on the server.
        ui.navigate(LoginView.class, QueryParameters.of(LoginView.EXPIRED, ""));
        ui.getPage().setLocation("login?" + LoginView.EXPIRED);
    }

    private static Optional<SessionTimes> times(VaadinSession session) {
        if (session == null) {
            return Optional.empty();
        }
        try {
            WrappedSession wrapped = session.getSession();
            return wrapped != null && wrapped.getAttribute(SessionTimes.class.getName()) instanceof SessionTimes times
                    ? Optional.of(times) : Optional.empty();
        } catch (IllegalStateException invalidated) {
            return Optional.empty();
        }
    }
}
