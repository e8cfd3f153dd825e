package org.newsgraph.server;

import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryUsage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.management.ListenerNotFoundException;
import javax.management.Notification;
import javax.management.NotificationEmitter;
import javax.management.NotificationListener;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.management.ThreadMXBean;
import org.apache.jena.sparql.exec.QueryExec;

/**
 * Stops the query that takes the heap. A GROUP BY over a cross join, or a hash join of two large patterns,
 * holds more rows the longer it runs, and no single string limit sees it. After every garbage collection
 * that leaves more than {@link #PRESSURE} of the heap in use, the running query whose thread has allocated
 * the most since it started (and at least {@link #MIN_ALLOCATED}) is aborted through Jena's cancel signal;
 * the collector then gets its rows back and the other requests go on.
 */
final class HeapGuard implements AutoCloseable {
    /** Share of the maximum heap still in use after a collection that counts as pressure. */
    static final double PRESSURE = 0.70;
    /** A query that allocated less than this is never the one to blame. */
    static final long MIN_ALLOCATED = 64L << 20;

    private record Running(QueryExec exec, long allocatedAtStart) {
    }

    private final ThreadMXBean threads = (ThreadMXBean) ManagementFactory.getThreadMXBean();
    private final Map<Thread, Running> running = new ConcurrentHashMap<>();
    private final Map<Thread, Boolean> stopped = new ConcurrentHashMap<>();
    private final List<NotificationEmitter> emitters = new ArrayList<>();
    private final NotificationListener listener = this::afterCollection;
    private final long maxHeap = Runtime.getRuntime().maxMemory();

    HeapGuard() {
        for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
            if (collector instanceof NotificationEmitter emitter) {
                emitter.addNotificationListener(listener, null, null);
                emitters.add(emitter);
            }
        }
    }

    /** The current thread runs {@code exec} from now on. */
    void started(QueryExec exec) {
        stopped.remove(Thread.currentThread());
        running.put(Thread.currentThread(), new Running(exec, allocated(Thread.currentThread())));
    }

    /** The current thread's query is over; true when this guard stopped it. */
    boolean finished() {
        running.remove(Thread.currentThread());
        return stopped.remove(Thread.currentThread()) != null;
    }

    private void afterCollection(Notification notification, Object handback) {
        if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
            return;
        }
        GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo.from((CompositeData) notification.getUserData());
        long used = 0;
        for (MemoryUsage pool : info.getGcInfo().getMemoryUsageAfterGc().values()) {
            used += pool.getUsed();
        }
        if (used > PRESSURE * maxHeap) {
            stopLargest();
        }
    }

    private void stopLargest() {
        Thread largest = null;
        long most = MIN_ALLOCATED;
        for (Map.Entry<Thread, Running> entry : running.entrySet()) {
            long allocated = allocated(entry.getKey()) - entry.getValue().allocatedAtStart();
            if (allocated >= most) {
                most = allocated;
                largest = entry.getKey();
            }
        }
        Running query = largest == null ? null : running.remove(largest);
        if (query != null) {
            stopped.put(largest, Boolean.TRUE);
            query.exec().abort();
        }
    }

    @SuppressWarnings("deprecation") // Thread.threadId() is Java 19
    private long allocated(Thread thread) {
        return threads.getThreadAllocatedBytes(thread.getId());
    }

    @Override
    public void close() {
        for (NotificationEmitter emitter : emitters) {
            try {
                emitter.removeNotificationListener(listener);
            } catch (ListenerNotFoundException e) {
                // never added: nothing to remove
            }
        }
    }
}
