package th.poverty.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/** Free TCP ports on the loopback interface. */
public final class Ports {

    /**
     * Ports handed out by this JVM. A port is free only until its server binds it, and the kernel
     * readily offers a just-closed port again: without this, a system whose ports are chosen one
     * after another can give its database and a service the same port.
     */
    private static final Set<Integer> HANDED_OUT = ConcurrentHashMap.newKeySet();

    private Ports() {
    }

    public static int free() {
        while (true) {
            int port = unbound();
            if (HANDED_OUT.add(port)) {
                return port;
            }
        }
    }

    private static int unbound() {
        try (var socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
