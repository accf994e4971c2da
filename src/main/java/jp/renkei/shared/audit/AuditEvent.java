package jp.renkei.shared.audit;

import jp.renkei.shared.HospitalId;
import jp.renkei.shared.UserId;

/**
 * Something worth an entry in the append-only audit trail. Published by any module; recorded by the
 * {@code audit} module synchronously, inside the publisher's transaction, so a failed audit write fails
 * the action it records. The trail stamps the time from the application's clock when it records the event.
 *
 * @param actor    who acted; {@code null} for the system itself
 * @param hospital the hospital whose data or settings were touched; {@code null} for network-level actions
 * @param sourceAddress where the action came from when the publisher knows better than the current request (a
 *                      sign-in's own details); {@code null}: the trail takes the current request's, if any
 */
public record AuditEvent(UserId actor, String actorName, HospitalId hospital, String action,
        String subject, String detail, String sourceAddress) {

    public AuditEvent {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an action");
        }
    }

    public AuditEvent(UserId actor, String actorName, HospitalId hospital, String action, String subject,
            String detail) {
        this(actor, actorName, hospital, action, subject, detail, null);
    }

    /** The same event, from the given source address. */
    public AuditEvent from(String address) {
        return new AuditEvent(actor, actorName, hospital, action, subject, detail, address);
    }

    public static AuditEvent system(String action, HospitalId hospital, String detail) {
        return new AuditEvent(null, "system", hospital, action, null, detail);
    }

    public static AuditEvent byUser(UserId actor, String actorName, HospitalId hospital, String action,
            String subject, String detail) {
        return new AuditEvent(actor, actorName, hospital, action, subject, detail);
    }
}
