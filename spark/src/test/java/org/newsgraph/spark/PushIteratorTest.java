package org.newsgraph.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

/** A pushing reader as a pulled iterator: every item in order, the reader's failure, and a stop when closed. */
class PushIteratorTest {
    @Test
    void givesWhatTheReaderPushesInOrderThenEnds() {
        List<Integer> seen = new ArrayList<>();
        new PushIterator<Integer>("test", out -> {
            for (int i = 0; i < 1000; i++) {
                out.accept(i);
            }
        }).forEachRemaining(seen::add);
        assertThat(seen).hasSize(1000).isSorted();
    }

    @Test
    void throwsWhatTheReaderThrowsAfterWhatItPushedBefore() {
        PushIterator<String> items = new PushIterator<>("test", out -> {
            out.accept("first");
            throw new IllegalStateException("the reader broke");
        });
        assertThat(items.next()).isEqualTo("first");
        assertThatThrownBy(items::hasNext).hasMessage("the reader broke");
    }

    @Test
    void closingStopsAReaderThatWaitsForRoom() throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        PushIterator<Integer> items = new PushIterator<>("test", out -> {
            try {
                for (int i = 0; ; i++) {
                    out.accept(i);
                }
            } finally {
                stopped.countDown();
            }
        });
        assertThat(items.next()).isZero();
        items.close();
        assertThat(stopped.await(5, TimeUnit.SECONDS)).isTrue();
    }
}
