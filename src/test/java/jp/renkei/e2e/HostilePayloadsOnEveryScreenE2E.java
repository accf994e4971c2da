package jp.renkei.e2e;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;

import jp.renkei.PdfInspection;

/**
 * Script, template and SQL payloads in every kind of free text the portal stores — patients' names, clinical
 * summaries, questions, timeline notes, counseling notes, review comments and escalations, therapies, reasons for a
 * move, people's display names — shown on every main screen and on the detail pages of the records holding them, to
 * each kind of user: nothing runs, no injected element appears, no error page, nothing wider than the window, and the
 * payload is shown as the text it is; the printed and exported ledger carries it verbatim. The payloads are written straight into the database (data that came in by
 * another path, such as an import, must be as harmless as typed data) and the original values put back afterwards,
 * since the browser test classes share one portal.
 */
class HostilePayloadsOnEveryScreenE2E extends PortalBrowserTest {

    /** Fits a 100-character name column: markup with an event handler, and a template expression. */
    static final String NAME = "<img src=x onerror=window.__pwned=1>{{7*7}}";
    /** For longer text: the name's payload, a script element, another template syntax and SQL. */
    static final String TEXT = NAME + "<script>window.__pwned=2</script>${7*7}'; DROP TABLE referral;--";

    private static final List<FreeTextColumn> FREE_TEXT = List.of(
            new FreeTextColumn("patient", "id", "name_kanji", NAME),
            new FreeTextColumn("referral", "id", "patient_name_kanji", NAME),
            new FreeTextColumn("referral", "id", "clinical_summary", TEXT),
            new FreeTextColumn("referral", "id", "pending_question", TEXT),
            new FreeTextColumn("referral_timeline", "CONCAT(referral_id, ':', position)", "note", TEXT),
            new FreeTextColumn("counseling_booking", "id", "patient_name", NAME),
            new FreeTextColumn("counseling_booking", "id", "outcome_note", TEXT),
            new FreeTextColumn("counseling_booking_history", "CONCAT(booking_id, ':', position)", "note", TEXT),
            new FreeTextColumn("panel_own_patient", "panel_case_id", "name_kanji", NAME),
            new FreeTextColumn("panel_own_patient", "panel_case_id", "clinical_summary", TEXT),
            new FreeTextColumn("ccat_test", "id", "own_patient_name", NAME),
            new FreeTextColumn("panel_review_round", "id", "escalation_reason", TEXT),
            new FreeTextColumn("panel_review_response", "id", "comment", TEXT),
            new FreeTextColumn("panel_case_move", "id", "reason", TEXT),
            new FreeTextColumn("panel_case_variant", "id", "therapy", TEXT),
            new FreeTextColumn("user_account", "id", "display_name", NAME));

    private static final Map<String, List<String>> SCREENS_BY_PERSON = Map.of(
            "liaison", List.of("/", "/referrals", "/counseling", "/notifications", "/ccat", "/panels/cases",
                    "/account/security"),
            "coordinator", List.of("/", "/referrals", "/counseling", "/panels", "/panels/cases", "/ccat",
                    "/ccat/ledger", "/ccat/billing", "/insight", "/recontact", "/notifications"),
            "counselor", List.of("/", "/counseling", "/counseling/availability"),
            "panelist", List.of("/", "/panels", "/panels/cases"),
            "hospital-admin", List.of("/", "/audit", "/admin/users"),
            "network-admin", List.of("/", "/admin/hospitals", "/admin/users", "/audit", "/insight",
                    "/recontact/approvals", "/ccat/catalogue", "/panels/rules", "/admin/second-factor-reset"));

    private final Map<FreeTextColumn, Map<String, String>> originals = new LinkedHashMap<>();
    private final List<String> dialogs = new CopyOnWriteArrayList<>();
    private final Map<String, Page> pages = new java.util.HashMap<>();
    private String database;

    @BeforeAll
    void writePayloadsIntoEveryFreeTextColumn() throws SQLException {
        database = databaseUrl().orElse(null);
        if (database == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(database, "root", "")) {
            for (FreeTextColumn column : FREE_TEXT) {
                originals.put(column, column.valuesIn(connection));
                column.overwrite(connection);
            }
        }
    }

    @AfterAll
    void putTheOriginalsBack() throws SQLException {
        pages.values().forEach(page -> page.context().close());
        if (database == null) {
            return;
        }
        try (Connection connection = DriverManager.getConnection(database, "root", "")) {
            for (Map.Entry<FreeTextColumn, Map<String, String>> column : originals.entrySet()) {
                column.getKey().restore(connection, column.getValue());
            }
        }
    }

    @Test
    void everyMainScreenShowsThePayloadsAsTextToEveryKindOfUser() {
        assumeTrue(database != null, "needs the portal's database (not with -Drenkei.baseUrl)");
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, List<String>> person : SCREENS_BY_PERSON.entrySet()) {
            Page page = signedIn(person.getKey());
            person.getValue().forEach(path -> visit(page, person.getKey(), path, problems));
        }
        assertThat(problems).isEmpty();
        assertThat(dialogs).as("dialogs opened by injected script").isEmpty();
    }

    @Test
    void theRecordsHoldingThePayloadsShowThemLiterallyOnTheirPages() throws Exception {
        assumeTrue(database != null, "needs the portal's database (not with -Drenkei.baseUrl)");
        List<String> problems = new ArrayList<>();
        List<String> shownLiterally = new ArrayList<>();
        List<String> detailPages = detailPages();
        for (String person : List.of("coordinator", "liaison", "panelist", "counselor")) {
            Page page = signedIn(person);
            for (String path : detailPages) {
                if (visit(page, person, path, problems).contains(NAME)) {
                    shownLiterally.add(person + " " + path);
                }
                if (person.equals("liaison") && path.startsWith("/referrals/")) {
                    Browser.screenshot(page, "hostile-payloads-" + path.substring(1).replace('/', '-'));
                }
            }
        }
        assertThat(problems).isEmpty();
        assertThat(dialogs).as("dialogs opened by injected script").isEmpty();
        assertThat(shownLiterally).as("pages showing the payload as text, e.g. a referral's patient name")
                .anyMatch(visit -> visit.startsWith("coordinator /referrals/"))
                .anyMatch(visit -> visit.startsWith("coordinator /panels/cases/"))
                .anyMatch(visit -> visit.startsWith("coordinator /ccat/tests/"))
                .anyMatch(visit -> visit.startsWith("liaison /referrals/"))
                .anyMatch(visit -> visit.startsWith("counselor /counseling/bookings/"));
    }

    @Test
    void theLedgerPrintsAndExportsThePayloadsVerbatim() throws Exception {
        assumeTrue(database != null, "needs the portal's database (not with -Drenkei.baseUrl)");
        Page coordinator = signedIn("coordinator");
        visit(coordinator, "coordinator", "/ccat/ledger", new ArrayList<>());

        Path pdf = Browser.ARTIFACTS.resolve("hostile-payloads-ledger.pdf");
        coordinator.waitForDownload(() -> coordinator.locator("#ledger-pdf").click()).saveAs(pdf);
        // the name column is narrow: the name wraps, and the text comes out interleaved with the next columns' lines
        assertThat(PdfInspection.text(pdf).replaceAll("\\s", "")).as("the printed ledger")
                .contains("<imgsrc=x", "onerror=window.", "__pwned=1>{{7*7}}");
        Path csv = Browser.ARTIFACTS.resolve("hostile-payloads-ledger.csv");
        coordinator.waitForDownload(() -> coordinator.locator("#ledger-csv").click()).saveAs(csv);
        assertThat(Files.readString(csv)).as("the exported ledger").contains("\"" + NAME + "\"");
        assertThat(dialogs).isEmpty();
    }

    /** One signed-in page per person for the whole class: a second sign-in would wait for the next TOTP step. */
    private Page signedIn(String person) {
        return pages.computeIfAbsent(person, who -> {
            Page page = signIn(who);
            page.onDialog(dialog -> {
                dialogs.add(who + ": " + dialog.message());
                dialog.dismiss();
            });
            return page;
        });
    }

    /** Opens one screen and notes what a user would notice going wrong; returns the text the screen shows. */
    private String visit(Page page, String person, String path, List<String> problems) {
        String where = person + " " + path + ": ";
        Response response = page.navigate(url(path));
        if (response != null && response.status() >= 500) {
            problems.add(where + "HTTP " + response.status());
        }
        page.waitForFunction("() => window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients"
                + " && Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        page.waitForTimeout(200); // grids fetch their first rows in a second round trip
        page.waitForFunction("() => Object.values(window.Vaadin.Flow.clients).every(client => !client.isActive())");
        if (page.evaluate("() => window.__pwned") != null) {
            problems.add(where + "an injected script ran");
        }
        if (page.locator("img[src='x']").count() > 0) {
            problems.add(where + "an injected element was rendered");
        }
        if (page.locator("#unexpected-error, .v-system-error").count() > 0) {
            problems.add(where + "error page or system error");
        }
        if ((Boolean) page.evaluate("() => document.documentElement.scrollWidth > document.documentElement.clientWidth + 2")) {
            problems.add(where + "wider than the window");
        }
        String shown = page.evaluate("() => document.body.innerText").toString();
        if (shown.contains("onerror=window.__pwned=1>49")) {
            problems.add(where + "a template expression was evaluated");
        }
        return shown;
    }

    /** Detail pages of records that hold a payload, at every hospital (others' records must show "not found"). */
    private List<String> detailPages() throws SQLException {
        List<String> pages = new ArrayList<>();
        try (Connection connection = DriverManager.getConnection(database, "root", "")) {
            pages.addAll(ids(connection, "SELECT id FROM referral ORDER BY id DESC LIMIT 4", "/referrals/"));
            pages.addAll(ids(connection, "SELECT id FROM counseling_booking ORDER BY id DESC LIMIT 3", "/counseling/bookings/"));
            pages.addAll(ids(connection, "SELECT id FROM panel_case ORDER BY id DESC LIMIT 3", "/panels/cases/"));
            pages.addAll(ids(connection, "SELECT panel_case_id FROM panel_own_patient LIMIT 1", "/panels/cases/"));
            pages.addAll(ids(connection, "SELECT id FROM ccat_test ORDER BY own_patient_id IS NULL, id DESC LIMIT 3", "/ccat/tests/"));
            pages.addAll(ids(connection, "SELECT id FROM ccat_test WHERE referral_id IS NOT NULL ORDER BY id DESC LIMIT 2", "/ccat/tests/"));
            pages.addAll(ids(connection, "SELECT id FROM expert_panel ORDER BY id LIMIT 2", "/panels/"));
        }
        return pages;
    }

    private static List<String> ids(Connection connection, String sql, String prefix) throws SQLException {
        List<String> paths = new ArrayList<>();
        try (PreparedStatement query = connection.prepareStatement(sql); ResultSet rows = query.executeQuery()) {
            while (rows.next()) {
                paths.add(prefix + rows.getLong(1));
            }
        }
        return paths;
    }

    /** One free-text column and the expression naming its rows. */
    private record FreeTextColumn(String table, String key, String column, String payload) {

        Map<String, String> valuesIn(Connection connection) throws SQLException {
            Map<String, String> values = new LinkedHashMap<>();
            try (PreparedStatement query = connection.prepareStatement("SELECT " + key + ", " + column + " FROM "
                    + table + " WHERE " + column + " IS NOT NULL"); ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    values.put(rows.getString(1), rows.getString(2));
                }
            }
            return values;
        }

        void overwrite(Connection connection) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET " + column + " = ? WHERE " + column + " IS NOT NULL")) {
                update.setString(1, payload);
                update.executeUpdate();
            }
        }

        void restore(Connection connection, Map<String, String> values) throws SQLException {
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE " + table + " SET " + column + " = ? WHERE " + key + " = ?")) {
                for (Map.Entry<String, String> row : values.entrySet()) {
                    update.setString(1, row.getValue());
                    update.setString(2, row.getKey());
                    update.addBatch();
                }
                update.executeBatch();
            }
        }
    }
}
