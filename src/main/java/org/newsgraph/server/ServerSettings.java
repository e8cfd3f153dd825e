package org.newsgraph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the SPARQL server listens and what it allows: the address and port, whether SPARQL Update is
 * on, how long one query may run and how many rows (or CONSTRUCT solutions) one answer may hold.
 */
public record ServerSettings(String host, int port, boolean allowUpdate, Duration timeout, int maxResults) {
    public static final String DEFAULT_HOST = "127.0.0.1";

    public ServerSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(timeout, "timeout");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host is blank");
        }
        if (port < 0 || port > 65535) {
            throw new IllegalArgumentException("port must lie in 0..65535 (0 picks a free one): " + port);
        }
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("timeout must be positive: " + timeout.toMillis() + " ms");
        }
        if (maxResults < 1) {
            throw new IllegalArgumentException("max results must be at least 1: " + maxResults);
        }
    }

    /** Read-only on 127.0.0.1, 30 s per query, at most 10,000 rows: the command's defaults. */
    public static ServerSettings defaults(int port) {
        return new ServerSettings(DEFAULT_HOST, port, false, Duration.ofSeconds(30), 10_000);
    }

    public ServerSettings withAllowUpdate(boolean allow) {
        return new ServerSettings(host, port, allow, timeout, maxResults);
    }

    public ServerSettings withTimeout(Duration value) {
        return new ServerSettings(host, port, allowUpdate, value, maxResults);
    }

    public ServerSettings withMaxResults(int value) {
        return new ServerSettings(host, port, allowUpdate, timeout, value);
    }
}
