package jp.renkei.tenancy;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

import jp.renkei.shared.snapshot.TableSnapshot;

/**
 * Hands out this node's {@link DirectorySnapshot}, retaken whenever the hospital or partnership table changed
 * ({@link TableSnapshot}). Every page reads the directory (the header's hospitals, partners, the hospitals a booking
 * may reach); from the tables, Hibernate would translate those queries anew under the tenant filters and map every
 * row. Must be called inside a transaction (the directory's methods are).
 */
@Component
class DirectorySnapshots {

    /**
     * What changes when the directory does: hospitals are inserted or updated (every update through {@link Hospital}
     * raises its optimistic-lock version), never deleted; partnerships are inserted or deleted, never updated, and
     * their ids are never reused, so a deletion lowers the count and an insertion raises the highest id.
     */
    private static final String FINGERPRINT = """
            select (select count(*) from hospital), (select coalesce(sum(version), 0) from hospital),
                   (select count(*) from partnership), (select coalesce(max(id), 0) from partnership)
            """;

    private final TableSnapshot<DirectorySnapshot> snapshot;

    DirectorySnapshots(JdbcClient jdbc, HospitalRepository hospitals, PartnershipRepository partnerships) {
        this.snapshot = new TableSnapshot<>(jdbc, FINGERPRINT,
                () -> DirectorySnapshot.of(hospitals.findAll(), partnerships.findAll()));
    }

    DirectorySnapshot current() {
        return snapshot.current();
    }
}
