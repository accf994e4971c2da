package jp.renkei;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.List;

/**
 * A server on a loopback port that accepts connections and never says a word: a mail server or a video provider
 * that hangs. Counts the connections it was offered.
 */
public final class HangingServer implements AutoCloseable {

    private final ServerSocket socket;
    private final List<Socket> held = new ArrayList<>();
    private final Thread acceptor;

    public HangingServer(int port) throws IOException {
        socket = new ServerSocket(port, 50, InetAddress.getLoopbackAddress());
        acceptor = Thread.ofVirtual().start(() -> {
            try {
                while (!socket.isClosed()) {
                    Socket client = socket.accept();
                    synchronized (held) {
                        held.add(client);
                    }
                }
            } catch (IOException closed) {
                // closed by close()
            }
        });
    }

    public int connections() {
        synchronized (held) {
            return held.size();
        }
    }

    @Override
    public void close() throws IOException {
        socket.close();
        synchronized (held) {
            for (Socket client : held) {
                client.close();
            }
        }
        acceptor.interrupt();
    }
}
