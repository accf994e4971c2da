package jp.renkei.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.catalina.connector.Connector;
import org.junit.jupiter.api.Test;

class ConnectionBuffersTest {

    @Test
    void eachConnectionKeepsFourKilobyteBuffersInsteadOfEight() {
        Connector connector = new Connector("HTTP/1.1");
        assertThat(connector.getProperty("socket.appReadBufSize")).as("Tomcat's default").isEqualTo("8192");

        new ConnectionBuffers().customize(connector);

        assertThat(connector.getProperty("socket.appReadBufSize")).isEqualTo("4096");
        assertThat(connector.getProperty("socket.appWriteBufSize")).isEqualTo("4096");
    }
}
