package jp.renkei.identity;

import java.io.Serializable;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.Role;

/** One membership as the signed-in user carries it: a role, at a hospital (none for network admins). */
public record Grant(HospitalId hospital, Role role) implements Serializable {
}
