package jp.renkei.identity;

import java.util.List;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.internal.MembershipRepository;
import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;

/**
 * Email addresses of the people holding a role at a hospital, for system delivery of notices. Not a user
 * service (no caller identity), so it is a component reachable only from other beans, not from screens.
 */
@Component
public class RecipientDirectory {

    private final MembershipRepository memberships;
    private final jp.renkei.identity.internal.UserAccountRepository accounts;

    RecipientDirectory(MembershipRepository memberships, jp.renkei.identity.internal.UserAccountRepository accounts) {
        this.memberships = memberships;
        this.accounts = accounts;
    }

    @Transactional(readOnly = true)
    public java.util.Optional<String> emailOf(jp.renkei.shared.UserId user) {
        return accounts.findById(user.value()).map(jp.renkei.identity.internal.UserAccount::getEmail);
    }

    @Transactional(readOnly = true)
    public List<String> emailsOf(HospitalId hospital, Role role) {
        return memberships.findEmails(hospital.value(), role);
    }

    /** The addresses of those of {@code people} who still hold the role there and may sign in. */
    @Transactional(readOnly = true)
    public List<String> emailsOf(HospitalId hospital, Role role, java.util.Set<jp.renkei.shared.UserId> people) {
        return memberships.findEmailsOfUsers(hospital.value(), role,
                people.stream().map(jp.renkei.shared.UserId::value).toList());
    }
}
