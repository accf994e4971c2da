package jp.renkei.shell;

import org.atmosphere.cpr.ApplicationConfig;
import org.atmosphere.cpr.AtmosphereFramework;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.communication.JSR356WebsocketInitializer;

/**
 * Every open tab keeps one push WebSocket, and each socket keeps buffers sized for messages this portal never
 * receives over it: push runs as {@code WEBSOCKET_XHR} (see {@link AppShell}), so what a browser sends travels by
 * XHR and the socket only carries the server's pushes one way and the client's one-character heartbeats the other.
 * Left as shipped, Atmosphere allocates a 16 KB byte and a 16 K char buffer per socket that the portal's whole-message
 * handlers never touch, and lets Tomcat grow its receive buffer to 16 K chars on the first heartbeat; Tomcat itself
 * keeps 8 KB input, output and encoder buffers. Together about 100 KB per tab (performance.md, "Memory per UI").
 * <p>
 * Vaadin sets Atmosphere's sizes as framework parameters that override servlet parameters, so they are changed on the
 * framework Vaadin created; Atmosphere reads them for each new socket. Tomcat's own buffers follow a system property
 * read once when its WebSocket classes load, set by {@link #sizeTomcatBuffers()} before the server starts.
 */
@Component
public class PushSocketBuffers implements VaadinServiceInitListener {

    /**
     * The largest message a browser may send over the socket, in characters (and Tomcat's buffer size in bytes).
     * The client's heartbeat is one character; anything larger closes the socket and the client reconnects.
     * Server pushes of any size still go out, in frames of this size.
     */
    static final int CLIENT_MESSAGE_LIMIT = 2048;
    /** Atmosphere's stream buffers, only used by streaming message handlers (the portal has none); they grow. */
    private static final int UNUSED_STREAM_BUFFER = 256;
    private static final String TOMCAT_BUFFER_PROPERTY = "org.apache.tomcat.websocket.DEFAULT_BUFFER_SIZE";
    private static final Logger log = LoggerFactory.getLogger(PushSocketBuffers.class);

    /** Call before the embedded server starts; an operator's own {@code -D} setting wins. */
    public static void sizeTomcatBuffers() {
        if (System.getProperty(TOMCAT_BUFFER_PROPERTY) == null) {
            System.setProperty(TOMCAT_BUFFER_PROPERTY, String.valueOf(CLIENT_MESSAGE_LIMIT));
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        if (!(event.getSource() instanceof VaadinServletService service) || service.getServlet() == null) {
            return;
        }
        String servlet = service.getServlet().getServletName();
        // absent when the container has no WebSocket support (browserless tests): then there is nothing to size
        if (service.getServlet().getServletContext().getAttribute(JSR356WebsocketInitializer
                .getAttributeName(servlet)) instanceof AtmosphereFramework atmosphere) {
            String limit = String.valueOf(CLIENT_MESSAGE_LIMIT);
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_MAXTEXTSIZE, limit);
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_MAXBINARYSIZE, limit);
            atmosphere.addInitParameter(ApplicationConfig.WEBSOCKET_BUFFER_SIZE, String.valueOf(UNUSED_STREAM_BUFFER));
            log.info("Push WebSocket buffers for servlet {}: client messages up to {} characters, Tomcat buffers {} "
                    + "bytes", servlet, limit, System.getProperty(TOMCAT_BUFFER_PROPERTY, "8192"));
        }
    }
}
