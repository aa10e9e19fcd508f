package org.jposh.stdlib.management;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** Stop-Process on a child process of the test, which the script cases cannot start; the sandbox. */
class ProcessCmdletsTest {
    private static String run(String script) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("posh").out(out).err(out).allowCreateProcess(true)
                .option("engine.WarnInterpreterOnly", "false").option("posh.HostOutput", "true").build()) {
            context.eval("posh", script);
        }
        return out.toString(StandardCharsets.UTF_8);
    }

    @Test
    void stopProcessKillsWhatItFindsUnlessWhatIf() throws IOException, InterruptedException {
        Process sleep = new ProcessBuilder("sleep", "60").start();
        try {
            long pid = sleep.pid();
            assertEquals("sleep\n", run("(Get-Process -Id " + pid + ").ProcessName"));
            assertEquals("What if: Performing the operation \"Stop-Process\" on target \"sleep (" + pid + ")\".\n",
                    run("Stop-Process -Id " + pid + " -WhatIf"));
            assertTrue(sleep.isAlive());
            assertEquals("sleep\n", run("Get-Process -Id " + pid + " | Stop-Process -PassThru | ForEach-Object Name"));
            assertTrue(sleep.waitFor(10, TimeUnit.SECONDS));
            assertFalse(sleep.isAlive());
        } finally {
            sleep.destroyForcibly();
        }
    }

    @Test
    void aSessionThatMayNotCreateProcessesMayNotSeeThem() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (Context context = Context.newBuilder("posh").out(out).err(out)
                .option("engine.WarnInterpreterOnly", "false").option("posh.HostOutput", "true").build()) {
            context.eval("posh", "Get-Process");
        }
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Get-Process : The command 'Get-Process' cannot "
                + "access the processes of the machine: the host does not allow process access in this session."));
    }
}
