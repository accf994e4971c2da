package jp.renkei;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole application against a real embedded MariaDB with the demo network loaded. One shared Spring
 * context (and so one database server) for every test that uses exactly this annotation. Time is a
 * {@link TestClock} that starts at {@link TestClock#DEFAULT_START}; a test that moves it resets it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@Import(TestClockConfiguration.class)
@ActiveProfiles({ "demo", "it" })
public @interface RenkeiIntegrationTest {
}
