package jp.renkei.identity.internal;

import java.util.Collection;
import java.util.List;

import org.springframework.security.core.CredentialsContainer;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import jp.renkei.identity.SignedInUser;

/** Spring Security's view of a {@link SignedInUser}; authorities are the roles at the active hospital. */
public final class RenkeiUserDetails implements UserDetails, CredentialsContainer {

    private final SignedInUser user;
    private final boolean enabled;
    private final boolean locked;
    private String passwordHash;

    public RenkeiUserDetails(SignedInUser user, String passwordHash, boolean enabled) {
        this(user, passwordHash, enabled, false);
    }

    RenkeiUserDetails(SignedInUser user, String passwordHash, boolean enabled, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
    }

    public SignedInUser user() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authoritiesOf(user);
    }

    public static List<SimpleGrantedAuthority> authoritiesOf(SignedInUser user) {
        return user.activeRoles().stream().map(r -> new SimpleGrantedAuthority(r.authority())).toList();
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public void eraseCredentials() {
        passwordHash = null;
    }
}
