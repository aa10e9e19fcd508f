package org.jposh.stdlib.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.graalvm.polyglot.Context;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** ForEach-Object -Parallel where the script cases cannot reach: stopping it, and a host without threads. */
class ForEachParallelTest {
    @Test
    void stoppingThePipelineStopsTheRuns(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        try (Runspace runspace = Runspace.open(OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            Thread stopper = new Thread(() -> {
                try {
                    while (!Files.exists(log)) {
                        Thread.sleep(20);
                    }
                    runspace.stop();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            });
            stopper.start();
            String script = "$log = '" + log + "'\n"
                    + "1..4 | ForEach-Object -Parallel { while ($true) { Add-Content $using:log $_; Start-Sleep -Milliseconds 20 } }";
            assertThrows(PipelineStoppedException.class,
                    () -> runspace.invokeScript(script, "test", null, value -> { }, error -> { }));
            stopper.join();
            long size = Files.size(log);
            Thread.sleep(300);
            assertEquals(size, Files.size(log), "the runs went on after the pipeline stopped");

            List<Object> output = new ArrayList<>();
            runspace.invokeScript("1..3 | ForEach-Object -Parallel { $_ * 3 } | Sort-Object", "test", null, output::add,
                    error -> { });
            assertEquals(List.of(3, 6, 9), output);
        }
    }

    @Test
    void aDownstreamCommandThatHasEnoughStopsTheRuns(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("log.txt");
        try (Runspace runspace = Runspace.open(OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            List<Object> output = new ArrayList<>();
            runspace.invokeScript("$log = '" + log + "'\n1..3 | ForEach-Object -Parallel { "
                    + "while ($true) { Add-Content $using:log $_; $_; Start-Sleep -Milliseconds 20 } } | "
                    + "Select-Object -First 2", "test", null, output::add, error -> { });
            assertEquals(2, output.size());
            long size = Files.size(log);
            Thread.sleep(300);
            assertEquals(size, Files.size(log), "the runs went on after Select-Object had its objects");
        }
    }

    @Test
    void aHostThatDeniesThreadsDeniesParallelRuns() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context sandboxed = Context.newBuilder("posh").out(out).err(err)
                .option("engine.WarnInterpreterOnly", "false").option("posh.HostOutput", "true").build()) {
            sandboxed.eval("posh", "1 | ForEach-Object -Parallel { $_ }; 'went on'");
        }
        assertEquals("went on", out.toString(StandardCharsets.UTF_8).strip(), "the script goes on after the error");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("ForEach-Object : The command 'ForEach-Object' cannot run script blocks in "
                + "parallel: the host does not allow this session to create threads."), errors);
        assertTrue(errors.contains("ThreadCreationDenied"), errors);
    }
}
