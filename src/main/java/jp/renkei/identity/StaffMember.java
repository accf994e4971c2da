package jp.renkei.identity;

import java.util.Set;

import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/** A person as seen by the admin of one hospital: only the roles held at that hospital. */
public record StaffMember(UserId id, String username, String displayName, String email, Set<Role> roles,
        boolean enabled) {
}
