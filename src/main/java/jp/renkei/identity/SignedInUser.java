package jp.renkei.identity;

import java.io.Serializable;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;
import jp.renkei.shared.UserId;

/**
 * The signed-in person and the hospital they are acting for right now. Roles are those held at the active
 * hospital (plus network administration, which is tied to no hospital).
 */
public record SignedInUser(UserId id, String username, String displayName, List<Grant> grants,
        HospitalId activeHospital) implements Serializable {

    public SignedInUser {
        grants = List.copyOf(grants);
        if (activeHospital != null && grants.stream().noneMatch(g -> activeHospital.equals(g.hospital()))) {
            throw new IllegalArgumentException("Not a member of hospital " + activeHospital.value());
        }
    }

    public static SignedInUser withDefaultHospital(UserId id, String username, String displayName, List<Grant> grants) {
        HospitalId first = grants.stream().map(Grant::hospital).filter(h -> h != null).findFirst().orElse(null);
        return new SignedInUser(id, username, displayName, grants, first);
    }

    public Optional<HospitalId> activeHospitalId() {
        return Optional.ofNullable(activeHospital);
    }

    public Set<Role> activeRoles() {
        Set<Role> roles = new LinkedHashSet<>();
        grants.stream()
                .filter(g -> g.hospital() == null || g.hospital().equals(activeHospital))
                .forEach(g -> roles.add(g.role()));
        return roles;
    }

    public Set<HospitalId> hospitals() {
        Set<HospitalId> hospitals = new LinkedHashSet<>();
        grants.stream().map(Grant::hospital).filter(h -> h != null).forEach(hospitals::add);
        return hospitals;
    }

    public boolean has(Role role) {
        return activeRoles().contains(role);
    }

    SignedInUser actingFor(HospitalId hospital) {
        return new SignedInUser(id, username, displayName, grants, hospital);
    }
}
