package jp.renkei.recontact.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.notification.Notification;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;
import jp.renkei.recontact.RecontactTaskDetails;
import jp.renkei.shared.JapanTime;

/**
 * The recontact pages without a browser, on the demo network: 相模野's clinician finds the demo's waiting recontact
 * (a made-up KRAS G12D approval for the pancreatic case 東都's panel concluded), 房総みらい's finds none, and the network
 * admin's form refuses an unknown cancer type.
 */
@RenkeiIntegrationTest
class RecontactViewsTest extends SpringBrowserlessTest {

    @Autowired
    SignIn signIn;
    @Autowired
    TestClock clock;

    @AfterEach
    void signOut() {
        signIn.out();
        clock.reset();
    }

    @Test
    void theReferringClinicianFindsTheDemosRecontactWaiting() {
        signIn.as("liaison");
        RecontactTasksView view = navigate("recontact", RecontactTasksView.class);
        assertThat(test(view.grid).size()).isGreaterThanOrEqualTo(1);
        RecontactTaskDetails demo = test(view.grid).getRow(0);
        assertThat(demo.gene() + " " + demo.alteration()).isEqualTo("KRAS p.G12D");
        assertThat(demo.approval().drug()).isEqualTo("（デモ）KRAS G12D阻害薬");
        assertThat(demo.approval().source()).contains("架空");
        assertThat(demo.caseLabel()).isEqualTo("R-000017");
        assertThat(view.getElement().getTextRecursively()).contains("再連絡が必要な患者");
    }

    @Test
    void anotherHospitalsClinicianSeesNoneOfIt() {
        signIn.as("liaison2");
        RecontactTasksView view = navigate("recontact", RecontactTasksView.class);
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void theNetworkAdminsFormNamesWhatIsWrong() {
        signIn.as("network-admin");
        ApprovalsView view = navigate("recontact/approvals", ApprovalsView.class);
        assertThat(test(view.grid).size()).as("the demo approval").isGreaterThanOrEqualTo(1);
        view.gene.setValue("BRAF");
        view.alteration.setValue("V600E");
        view.cancerType.setValue("XYZ");
        view.drug.setValue("テスト薬");
        view.approvedOn.setValue(LocalDate.now(clock.withZone(JapanTime.ZONE)));
        view.source.setValue("テスト");
        test(view.save).click();
        assertThat(test($(Notification.class).last()).getText()).contains("OncoTreeコード");
    }
}
