package jp.renkei.tenancy;

import java.util.concurrent.atomic.AtomicReference;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands out this node's {@link DirectorySnapshot}, retaken whenever the hospital or partnership table changed.
 *
 * <p>Every page reads the directory (the header's hospitals, partners, the hospitals a booking may reach), so it is
 * not read from the tables each time: Hibernate would translate those queries anew under the tenant filters and map
 * every row. Instead each call asks the database one cheap question, the tables' {@link Fingerprint}, in the caller's
 * transaction, and reuses the snapshot while the answer is the same. A change made through any node, by the network
 * admin pages or by SQL, changes the fingerprint, so no node serves a stale directory and nothing needs to be told
 * across nodes. Must be called inside a transaction (the directory's methods are), so that the fingerprint and a
 * retaken snapshot come from one connection.
 */
@Component
class DirectorySnapshots {

    /**
     * What changes when the directory does: hospitals are inserted or updated (every update through {@link Hospital}
     * raises its optimistic-lock version), never deleted; partnerships are inserted or deleted, never updated, and
     * their ids are never reused, so a deletion lowers the count and an insertion raises the highest id.
     */
    record Fingerprint(long hospitals, long hospitalVersions, long partnerships, long lastPartnership) {
    }

    private static final String FINGERPRINT = """
            select (select count(*) from hospital), (select coalesce(sum(version), 0) from hospital),
                   (select count(*) from partnership), (select coalesce(max(id), 0) from partnership)
            """;

    private final JdbcTemplate jdbc;
    private final HospitalRepository hospitals;
    private final PartnershipRepository partnerships;
    private final AtomicReference<DirectorySnapshot> last = new AtomicReference<>();

    DirectorySnapshots(JdbcTemplate jdbc, HospitalRepository hospitals, PartnershipRepository partnerships) {
        this.jdbc = jdbc;
        this.hospitals = hospitals;
        this.partnerships = partnerships;
    }

    DirectorySnapshot current() {
        Fingerprint now = jdbc.queryForObject(FINGERPRINT, (rs, row) -> new Fingerprint(rs.getLong(1), rs.getLong(2),
                rs.getLong(3), rs.getLong(4)));
        DirectorySnapshot known = last.get();
        if (known != null && known.fingerprint().equals(now)) {
            return known;
        }
        // Under READ COMMITTED a change committed between the two reads is in the rows but not in the fingerprint:
        // the next call then sees a different fingerprint and takes the snapshot again.
        DirectorySnapshot taken = DirectorySnapshot.of(now, hospitals.findAll(), partnerships.findAll());
        last.set(taken);
        return taken;
    }
}
