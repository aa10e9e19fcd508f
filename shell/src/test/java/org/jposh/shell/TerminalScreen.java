package org.jposh.shell;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.jline.builtins.ScreenTerminal;

/**
 * What a test's terminal has written so far: the bytes, and the screen a VT100 of the given width would
 * show for them (without the spaces that end its lines), which the console tests wait on.
 */
final class TerminalScreen extends ByteArrayOutputStream {
    private final int columns;
    private final long waitMillis;

    TerminalScreen(int columns, long waitMillis) {
        this.columns = columns;
        this.waitMillis = waitMillis;
    }

    synchronized String raw() {
        return toString(StandardCharsets.UTF_8);
    }

    String shown() {
        ScreenTerminal vt = new ScreenTerminal(columns, 500);
        vt.write(raw());
        return vt.toString().replaceAll("[ \u0000]+\n", "\n");
    }

    /** How many times the screen shows {@code text}. */
    int count(String text) {
        String shown = shown();
        int n = 0;
        for (int at = shown.indexOf(text); at >= 0; at = shown.indexOf(text, at + 1)) {
            n++;
        }
        return n;
    }

    /** Waits until the screen shows {@code text} at least {@code times} times. */
    void waitFor(String text, int times) throws InterruptedException {
        long deadline = System.currentTimeMillis() + waitMillis;
        while (System.currentTimeMillis() < deadline) {
            if (count(text) >= times) {
                return;
            }
            Thread.sleep(20);
        }
        throw new AssertionError("the screen never showed " + text + " " + times + " times:\n" + shown());
    }
}
