package org.newsgraph.store;

import java.nio.ByteBuffer;

import org.apache.jena.dboe.base.file.BufferChannel;

/**
 * A journal's channel that tells a hook of each write, sync and truncate before doing it: where a test stops a
 * process dead (to be killed there) or notes where Jena's writes end.
 */
final class WatchedChannel implements BufferChannel {
    /**
     * Hears of an operation about to happen at a position: "write" (data: a read-only view of the bytes),
     * "sync" or "truncate" (to the length in position; data: null).
     */
    @FunctionalInterface
    interface Hook {
        void before(String operation, long position, ByteBuffer data);
    }

    private final BufferChannel channel;
    private final Hook hook;

    WatchedChannel(BufferChannel channel, Hook hook) {
        this.channel = channel;
        this.hook = hook;
    }

    @Override
    public int write(ByteBuffer buffer) {
        hook.before("write", channel.position(), buffer.asReadOnlyBuffer());
        return channel.write(buffer);
    }

    @Override
    public int write(ByteBuffer buffer, long loc) {
        hook.before("write", loc, buffer.asReadOnlyBuffer());
        return channel.write(buffer, loc);
    }

    @Override
    public void sync() {
        hook.before("sync", channel.position(), null);
        channel.sync();
    }

    @Override
    public void truncate(long size) {
        hook.before("truncate", size, null);
        channel.truncate(size);
    }

    @Override
    public BufferChannel duplicate() {
        return new WatchedChannel(channel.duplicate(), hook);
    }

    @Override
    public long position() {
        return channel.position();
    }

    @Override
    public void position(long pos) {
        channel.position(pos);
    }

    @Override
    public int read(ByteBuffer buffer) {
        return channel.read(buffer);
    }

    @Override
    public int read(ByteBuffer buffer, long loc) {
        return channel.read(buffer, loc);
    }

    @Override
    public long size() {
        return channel.size();
    }

    @Override
    public boolean isEmpty() {
        return channel.isEmpty();
    }

    @Override
    public String getLabel() {
        return channel.getLabel();
    }

    @Override
    public String getFilename() {
        return channel.getFilename();
    }

    @Override
    public void close() {
        channel.close();
    }
}
