package jp.renkei.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.HexFormat;

/**
 * What an audit entry's hash covers, in one canonical form shared by the writer, the verifier and the migration
 * that chained the entries written before the chain existed. Each entry's hash is SHA-256 of the previous
 * entry's hash and this content; the content names the previous entry, so a removed entry is named by the next.
 * Public only for that migration ({@code db.migration.V15__Chain_audit_entries}).
 */
public record AuditChainContent(Long previousId, Instant occurredAt, Long actorUserId, String actorName,
        Long hospitalId, String action, String subject, String detail) {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The columns {@link #of(ResultSet)} reads, besides {@code id}. */
    public static final String COLUMNS =
            "previous_id, occurred_at, actor_user_id, actor_name, hospital_id, action, subject, detail";

    public static AuditChainContent of(ResultSet row) throws SQLException {
        return new AuditChainContent(row.getObject("previous_id", Long.class),
                row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getObject("actor_user_id", Long.class), row.getString("actor_name"),
                row.getObject("hospital_id", Long.class), row.getString("action"), row.getString("subject"),
                row.getString("detail"));
    }

    public String hashAfter(String previousHash) {
        StringBuilder text = new StringBuilder(previousHash);
        for (Object field : new Object[] { previousId, occurredAt, actorUserId, actorName, hospitalId, action,
                subject, detail }) {
            // length-prefixed, so no two different contents read the same ("a|b" + "c" vs "a" + "b|c")
            String value = field == null ? null : field.toString();
            text.append('|').append(value == null ? "-" : value.length() + ":" + value);
        }
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Every Java runtime has SHA-256", e);
        }
    }
}
