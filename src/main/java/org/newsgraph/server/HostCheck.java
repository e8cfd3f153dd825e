package org.newsgraph.server;

import java.util.Locale;
import java.util.Set;

/**
 * The {@code Host} header values the server answers to: this machine's loopback names and the address it
 * is bound to, always with the port it listens on. A page on another name that resolves to this machine
 * (DNS rebinding) sends its own name, and is refused. A server bound to every interface takes any IP
 * address too: a literal address is never a rebound name.
 */
final class HostCheck {
    private static final Set<String> LOOPBACK = Set.of("localhost", "127.0.0.1", "[::1]");
    private static final Set<String> WILDCARD = Set.of("0.0.0.0", "::", "[::]");

    private final String boundHost;
    private final boolean anyAddress;

    HostCheck(String bindHost) {
        String host = bindHost.toLowerCase(Locale.ROOT);
        this.anyAddress = WILDCARD.contains(host);
        this.boundHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
    }

    /** True when {@code hostHeader} ("name:port", "[v6]:port", or a name alone for port 80) names this server on {@code port}. */
    boolean accepts(String hostHeader, int port) {
        if (hostHeader == null || hostHeader.isBlank()) {
            return false;
        }
        String value = hostHeader.strip().toLowerCase(Locale.ROOT);
        int colon = value.lastIndexOf(':');
        String name = value;
        int given = 80;
        if (colon > value.lastIndexOf(']')) {
            name = value.substring(0, colon);
            try {
                given = Integer.parseInt(value.substring(colon + 1));
            } catch (NumberFormatException e) {
                return false;
            }
        }
        if (given != port || name.isEmpty()) {
            return false;
        }
        return LOOPBACK.contains(name) || name.equals(boundHost) || anyAddress && isAddressLiteral(name);
    }

    private static boolean isAddressLiteral(String name) {
        if (name.startsWith("[") && name.endsWith("]")) {
            return name.substring(1, name.length() - 1).matches("[0-9a-f:.]+");
        }
        return name.matches("\\d{1,3}(\\.\\d{1,3}){3}");
    }
}
