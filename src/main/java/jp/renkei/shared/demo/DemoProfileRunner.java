package jp.renkei.shared.demo;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.EnvironmentAware;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;

/**
 * Start-up work of the {@code demo} profile only (demo data, the demo second factor). Registered in every
 * profile and skipped at run time unless the environment accepts {@code demo}: the packaged jar's bean
 * definitions are fixed at build time by Spring AOT, so a bean with a profile condition would be there or not
 * whatever the profile the jar is started with (performance.md, "Start-up, session 10").
 */
public abstract class DemoProfileRunner implements ApplicationRunner, EnvironmentAware {

    private static final Profiles DEMO = Profiles.of("demo");

    private Environment environment;

    @Override
    public void setEnvironment(Environment environment) {
        this.environment = environment;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (environment.acceptsProfiles(DEMO)) {
            runInDemo(args);
        }
    }

    /** The work itself; called only when the {@code demo} profile is active. */
    protected abstract void runInDemo(ApplicationArguments args);
}
