package jp.renkei.identity;

import java.time.Instant;
import java.util.Set;

import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/**
 * A person as seen by the admin of one hospital: only the roles held at that hospital; when they last signed in
 * (null if never) and whether the account counts as unused ({@link AccountSettings}).
 */
public record StaffMember(UserId id, String username, String displayName, String email, Set<Role> roles,
        boolean enabled, Instant lastSignedIn, boolean unused) {
}
