package org.percorsi.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(120)
class PersonalReadTurnsTest {

    /** A thread per request, as the server gives (the common pool may have one thread on a small machine). */
    private final ExecutorService threads = Executors.newCachedThreadPool();

    @AfterEach
    void stopThreads() {
        threads.shutdownNow();
    }

    @Test
    void requestsBeyondTheLimitWaitAndGoInTheOrderTheyCame() throws Exception {
        var turns = new PersonalReadTurns(1, 60_000);
        var done = new CopyOnWriteArrayList<String>();
        var letFirstGo = new CountDownLatch(1);
        var first = readingUntil(turns, letFirstGo, () -> done.add("first"));
        var second = CompletableFuture.runAsync(() -> turns.inTurn(() -> done.add("second")), threads);
        waitUntilWaiting(turns, 1);
        var third = CompletableFuture.runAsync(() -> turns.inTurn(() -> done.add("third")), threads);
        waitUntilWaiting(turns, 2);

        assertThat(done).as("nobody ran past the one reading").isEmpty();
        letFirstGo.countDown();
        CompletableFuture.allOf(first, second, third).get(30, TimeUnit.SECONDS);

        assertThat(done).containsExactly("first", "second", "third");
        assertThat(turns.waiting()).isZero();
        assertThat(turns.free()).isEqualTo(1);
    }

    @Test
    void aRequestThatWaitedAsLongAsThePoolWouldGoesOnWithoutItsTurn() throws Exception {
        var turns = new PersonalReadTurns(1, 1); // the pool's longest wait: 1 ms
        var letFirstGo = new CountDownLatch(1);
        var first = readingUntil(turns, letFirstGo, () -> "first");

        assertThat(turns.inTurn(() -> "second")).isEqualTo("second");

        letFirstGo.countDown();
        assertThat(first.get(30, TimeUnit.SECONDS)).isEqualTo("first");
        assertThat(turns.free())
                .as("the first's turn given back, none invented for the second")
                .isEqualTo(1);
    }

    @Test
    void theReadsFailingGiveTheTurnBack() {
        var turns = new PersonalReadTurns(1, 60_000);
        assertThatThrownBy(() -> turns.inTurn(() -> {
                    throw new IllegalStateException("database down");
                }))
                .hasMessage("database down");
        assertThat(turns.free()).isEqualTo(1);
    }

    /** A request in its turn, reading until {@code released} (returned once it is inside), then answering. */
    private <T> CompletableFuture<T> readingUntil(PersonalReadTurns turns, CountDownLatch released, Supplier<T> answer)
            throws InterruptedException {
        var inside = new CountDownLatch(1);
        var request = CompletableFuture.supplyAsync(
                () -> turns.inTurn(() -> {
                    inside.countDown();
                    await(released);
                    return answer.get();
                }),
                threads);
        assertThat(inside.await(30, TimeUnit.SECONDS)).isTrue();
        return request;
    }

    private static void waitUntilWaiting(PersonalReadTurns turns, int count) throws InterruptedException {
        while (turns.waiting() < count) {
            Thread.sleep(5); // a state to reach, not a time to wait: the test fails only by its own timeout
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
        } catch (InterruptedException e) {
            throw new IllegalStateException(e);
        }
    }
}
