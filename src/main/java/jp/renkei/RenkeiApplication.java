package jp.renkei;

import java.net.URL;

import org.springframework.aot.AotDetector;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.modulith.Modulithic;
import org.springframework.scheduling.annotation.EnableAsync;

import jp.renkei.shell.PushSocketBuffers;

@SpringBootApplication
@Modulithic(sharedModules = "shared")
@ConfigurationPropertiesScan
@EnableAsync
public class RenkeiApplication {

    /** The bean definitions Spring AOT generated at build time ({@code process-aot}), next to this class. */
    private static final String AOT_INITIALIZER = "RenkeiApplication__ApplicationContextInitializer.class";

    public static void main(String[] args) {
        PushSocketBuffers.sizeTomcatBuffers();
        useSpringAotInTheJar();
        SpringApplication.run(RenkeiApplication.class, args);
    }

    /**
     * Started from its jar ({@code java -jar}, packaged or extracted) the portal uses the bean definitions Spring
     * AOT generated when the jar was built, instead of working them out at every start (performance.md,
     * "Start-up, session 10"). From {@code target/classes} (the run command, the tests) Spring works them out
     * as before, so a change to a bean needs no AOT build there. {@code -Dspring.aot.enabled=false} turns it off.
     */
    private static void useSpringAotInTheJar() {
        URL self = RenkeiApplication.class.getResource("RenkeiApplication.class");
        boolean fromJar = self != null && "jar".equals(self.getProtocol());
        if (fromJar && System.getProperty(AotDetector.AOT_ENABLED) == null
                && RenkeiApplication.class.getResource(AOT_INITIALIZER) != null) {
            System.setProperty(AotDetector.AOT_ENABLED, "true");
        }
    }
}
