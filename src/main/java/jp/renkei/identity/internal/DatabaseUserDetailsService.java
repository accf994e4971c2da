package jp.renkei.identity.internal;

import java.time.Clock;
import java.util.List;

import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.identity.Grant;
import jp.renkei.identity.SignedInUser;
import jp.renkei.shared.UserId;

@Service
class DatabaseUserDetailsService implements UserDetailsService {

    private final UserAccountRepository accounts;
    private final MembershipRepository memberships;

    private final Clock clock;

    DatabaseUserDetailsService(UserAccountRepository accounts, MembershipRepository memberships, Clock clock) {
        this.accounts = accounts;
        this.memberships = memberships;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        UserAccount account = accounts.findByUsername(username)
                .orElseThrow(() -> new UsernameNotFoundException("Unknown user"));
        List<Grant> grants = memberships.findByUserId(account.getId()).stream()
                .map(m -> new Grant(m.getHospital(), m.getRole()))
                .toList();
        SignedInUser user = SignedInUser.withDefaultHospital(UserId.of(account.getId()), account.getUsername(),
                account.getDisplayName(), grants);
        // A person without any membership may not sign in: there is nothing they could see.
        return new RenkeiUserDetails(user, account.getPasswordHash(), account.isEnabled() && !grants.isEmpty(),
                account.isLockedAt(clock.instant()));
    }
}
