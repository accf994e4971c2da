package jp.renkei.identity.internal;

import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Password sign-in that first refuses an address with too many recent failures, before any password check. */
class ThrottledAuthenticationProvider extends DaoAuthenticationProvider {

    private final SignInAttempts attempts;

    ThrottledAuthenticationProvider(UserDetailsService users, PasswordEncoder passwordEncoder,
            SignInAttempts attempts) {
        super(users);
        setPasswordEncoder(passwordEncoder);
        this.attempts = attempts;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String address = SourceAddress.of(authentication);
        if (address != null && attempts.addressThrottled(address)) {
            throw new SourceAddressThrottledException();
        }
        return super.authenticate(authentication);
    }
}
