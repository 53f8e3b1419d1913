package org.w3id.apecdekg.limits;

import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * At most {@code slots} queries at once; up to {@code queueSize} more wait at most {@code wait}
 * for a slot; anyone else is turned away at once.
 */
final class QueryAdmission {

    private final Semaphore slots;
    private final AtomicInteger waiting = new AtomicInteger();
    private final int queueSize;
    private final long waitMillis;

    QueryAdmission(int slots, int queueSize, Duration wait) {
        if (slots < 1) {
            throw new IllegalArgumentException("dekg.limits.max-concurrent-queries must be at least 1");
        }
        this.slots = new Semaphore(slots, true);
        this.queueSize = Math.max(0, queueSize);
        this.waitMillis = wait.toMillis();
    }

    /** True when a slot was taken (then {@link #release()} it); false when the caller must be refused. */
    boolean enter() throws InterruptedException {
        if (slots.tryAcquire()) {
            return true;
        }
        if (waiting.incrementAndGet() > queueSize) {
            waiting.decrementAndGet();
            return false;
        }
        try {
            return slots.tryAcquire(waitMillis, TimeUnit.MILLISECONDS);
        } finally {
            waiting.decrementAndGet();
        }
    }

    void release() {
        slots.release();
    }

    int available() {
        return slots.availablePermits();
    }
}
