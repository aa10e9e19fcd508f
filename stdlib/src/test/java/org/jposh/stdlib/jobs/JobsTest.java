package org.jposh.stdlib.jobs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import org.graalvm.polyglot.Context;
import org.junit.jupiter.api.Test;

/** What the script cases cannot show: sessions side by side, a sandboxed host, ending a session with jobs running. */
class JobsTest {
    private static Context.Builder session(ByteArrayOutputStream err) {
        return Context.newBuilder("posh").err(err).option("engine.WarnInterpreterOnly", "false");
    }

    @Test
    void jobsOfOneSessionAreInvisibleToAnother() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context first = session(err).allowCreateThread(true).build();
             Context second = session(err).allowCreateThread(true).build()) {
            first.eval("posh", "$j = Start-Job { 'one' }; $null = Wait-Job $j");
            assertEquals(1, first.eval("posh", "@(Get-Job).Count").asInt());
            assertEquals(0, second.eval("posh", "@(Get-Job).Count").asInt());
            second.eval("posh", "Start-ThreadJob { 'two' } | Wait-Job | Out-Null");
            assertEquals("Job1", second.eval("posh", "(Get-Job).Name").asString());
            assertEquals("one", first.eval("posh", "Receive-Job -Id 1").asString());
        }
        assertEquals("", err.toString(StandardCharsets.UTF_8));
    }

    @Test
    void aHostThatDeniesThreadsDeniesJobs() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        try (Context sandboxed = session(err).out(out).option("posh.HostOutput", "true").build()) {
            sandboxed.eval("posh", "Start-Job { 'x' }; @(Get-Job).Count");
        }
        assertEquals("0", out.toString(StandardCharsets.UTF_8).strip(), "no job was made");
        String errors = err.toString(StandardCharsets.UTF_8);
        assertTrue(errors.startsWith("Start-Job : The job cannot be started: the host does not allow this session to "
                + "create threads."), errors);
        assertTrue(errors.contains("CannotStartJob,Microsoft.PowerShell.Commands.StartJobCommand"), errors);
    }

    @Test
    void closingTheSessionEndsItsRunningJobs() {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        long start = System.nanoTime();
        try (Context context = session(err).allowCreateThread(true).build()) {
            context.eval("posh", "$null = Start-Job { while ($true) { } }; $null = Start-ThreadJob { Start-Sleep 60 }");
        }
        assertTrue(System.nanoTime() - start < 30_000_000_000L, "the session waited for its jobs");
    }
}
