package jp.renkei.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.IntStream;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Image;

import jp.renkei.RenkeiIntegrationTest;
import jp.renkei.SignIn;
import jp.renkei.TestClock;

/**
 * The figures page without a browser, on the demo network's two years of history: the charts are drawn (and saved
 * under target/e2e-artifacts/ to be looked at), the CSV opens in Excel and names no patient, and small cells stay
 * hidden from the network admin.
 */
@RenkeiIntegrationTest
class InsightViewTest extends SpringBrowserlessTest {

    private static final Path ARTIFACTS = Path.of("target", "e2e-artifacts");

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
    void theCoordinatorSeesItsHospitalsChartsDrawn() throws IOException {
        signIn.as("coordinator");
        InsightView view = open();

        assertThat(view.scope.getText()).startsWith("東都大学医学部附属病院が関わった症例");
        assertThat($(Image.class).all()).extracting(Image::getId).extracting(id -> id.orElse(""))
                .containsExactly("insight-chart-stages", "insight-chart-monthly", "insight-chart-access");
        InsightCharts charts = new InsightCharts(view::getTranslation, Locale.JAPANESE);
        assertDrawn(save("insight-coordinator-stages.png", charts.stages(view.shown.stages())));
        assertDrawn(save("insight-coordinator-monthly.png", charts.monthly(view.shown)));
        assertThat(view.shown.stages().values()).allSatisfy(d -> assertThat(d.patients()).isGreaterThan(20));
    }

    @Test
    void theNetworkAdminSeesEachHospitalAndACsvWithoutPatients() throws IOException {
        signIn.as("network-admin");
        InsightView view = open();

        assertThat(view.scope.getText()).contains("5例未満の区分は数値を表示しません");
        assertThat($(Image.class).all()).hasSize(4);
        InsightCharts charts = new InsightCharts(view::getTranslation, Locale.JAPANESE);
        assertDrawn(save("insight-network-access-timing.png", charts.accessByTiming(view.shown.accessByTiming())));
        assertDrawn(save("insight-network-access-hospitals.png", charts.accessByHospital(view.shown)));
        assertDrawn(save("insight-network-stages.png", charts.stages(view.shown.stages())));

        byte[] csv = new InsightCsv(view::getTranslation, Locale.JAPANESE).render(view.shown);
        save("insight-network.csv", csv);
        assertThat(Arrays.copyOf(csv, 3)).as("byte-order mark for Excel")
                .containsExactly((byte) 0xEF, (byte) 0xBB, (byte) 0xBF);
        String text = new String(csv, 3, csv.length - 3, StandardCharsets.UTF_8);
        assertThat(text).startsWith("\"区分\",\"医療機関\",\"項目\",\"患者数\",\"中央値（日）\"")
                .contains("\"推奨治療への到達（紹介元医療機関別）\",\"加賀野総合病院\",\"全体\",\"5例未満のため非表示\"")
                .contains("検査実施医療機関別の所要日数")
                .doesNotContain("R-0", "石川", "斎藤");
    }

    @Test
    void readsInEnglishWithoutMissingTexts() {
        signIn.as("network-admin");
        UI.getCurrent().setLocale(Locale.ENGLISH);
        InsightView view = open();
        assertThat(view.getElement().getTextRecursively()).contains("Access to recommended therapy")
                .doesNotContain("!insight.");
    }

    private InsightView open() {
        return navigate("insight", InsightView.class);
    }

    private static Path save(String name, byte[] bytes) throws IOException {
        Files.createDirectories(ARTIFACTS);
        return Files.write(ARTIFACTS.resolve(name), bytes);
    }

    private static void assertDrawn(Path png) throws IOException {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(Files.readAllBytes(png)));
        assertThat(image.getWidth()).isEqualTo(ChartStyle.WIDTH * 2);
        long colours = IntStream.range(0, image.getWidth() / 4).flatMap(x -> IntStream.range(0, image.getHeight() / 4)
                .map(y -> image.getRGB(x * 4, y * 4))).distinct().count();
        assertThat(colours).as("more than a blank canvas").isGreaterThan(5);
    }
}
