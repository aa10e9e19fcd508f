package org.jposh.stdlib.embedding;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeoutException;
import org.graalvm.polyglot.Context;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;
import org.graalvm.polyglot.io.IOAccess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What an application embedding JPosh with the cmdlets gets: its streams, host objects in pipelines
 * and formatting, and a sandbox without file access that scripts cannot get around.
 */
class EmbeddedHostTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private Context.Builder builder() {
        return Context.newBuilder("posh").option("engine.WarnInterpreterOnly", "false").out(out).err(err);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void theHostCapturesOutputAndErrors() {
        try (Context context = builder().allowIO(IOAccess.ALL).option("posh.HostOutput", "true").build()) {
            context.eval("posh", "'to the output'; Write-Host 'from Write-Host'; Get-Item /no/such/file; 'after'");
        }
        assertEquals("to the output\nfrom Write-Host\nafter\n", out());
        assertTrue(err().startsWith("Get-Item : Cannot find path '/no/such/file' because it does not exist."), err());
    }

    @Test
    void withoutHostOutputTheOutputIsTheResult() {
        try (Context context = builder().build()) {
            Value result = context.eval("posh", "'a'; Write-Host 'host'; 'b'");
            assertEquals(List.of("a", "b"), List.of(result.getArrayElement(0).asString(),
                    result.getArrayElement(1).asString()));
        }
        assertEquals("host\n", out());
    }

    /** A host object with getters, as an application would pass one in. */
    public record Disk(String name, long size) {
        public String getName() {
            return name;
        }

        public long getSize() {
            return size;
        }
    }

    @Test
    void hostObjectsFlowThroughPipelinesAndFormatting() {
        try (Context context = builder().allowAllAccess(true).option("posh.HostOutput", "true").build()) {
            context.getBindings("posh").putMember("disks", List.of(new Disk("sda", 100), new Disk("sdb", 2000)));
            context.eval("posh", "$disks | Format-Table Name, Size");
            context.eval("posh", "$disks | ConvertTo-Json -Compress");
        }
        assertEquals("""

                Name Size
                ---- ----
                sda   100
                sdb  2000

                [{"Name":"sda","Size":100},{"Name":"sdb","Size":2000}]
                """, out(), err());
    }

    @Test
    void fileCmdletsHonourTheIoPolicy(@TempDir Path dir) throws Exception {
        Path secret = Files.writeString(dir.resolve("secret.txt"), "secret");
        String path = "'" + secret + "'";
        try (Context context = builder().allowIO(IOAccess.NONE).option("posh.HostOutput", "true").build()) {
            for (String script : List.of("Get-Content " + path, "Set-Content " + path + " x",
                    "Remove-Item " + path, "Get-ChildItem " + dir, "Set-Location /", "Test-Path " + path,
                    "'x' | Out-File " + path, "Import-Csv " + path, "Select-String s -Path " + path,
                    "'x' | Tee-Object -FilePath " + path, "Split-Path -Resolve " + path)) {
                err.reset();
                context.eval("posh", script);
                String command = script.replaceFirst("^'x' \\| ", "").split(" ")[0];
                assertEquals(command + " : The command '" + command + "' cannot access the file system: the host does "
                        + "not allow file access in this session.", err().lines().findFirst().orElse(""), script);
                assertTrue(err().contains("FullyQualifiedErrorId : FileSystemAccessDenied"), err());
            }
            out.reset();
            context.eval("posh", "'in memory' | Select-String memory; Join-Path a b");
            assertEquals("\nin memory\na/b\n\n", out(), "commands that do not touch files still run");
        }
        assertEquals("secret", Files.readString(secret));
    }

    @Test
    void anInterruptedScriptStopsAndTheContextRunsTheNextOne() throws Exception {
        try (Context context = builder().build()) {
            Thread host = Thread.currentThread();
            Thread watchdog = new Thread(() -> {
                try {
                    context.interrupt(Duration.ofSeconds(30));
                } catch (TimeoutException e) {
                    host.interrupt();
                }
            });
            long start = System.nanoTime();
            Thread starter = new Thread(() -> {
                try {
                    Thread.sleep(300);
                } catch (InterruptedException e) {
                    return;
                }
                watchdog.start();
            });
            starter.start();
            PolyglotException e = assertThrows(PolyglotException.class,
                    () -> context.eval("posh", "Start-Sleep -Seconds 60; 'not reached'"));
            assertTrue(e.isInterrupted(), e.toString());
            assertTrue(System.nanoTime() - start < Duration.ofSeconds(30).toNanos());
            starter.join();
            watchdog.join();
            assertEquals(3, context.eval("posh", "1 + 2").asInt());
        }
    }

    @Test
    void aCancelledContextEndsItsScriptFromAnotherThread() throws Exception {
        Context context = builder().build();
        Thread canceller = new Thread(() -> {
            try {
                Thread.sleep(300);
            } catch (InterruptedException e) {
                return;
            }
            context.close(true);
        });
        canceller.start();
        PolyglotException e = assertThrows(PolyglotException.class,
                () -> context.eval("posh", "Start-Sleep -Seconds 60"));
        assertTrue(e.isCancelled(), e.toString());
        canceller.join();
        assertFalse(err().contains("Exception"), err());
    }
}
