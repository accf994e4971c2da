package jp.renkei.e2e.load;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Accounts for simulated users, written by plain SQL into the portal's demo database (never by a migration): a TOTP
 * code is good once per account and step, so every simulated user needs an account of their own. Liaison clinicians
 * of 相模野 (5) and 房総 (6), coordinators of 東都 (1); all with the demo password and the demo TOTP secret (copied,
 * encrypted, from the demo liaison's row). And counselors of 東都 with long weekly hours, so that bookings find free
 * times: one counselor per {@link #USERS_PER_COUNSELOR} users.
 */
public final class BenchAccounts {

    static final int USERS_PER_COUNSELOR = 100;
    private static final long[] LIAISON_HOSPITALS = { 5, 6 };
    private static final long COORDINATOR_HOSPITAL = 1;

    private BenchAccounts() {
    }

    public static String username(int index) {
        return "bench-%04d".formatted(index);
    }

    /** Creates accounts bench-0000 .. bench-(count-1) (every fourth a coordinator) and their counselors. */
    public static List<String> create(String jdbcUrl, int count) throws SQLException {
        List<String> usernames = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "")) {
            db.setAutoCommit(false);
            try (PreparedStatement account = db.prepareStatement("""
                    insert into user_account (username, display_name, email, password_hash, enabled, created_at,
                        totp_secret)
                    select ?, ?, ?, password_hash, true, utc_timestamp(6), totp_secret
                    from user_account where username = 'liaison'
                    """, Statement.RETURN_GENERATED_KEYS);
                    PreparedStatement membership = db.prepareStatement("""
                            insert into membership (user_id, hospital_id, role, created_at)
                            values (?, ?, ?, utc_timestamp(6))
                            """)) {
                for (int i = 0; i < count; i++) {
                    String username = username(i);
                    boolean coordinator = i % 4 == 3;
                    long user = insert(account, username, "負荷 " + (coordinator ? "調整" : "連携") + i);
                    membership.setLong(1, user);
                    membership.setLong(2, coordinator ? COORDINATOR_HOSPITAL : LIAISON_HOSPITALS[i % 2]);
                    membership.setString(3, coordinator ? "CORE_COORDINATOR" : "LIAISON_CLINICIAN");
                    membership.executeUpdate();
                    usernames.add(username);
                }
                for (int c = 0; c < Math.max(1, count / USERS_PER_COUNSELOR); c++) {
                    counselor(db, insert(account, "bench-counselor-%03d".formatted(c), "負荷 面談" + c));
                }
            }
            db.commit();
        }
        return usernames;
    }

    private static long insert(PreparedStatement account, String username, String name) throws SQLException {
        account.setString(1, username);
        account.setString(2, name);
        account.setString(3, username + "@bench.example.jp");
        account.executeUpdate();
        try (var keys = account.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    /**
     * Takes the bench counselors' hours away again, for a portal other tests go on using: their free times would
     * otherwise come first on 東都's booking page, ahead of the demo counselors the browser tests expect.
     */
    public static void retireCounselors(String jdbcUrl) throws SQLException {
        try (Connection db = DriverManager.getConnection(jdbcUrl, "root", "");
                Statement sql = db.createStatement()) {
            sql.executeUpdate("""
                    delete w from counselor_window w join counselor c on c.id = w.counselor_id
                    join user_account u on u.id = c.user_id where u.username like 'bench-counselor-%'
                    """);
        }
    }

    /** A counselor of 東都 available every day from 8:00 to 20:00. */
    private static void counselor(Connection db, long user) throws SQLException {
        try (Statement sql = db.createStatement()) {
            sql.executeUpdate("insert into membership (user_id, hospital_id, role, created_at) values (" + user + ", "
                    + COORDINATOR_HOSPITAL + ", 'GENETIC_COUNSELOR', utc_timestamp(6))");
            sql.executeUpdate("insert into counselor (hospital_id, user_id, display_name, email, qualification, "
                    + "languages, created_at) select " + COORDINATOR_HOSPITAL + ", id, display_name, email, "
                    + "'CERTIFIED_GENETIC_COUNSELOR', '日本語', utc_timestamp(6) from user_account where id = " + user,
                    Statement.RETURN_GENERATED_KEYS);
            long counselor;
            try (var keys = sql.getGeneratedKeys()) {
                keys.next();
                counselor = keys.getLong(1);
            }
            String[] days = { "MONDAY", "TUESDAY", "WEDNESDAY", "THURSDAY", "FRIDAY", "SATURDAY", "SUNDAY" };
            for (int d = 0; d < days.length; d++) {
                sql.executeUpdate("insert into counselor_window (counselor_id, position, day_of_week, start_time, "
                        + "end_time) values (" + counselor + ", " + d + ", '" + days[d] + "', '08:00:00', '20:00:00')");
            }
        }
    }
}
