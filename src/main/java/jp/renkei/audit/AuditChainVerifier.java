package jp.renkei.audit;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import jp.renkei.audit.ChainVerification.Problem;

/**
 * Walks the chain in id order, recomputing every hash, and reports the first entry that was changed, removed or
 * moved. Reads plain columns, not entities, so it checks what is stored. One read-only transaction: a consistent
 * snapshot, so entries appended meanwhile are neither half-seen nor mistaken for tampering.
 */
@Component
class AuditChainVerifier {

    private static final int PAGE = 1000;

    private record Link(long id, String hash, AuditChainContent content) {
    }

    private final JdbcTemplate jdbc;
    private final Clock clock;

    AuditChainVerifier(JdbcTemplate jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    ChainVerification verify() {
        Long lastId = null;
        String lastHash = AuditChainContent.GENESIS;
        long checked = 0;
        List<Link> page;
        do {
            page = jdbc.query("SELECT id, entry_hash, " + AuditChainContent.COLUMNS
                    + " FROM audit_entry WHERE id > ? ORDER BY id LIMIT " + PAGE,
                    (row, n) -> new Link(row.getLong("id"), row.getString("entry_hash"), AuditChainContent.of(row)),
                    lastId == null ? 0 : lastId);
            for (Link link : page) {
                Long claimed = link.content().previousId();
                if (!Objects.equals(claimed, lastId)) {
                    return claimed != null && !exists(claimed) && (lastId == null || claimed > lastId)
                            ? broken(checked, claimed, Problem.REMOVED)
                            : broken(checked, link.id(), Problem.OUT_OF_ORDER);
                }
                if (!link.content().hashAfter(lastHash).equals(link.hash())) {
                    return broken(checked, link.id(), Problem.CHANGED);
                }
                lastId = link.id();
                lastHash = link.hash();
                checked++;
            }
        } while (page.size() == PAGE);
        return againstHead(checked, lastId, lastHash);
    }

    /** The head remembers the last entry: what removing the newest entries would otherwise hide. */
    private ChainVerification againstHead(long checked, Long lastId, String lastHash) {
        Map<String, Object> head = jdbc.queryForMap("SELECT last_entry_id, last_hash FROM audit_chain_head WHERE id = 1");
        Long headId = head.get("last_entry_id") == null ? null : ((Number) head.get("last_entry_id")).longValue();
        if (!Objects.equals(headId, lastId)) {
            return headId != null && (lastId == null || headId > lastId) ? broken(checked, headId, Problem.REMOVED)
                    : broken(checked, lastId, Problem.ADDED);
        }
        return head.get("last_hash").equals(lastHash) ? ChainVerification.valid(clock.instant(), checked)
                : broken(checked, lastId, Problem.CHANGED);
    }

    private boolean exists(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE id = ?", Long.class, id) > 0;
    }

    private ChainVerification broken(long checked, Long entryId, Problem problem) {
        return ChainVerification.broken(clock.instant(), checked, entryId, problem);
    }
}
