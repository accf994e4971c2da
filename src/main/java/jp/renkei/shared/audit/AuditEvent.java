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
 */
public record AuditEvent(UserId actor, String actorName, HospitalId hospital, String action,
        String subject, String detail) {

    public AuditEvent {
        if (action == null || action.isBlank()) {
            throw new IllegalArgumentException("An audit event needs an action");
        }
    }

    public static AuditEvent system(String action, HospitalId hospital, String detail) {
        return new AuditEvent(null, "system", hospital, action, null, detail);
    }

    public static AuditEvent byUser(UserId actor, String actorName, HospitalId hospital, String action,
            String subject, String detail) {
        return new AuditEvent(actor, actorName, hospital, action, subject, detail);
    }
}
