package org.newsgraph.server;

import java.time.Duration;
import java.util.Objects;

/**
 * How the SPARQL server listens and what it allows: the address and port, whether SPARQL Update and
 * SERVICE (outbound requests) are on, how long one query may run, how many rows (or CONSTRUCT solutions)
 * one answer may hold, how many bytes one request body may carry and how many queries run at once (the
 * others wait their turn, first come first served).
 */
public record ServerSettings(String host, int port, boolean allowUpdate, boolean allowService, Duration timeout, int maxResults,
        long maxBodyBytes, int maxConcurrentQueries) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    /** 1 MB: a thousand times the longest preset query. */
    public static final long DEFAULT_MAX_BODY = 1 << 20;

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
        if (maxBodyBytes < 1024) {
            throw new IllegalArgumentException("max body must be at least 1024 bytes: " + maxBodyBytes);
        }
        if (maxConcurrentQueries < 1) {
            throw new IllegalArgumentException("concurrent queries must be at least 1: " + maxConcurrentQueries);
        }
    }

    /**
     * Twice the processors: queries mostly compute, so more at once would only share the same cores and
     * make every answer, the cheap ones too, wait as long as the dearest.
     */
    public static int defaultConcurrentQueries() {
        return 2 * Runtime.getRuntime().availableProcessors();
    }

    /**
     * Read-only on 127.0.0.1, no SERVICE, 30 s per query, at most 10,000 rows, 1 MB bodies, twice the
     * processors' count of queries at once: the command's defaults.
     */
    public static ServerSettings defaults(int port) {
        return new ServerSettings(DEFAULT_HOST, port, false, false, Duration.ofSeconds(30), 10_000, DEFAULT_MAX_BODY,
                defaultConcurrentQueries());
    }

    public ServerSettings withAllowUpdate(boolean allow) {
        return new ServerSettings(host, port, allow, allowService, timeout, maxResults, maxBodyBytes, maxConcurrentQueries);
    }

    public ServerSettings withAllowService(boolean allow) {
        return new ServerSettings(host, port, allowUpdate, allow, timeout, maxResults, maxBodyBytes, maxConcurrentQueries);
    }

    public ServerSettings withTimeout(Duration value) {
        return new ServerSettings(host, port, allowUpdate, allowService, value, maxResults, maxBodyBytes, maxConcurrentQueries);
    }

    public ServerSettings withMaxResults(int value) {
        return new ServerSettings(host, port, allowUpdate, allowService, timeout, value, maxBodyBytes, maxConcurrentQueries);
    }

    public ServerSettings withMaxBodyBytes(long value) {
        return new ServerSettings(host, port, allowUpdate, allowService, timeout, maxResults, value, maxConcurrentQueries);
    }

    public ServerSettings withMaxConcurrentQueries(int value) {
        return new ServerSettings(host, port, allowUpdate, allowService, timeout, maxResults, maxBodyBytes, value);
    }
}
