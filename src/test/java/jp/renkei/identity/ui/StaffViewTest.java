package jp.renkei.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.menubar.MenuBar;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.identity.NewStaffMember;
import jp.renkei.identity.StaffAdministration;
import jp.renkei.identity.StaffMember;
import jp.renkei.shared.JapanTime;
import jp.renkei.shared.Role;

/**
 * The staff list keeps a row's actions in one menu; the admin's own row offers only what the service allows for
 * oneself (changing roles), not disabling or resetting the second factor.
 */
@RenkeiIntegrationTest
class StaffViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    StaffAdministration staff;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;

    @AfterEach
    void signOut() {
        signIn.out();
    }

    @Test
    void theAdminsOwnRowOffersNeitherDisablingNorAResetOfTheSecondFactor() {
        signIn.as("hospital-admin");
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        GridTester<Grid<StaffMember>, StaffMember> grid = test($(Grid.class).single());

        assertThat(actionsOf(grid, "hospital-admin")).containsExactly("役割を変更");
        assertThat(actionsOf(grid, "coordinator")).containsExactly("役割を変更", "無効にする", "二段階認証をリセット");
    }

    @Test
    void theLastSignInIsShownAndTheFilterKeepsOnlyAccountsUnusedForNinetyDays() {
        signIn.as("hospital-admin");
        String idle = added("idle");
        String fresh = added("fresh");
        Instant longAgo = clock.instant().minus(Duration.ofDays(120));
        jdbc.sql("update user_account set last_signed_in_at = ? where username = ?")
                .params(Timestamp.from(longAgo), idle).update();
        UI.getCurrent().navigate("admin/users");
        @SuppressWarnings("unchecked")
        GridTester<Grid<StaffMember>, StaffMember> grid = test($(Grid.class).single());

        String day = LocalDate.ofInstant(longAgo, JapanTime.ZONE).toString().replace('-', '/');
        assertThat(lastSignInOf(grid, idle)).isEqualTo(day + " 90日以上未使用");
        assertThat(lastSignInOf(grid, fresh)).isEqualTo("未サインイン");

        Checkbox unusedOnly = $(Checkbox.class).id("staff-unused-only");
        assertThat(unusedOnly.getLabel()).isEqualTo("90日以上使われていないアカウントのみ");
        test(unusedOnly).click();

        List<String> listed = IntStream.range(0, grid.size()).mapToObj(i -> grid.getRow(i).username()).toList();
        assertThat(listed).contains(idle).doesNotContain(fresh);
    }

    private String added(String prefix) {
        String username = prefix + "-" + System.nanoTime();
        staff.addMember(new NewStaffMember(username, "画面 試験", null, "a quiet harbour at dawn", Role.PANEL_MEMBER));
        return username;
    }

    private static String lastSignInOf(GridTester<Grid<StaffMember>, StaffMember> grid, String username) {
        Component cell = grid.getCellComponent(rowOf(grid, username), StaffView.LAST_SIGN_IN);
        return cell.getChildren().map(c -> c.getElement().getText()).reduce((a, b) -> a + " " + b).orElse("");
    }

    private static int rowOf(GridTester<Grid<StaffMember>, StaffMember> grid, String username) {
        return IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).username().equals(username)).findFirst()
                .orElseThrow();
    }

    private static List<String> actionsOf(GridTester<Grid<StaffMember>, StaffMember> grid, String username) {
        MenuBar menu = (MenuBar) grid.getCellComponent(rowOf(grid, username), StaffView.ACTIONS);
        return menu.getItems().getFirst().getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }
}
