package jp.renkei.audit;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.ExitCodeGenerator;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.stereotype.Component;

/**
 * {@code --renkei.audit.verify}: verifies the audit chain, prints the result and exits (0 intact, 1 broken), so
 * anyone with the database settings can check the trail without signing in. See README, "Audit trail".
 */
@Component
@ConditionalOnProperty("renkei.audit.verify")
class AuditChainCommand implements ApplicationRunner, ExitCodeGenerator {

    private static final Logger log = LoggerFactory.getLogger(AuditChainCommand.class);

    private final AuditTrail trail;
    private final ConfigurableApplicationContext context;
    private int exitCode;

    AuditChainCommand(AuditTrail trail, ConfigurableApplicationContext context) {
        this.trail = trail;
        this.context = context;
    }

    @Override
    public void run(ApplicationArguments arguments) {
        ChainVerification result = trail.verifyAndKeep();
        exitCode = result.valid() ? 0 : 1;
        log.info(result.describe());
        System.out.println(result.describe());
        System.exit(SpringApplication.exit(context, this));
    }

    @Override
    public int getExitCode() {
        return exitCode;
    }
}
