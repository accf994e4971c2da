package jp.renkei.identity;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.internal.UserAccount;
import jp.renkei.identity.internal.UserAccountRepository;
import jp.renkei.shared.audit.AuditEvent;

/** The signed-in person's own password: whether they must replace it, and replacing it. */
@Service
public class OwnPassword {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final PasswordEncoder passwordEncoder;
    private final PasswordPolicy policy;
    private final ApplicationEventPublisher events;

    OwnPassword(UserAccountRepository accounts, CurrentUser currentUser, PasswordEncoder passwordEncoder,
            PasswordPolicy policy, ApplicationEventPublisher events) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.passwordEncoder = passwordEncoder;
        this.policy = policy;
        this.events = events;
    }

    /** True while the password is still the one an admin chose. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public boolean mustChange() {
        return account().isPasswordChangeRequired();
    }

    @PreAuthorize("isAuthenticated()")
    @Transactional
    public void change(String current, String next, String repeated) {
        UserAccount account = account();
        if (current == null || !passwordEncoder.matches(current, account.getPasswordHash())) {
            throw new PasswordRefusedException("password.error.current");
        }
        if (next == null || !next.equals(repeated)) {
            throw new PasswordRefusedException("password.error.mismatch");
        }
        if (next.equals(current)) {
            throw new PasswordRefusedException("password.error.unchanged");
        }
        policy.problemWith(next).ifPresent(problem -> {
            throw new PasswordRefusedException(problem);
        });
        account.changePassword(passwordEncoder.encode(next));
        SignedInUser user = currentUser.require();
        events.publishEvent(AuditEvent.byUser(user.id(), user.displayName(), user.activeHospital(),
                "PASSWORD_CHANGED", "user:" + user.username(), null));
    }

    private UserAccount account() {
        return accounts.findById(currentUser.require().id().value()).orElseThrow();
    }
}
