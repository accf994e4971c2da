package jp.renkei.shell;

import org.apache.catalina.connector.Connector;
import org.springframework.boot.tomcat.TomcatConnectorCustomizer;
import org.springframework.stereotype.Component;

/**
 * Every open tab holds one connection for its push WebSocket as long as it is open, and Tomcat keeps an 8 KB read
 * and an 8 KB write buffer for each connection whatever it carries. The socket carries server pushes of a few
 * hundred bytes and no client messages (see {@link PushSocketBuffers}), so 4 KB each is plenty; a heap dump of 30
 * open tabs found these two buffers among the largest things a tab keeps (performance.md, "Memory per UI", session
 * 8). Requests and responses larger than a buffer still go through: Tomcat reads and writes in several passes, and
 * writes a large response straight from the response's own buffer when this one is empty.
 * <p>
 * The connector's cache of closed connections' buffers ({@code socket.bufferPool}) is left as it is: Tomcat sizes it
 * from the heap (off below 2 GB, max heap / 32 above), and it holds buffers of connections already gone, not of
 * open tabs.
 */
@Component
class ConnectionBuffers implements TomcatConnectorCustomizer {

    static final int BUFFER_BYTES = 4096;

    @Override
    public void customize(Connector connector) {
        // the same as socket.appReadBufSize / appWriteBufSize on a server.xml connector
        connector.setProperty("socket.appReadBufSize", String.valueOf(BUFFER_BYTES));
        connector.setProperty("socket.appWriteBufSize", String.valueOf(BUFFER_BYTES));
    }
}
