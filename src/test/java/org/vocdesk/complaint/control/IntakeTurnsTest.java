package org.vocdesk.complaint.control;

import org.junit.jupiter.api.Test;
import org.vocdesk.platform.entity.BusinessException;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class IntakeTurnsTest {

    private static IntakeTurns turns(Integer concurrency, int waitSeconds) {
        IntakeTurns turns = new IntakeTurns();
        turns.configuredConcurrency = Optional.ofNullable(concurrency);
        turns.waitSeconds = waitSeconds;
        turns.init();
        return turns;
    }

    @Test
    void noMoreIntakesStoreAtOnceThanConfiguredAndEveryOneGetsItsTurn() throws Exception {
        IntakeTurns turns = turns(2, 30);
        AtomicInteger running = new AtomicInteger();
        AtomicInteger mostAtOnce = new AtomicInteger();
        CountDownLatch twoIn = new CountDownLatch(2); // the first two wait for each other: proof that two do run at once
        ExecutorService callers = Executors.newFixedThreadPool(8);
        try {
            List<Future<Integer>> stored = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int intake = i;
                stored.add(callers.submit(() -> turns.inTurn(() -> {
                    mostAtOnce.accumulateAndGet(running.incrementAndGet(), Math::max);
                    twoIn.countDown();
                    await(twoIn);
                    sleep(20);
                    running.decrementAndGet();
                    return intake;
                })));
            }
            for (int i = 0; i < 8; i++) {
                assertEquals(i, stored.get(i).get(10, TimeUnit.SECONDS));
            }
        } finally {
            callers.shutdownNow();
        }
        assertEquals(2, mostAtOnce.get());
    }

    @Test
    void anIntakeThatGetsNoTurnInTimeIsRefusedAsBusyAndDoesNothing() throws Exception {
        IntakeTurns turns = turns(1, 1);
        CountDownLatch holding = new CountDownLatch(1);
        CountDownLatch letGo = new CountDownLatch(1);
        Thread holder = new Thread(() -> turns.inTurn(() -> {
            holding.countDown();
            await(letGo);
            return null;
        }));
        holder.start();
        assertTrue(holding.await(10, TimeUnit.SECONDS));

        AtomicBoolean ran = new AtomicBoolean();
        BusinessException busy = assertThrows(BusinessException.class, () -> turns.inTurn(() -> ran.getAndSet(true)));
        assertEquals(BusinessException.Kind.BUSY, busy.kind());
        assertEquals("complaint.intake.busy", busy.key());
        assertFalse(ran.get());

        letGo.countDown();
        holder.join(10_000);
        assertEquals("next", turns.inTurn(() -> "next"));
    }

    @Test
    void aFailedIntakeGivesItsTurnBack() {
        IntakeTurns turns = turns(1, 1);
        assertThrows(IllegalStateException.class, () -> turns.inTurn(() -> {
            throw new IllegalStateException("the database refused it");
        }));
        assertEquals("next", turns.inTurn(() -> "next"));
    }

    @Test
    void byDefaultOneMoreIntakeThanProcessorsStoresAtOnce() {
        assertEquals(Runtime.getRuntime().availableProcessors() + 1, turns(null, 30).concurrency());
        assertEquals(1, turns(0, 30).concurrency());
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
