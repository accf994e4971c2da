package jp.renkei.infrastructure.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.time.Clock;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

class EventRegistryHealthTest {

    @Test
    void aDatabaseThatCannotBeReachedMakesTheRegistryDown() throws Exception {
        int closedPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            closedPort = socket.getLocalPort();
        }
        var unreachable = new JdbcTemplate(new DriverManagerDataSource(
                "jdbc:mysql://127.0.0.1:" + closedPort + "/renkei?connectTimeout=2000", "renkei", ""));
        var health = new EventRegistryHealth(new EventBacklog(unreachable, Clock.systemUTC()), Duration.ofMinutes(15));

        assertThat(health.health().getStatus()).isEqualTo(Status.DOWN);
    }
}
