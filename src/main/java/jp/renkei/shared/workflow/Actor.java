package jp.renkei.shared.workflow;

import java.util.Objects;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/**
 * Who acts in a workflow step, and for which hospital: built once per request from the signed-in user and the
 * active hospital (see {@code identity.CurrentActor}), or {@link #system} for jobs.
 *
 * @param user {@code null} for the system itself
 */
public record Actor(UserId user, String name, HospitalId hospital) {

    public Actor {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(hospital, "hospital");
    }

    /** A job or listener acting for {@code hospital}, in an explicit audited scope. */
    public static Actor system(HospitalId hospital) {
        return new Actor(null, "system", hospital);
    }

    public boolean isSystem() {
        return user == null;
    }
}
