package jp.renkei.audit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;

/**
 * What an audit entry's hash covers, in one canonical form shared by the writer, the verifier and the migration
 * that chained the entries written before the chain existed. Each entry's hash is SHA-256 of the previous
 * entry's hash and this content; the content names the previous entry, so a removed entry is named by the next.
 * Public only for that migration ({@code db.migration.V15__Chain_audit_entries}).
 * <p>
 * The role, source address and client (added by V36) are hashed only when one of them is set, so every entry
 * written before they existed still hashes as it did, and every entry that has them is covered.
 */
public record AuditChainContent(Long previousId, Instant occurredAt, Long actorUserId, String actorName,
        Long hospitalId, String action, String subject, String detail, String actorRole, String sourceAddress,
        String client) {

    /** The "previous hash" of the first entry. */
    public static final String GENESIS = "0".repeat(64);

    /** The columns {@link #beforeV36(ResultSet)} reads, besides {@code id}: the table as V15 found it. */
    public static final String COLUMNS_BEFORE_V36 =
            "previous_id, occurred_at, actor_user_id, actor_name, hospital_id, action, subject, detail";

    /** The columns {@link #of(ResultSet)} reads, besides {@code id}. */
    public static final String COLUMNS = COLUMNS_BEFORE_V36 + ", actor_role, source_address, client";

    /** An entry without role, source address and client, as every entry was before V36. */
    public AuditChainContent(Long previousId, Instant occurredAt, Long actorUserId, String actorName,
            Long hospitalId, String action, String subject, String detail) {
        this(previousId, occurredAt, actorUserId, actorName, hospitalId, action, subject, detail, null, null, null);
    }

    public static AuditChainContent beforeV36(ResultSet row) throws SQLException {
        return new AuditChainContent(row.getObject("previous_id", Long.class),
                row.getObject("occurred_at", LocalDateTime.class).toInstant(ZoneOffset.UTC),
                row.getObject("actor_user_id", Long.class), row.getString("actor_name"),
                row.getObject("hospital_id", Long.class), row.getString("action"), row.getString("subject"),
                row.getString("detail"));
    }

    public static AuditChainContent of(ResultSet row) throws SQLException {
        AuditChainContent content = beforeV36(row);
        return new AuditChainContent(content.previousId, content.occurredAt, content.actorUserId, content.actorName,
                content.hospitalId, content.action, content.subject, content.detail, row.getString("actor_role"),
                row.getString("source_address"), row.getString("client"));
    }

    public String hashAfter(String previousHash) {
        StringBuilder text = new StringBuilder(previousHash);
        List<Object> fields = new ArrayList<>(Arrays.asList(previousId, occurredAt, actorUserId, actorName,
                hospitalId, action, subject, detail));
        if (actorRole != null || sourceAddress != null || client != null) {
            fields.addAll(Arrays.asList(actorRole, sourceAddress, client));
        }
        for (Object field : fields) {
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
