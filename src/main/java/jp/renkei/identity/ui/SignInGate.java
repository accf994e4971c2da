package jp.renkei.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.OwnPassword;
import jp.renkei.identity.SignInStage;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.UserId;

/**
 * Until signing in is complete, the person sees only the step that is due, in this order: the second factor after
 * the password, then replacing a password an admin chose. Page loads are already sent to the second step by
 * Spring Security; this also covers navigation inside an open page, which Vaadin's own route check allows.
 */
@Component
class SignInGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final OwnPassword password;
    private final SignInStage stage;

    SignInGate(CurrentUser currentUser, OwnPassword password, SignInStage stage) {
        this.currentUser = currentUser;
        this.password = password;
        this.stage = stage;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        // An error page shows nothing of the portal, and must render while the database (the gate's source) is down
        if (target == LoginView.class || HasErrorParameter.class.isAssignableFrom(target)
                || currentUser.get().isEmpty()) {
            return;
        }
        if (!stage.complete()) {
            if (target != SecondFactorView.class) {
                event.rerouteTo(SecondFactorView.class);
            }
            return;
        }
        if (target != ChangePasswordView.class && mustChangePassword(event.getUI().getSession())) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }

    /**
     * Asked at every navigation, so the answer "no" is kept in the session (performance.md, "Profile of the load,
     * session 9": the account's row read at each navigation was 3.5 % of the portal's CPU). It cannot turn back:
     * only a new account starts with a password to replace, and that is a new sign-in and a new session.
     */
    private boolean mustChangePassword(VaadinSession session) {
        UserId user = currentUser.get().map(SignedInUser::id).orElseThrow();
        PasswordSettled settled = session.getAttribute(PasswordSettled.class);
        if (settled != null && settled.user().equals(user)) {
            return false;
        }
        boolean mustChange = password.mustChange();
        if (!mustChange) {
            session.setAttribute(PasswordSettled.class, new PasswordSettled(user));
        }
        return mustChange;
    }

    /** The person of this session who has their own password. */
    private record PasswordSettled(UserId user) implements java.io.Serializable {
    }
}
