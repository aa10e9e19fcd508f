package org.jposh.remoting.ssh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.sshd.common.util.threads.CloseableExecutorService;
import org.apache.sshd.common.util.threads.ThreadUtils;
import org.junit.jupiter.api.Test;

class MinaShutdownRaceTest {
    /** What Mina's executor wrapper throws at work handed to it after its shutdown, as the JDK's I/O thread does. */
    private static IllegalStateException refusalAfterShutdown() {
        CloseableExecutorService pool = ThreadUtils.newSingleThreadExecutor("race-test");
        CloseableExecutorService wrapper = ThreadUtils.noClose(pool);
        try {
            wrapper.shutdownNow();
            return assertThrows(IllegalStateException.class, () -> wrapper.execute(() -> { }));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void minasRefusalAfterShutdownIsRecognised() {
        assertTrue(MinaShutdownRace.isShutdownRace(refusalAfterShutdown()));
    }

    @Test
    void theSameMessageFromElsewhereIsNot() {
        assertFalse(MinaShutdownRace.isShutdownRace(new IllegalStateException("Executor has been shut down")));
        assertFalse(MinaShutdownRace.isShutdownRace(new RuntimeException("Executor has been shut down")));
    }

    @Test
    void theRaceIsDroppedAndEverythingElseGoesToTheHandlerItReplaced() {
        List<Throwable> seen = new ArrayList<>();
        MinaShutdownRace handler = new MinaShutdownRace((thread, e) -> seen.add(e));
        IllegalStateException other = new IllegalStateException("something else");
        handler.uncaughtException(Thread.currentThread(), refusalAfterShutdown());
        handler.uncaughtException(Thread.currentThread(), other);
        assertEquals(List.of(other), seen);
    }

    @Test
    void withoutAPreviousHandlerOtherExceptionsArePrintedAsTheJvmPrintsThem() {
        PrintStream stderr = System.err;
        ByteArrayOutputStream captured = new ByteArrayOutputStream();
        System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
        try {
            Thread thread = new Thread(() -> { }, "worker-7");
            new MinaShutdownRace(null).uncaughtException(thread, new IllegalArgumentException("bad"));
            new MinaShutdownRace(null).uncaughtException(thread, refusalAfterShutdown());
        } finally {
            System.setErr(stderr);
        }
        String text = captured.toString(StandardCharsets.UTF_8);
        assertTrue(text.startsWith("Exception in thread \"worker-7\" java.lang.IllegalArgumentException: bad"), text);
        assertFalse(text.contains("Executor has been shut down"), text);
    }
}
