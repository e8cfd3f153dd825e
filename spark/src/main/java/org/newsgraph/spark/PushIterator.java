package org.newsgraph.spark;

import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Turns a reader that pushes (newsgraph's readers call a sink for each article) into the iterator Spark pulls
 * from, without holding a whole file: the reader runs on a thread of its own and waits while the queue is full.
 * What the reader throws is thrown by {@link #hasNext}; {@link #close} stops the reader (a task killed or failed).
 */
final class PushIterator<T> implements Iterator<T>, AutoCloseable {
    private static final Object END = new Object();

    private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(256);
    private final Thread producer;
    private volatile boolean closed;
    private volatile Throwable failure;
    private Object next;

    PushIterator(String name, Consumer<Consumer<T>> reader) {
        producer = new Thread(() -> {
            try {
                reader.accept(this::put);
            } catch (Closed closedWhileReading) {
                // the consumer has gone: nothing to report
            } catch (RuntimeException | Error e) {
                failure = e;
            } finally {
                end();
            }
        }, name);
        producer.setDaemon(true);
        producer.start();
    }

    private void put(T item) {
        try {
            while (!queue.offer(item, 100, TimeUnit.MILLISECONDS)) {
                if (closed) {
                    throw new Closed();
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Closed();
        }
    }

    private void end() {
        try {
            while (!closed && !queue.offer(END, 100, TimeUnit.MILLISECONDS)) {
                // the consumer takes the items before the end
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null) {
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                close();
                throw new IllegalStateException("interrupted while reading", e);
            }
        }
        if (next == END) {
            Throwable thrown = failure;
            if (thrown instanceof RuntimeException runtime) {
                throw runtime;
            }
            if (thrown instanceof Error error) {
                throw error;
            }
            return false;
        }
        return true;
    }

    @Override
    @SuppressWarnings("unchecked")
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        T item = (T) next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        closed = true;
        producer.interrupt();
    }

    /** Ends the reader's thread once nobody reads what it pushes. */
    private static final class Closed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Closed() {
            super("closed", null, false, false);
        }
    }
}
