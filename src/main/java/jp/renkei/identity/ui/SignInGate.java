package jp.renkei.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.OwnPassword;
import jp.renkei.identity.SignInStage;

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
        if (target != ChangePasswordView.class && password.mustChange()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
