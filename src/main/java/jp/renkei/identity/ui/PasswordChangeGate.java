package jp.renkei.identity.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;

import org.springframework.stereotype.Component;

import jp.renkei.identity.CurrentUser;
import jp.renkei.identity.OwnPassword;

/** Someone still using the password an admin chose sees no other screen until they have replaced it. */
@Component
class PasswordChangeGate implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final OwnPassword password;

    PasswordChangeGate(CurrentUser currentUser, OwnPassword password) {
        this.currentUser = currentUser;
        this.password = password;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::beforeEnter));
    }

    void beforeEnter(BeforeEnterEvent event) {
        Class<?> target = event.getNavigationTarget();
        if (target == ChangePasswordView.class || target == LoginView.class || currentUser.get().isEmpty()) {
            return;
        }
        if (password.mustChange()) {
            event.rerouteTo(ChangePasswordView.class);
        }
    }
}
