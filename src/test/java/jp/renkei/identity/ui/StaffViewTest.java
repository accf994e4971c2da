package jp.renkei.identity.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.contextmenu.MenuItem;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridTester;
import com.vaadin.flow.component.menubar.MenuBar;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.identity.StaffMember;

/**
 * The staff list keeps a row's actions in one menu; the admin's own row offers only what the service allows for
 * oneself (changing roles), not disabling or resetting the second factor.
 */
@RenkeiIntegrationTest
class StaffViewTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;

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

    private static List<String> actionsOf(GridTester<Grid<StaffMember>, StaffMember> grid, String username) {
        int row = IntStream.range(0, grid.size()).filter(i -> grid.getRow(i).username().equals(username)).findFirst()
                .orElseThrow();
        MenuBar menu = (MenuBar) grid.getCellComponent(row, StaffView.ACTIONS);
        return menu.getItems().getFirst().getSubMenu().getItems().stream().map(MenuItem::getText).toList();
    }
}
