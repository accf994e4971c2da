package jp.renkei.shell;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import com.vaadin.flow.router.Menu;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.config.BeanDefinition;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

/** The navigation's icons are drawn by renkei.css (MainLayout): an entry whose icon has no rule there would show a grey square. */
class NavigationIconsTest {

    @Test
    void everyNavigationEntrysIconIsDrawnByTheStyleSheet() throws IOException {
        String css = Files.readString(Path.of("frontend/styles/renkei.css"));
        ClassPathScanningCandidateComponentProvider scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Menu.class));
        List<String> icons = scanner.findCandidateComponents("jp.renkei").stream().map(BeanDefinition::getBeanClassName)
                .map(NavigationIconsTest::iconOf).filter(icon -> !icon.isEmpty()).toList();

        assertThat(icons).as("the views in the navigation").hasSizeGreaterThan(10);
        assertThat(icons).allSatisfy(icon -> assertThat(icon).startsWith("vaadin:"));
        assertThat(icons).allSatisfy(icon -> assertThat(css).contains(
                "vaadin-side-nav-item[data-icon=\"" + icon.substring("vaadin:".length()) + "\"]"));
    }

    private static String iconOf(String className) {
        try {
            return Class.forName(className).getAnnotation(Menu.class).icon();
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
