/**
 * The append-only audit trail. Entries arrive as {@link jp.renkei.shared.audit.AuditEvent}s, recorded in
 * the publisher's transaction; no module imports this one.
 */
@org.springframework.modulith.ApplicationModule(allowedDependencies = {
        "shared", "shared :: audit", "shared :: tenant", "shared :: notification", "shared :: report", "shared :: ui", "identity" })
package jp.renkei.audit;
