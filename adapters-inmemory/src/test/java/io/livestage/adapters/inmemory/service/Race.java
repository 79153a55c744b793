package io.livestage.adapters.inmemory.service;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.function.IntFunction;

/**
 * Runs tasks on their own threads, released together by a start gate so they overlap as much as the machine allows,
 * and waits for all of them (no sleeps, no timeouts). A task that throws fails the race.
 */
final class Race {

    private Race() {}

    /** The result of each task {@code 0 .. threads-1}, by task number. */
    static <T> List<T> run(int threads, IntFunction<T> task) {
        CountDownLatch gate = new CountDownLatch(1);
        Object[] results = new Object[threads];
        ConcurrentLinkedQueue<Throwable> failures = new ConcurrentLinkedQueue<>();
        List<Thread> runners = new ArrayList<>();
        for (int n = 0; n < threads; n++) {
            int number = n;
            Thread runner = new Thread(
                    () -> {
                        try {
                            gate.await();
                            results[number] = task.apply(number);
                        } catch (Throwable failed) {
                            failures.add(failed);
                        }
                    },
                    "race-" + number);
            runner.start();
            runners.add(runner);
        }
        gate.countDown();
        for (Thread runner : runners) {
            try {
                runner.join();
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for " + runner.getName(), interrupted);
            }
        }
        if (!failures.isEmpty()) {
            AssertionError error = new AssertionError(failures.size() + " task(s) threw");
            failures.forEach(error::addSuppressed);
            throw error;
        }
        List<T> ordered = new ArrayList<>();
        for (Object result : results) {
            @SuppressWarnings("unchecked")
            T typed = (T) result;
            ordered.add(typed);
        }
        return ordered;
    }
}
