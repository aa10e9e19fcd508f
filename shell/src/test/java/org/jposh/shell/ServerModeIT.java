package org.jposh.shell;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.jposh.remoting.client.RemotePipeline;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.protocol.PipelineListener;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.messages.CommandData;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.transport.OutOfProcClientTransport;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The real launcher in server mode ({@code jposh -s} / {@code -sshs}), driven by our OutOfProc client. */
class ServerModeIT {
    private static final Path JPOSH = Path.of(System.getProperty("jposh.repo"), "bin", "jposh");
    private static final Duration WAIT = Duration.ofSeconds(60);

    /** Collects a pipeline's output objects. */
    private static final class Output implements PipelineListener {
        final List<Object> objects = new java.util.concurrent.CopyOnWriteArrayList<>();

        @Override
        public void output(Object value) {
            objects.add(value);
        }

        @Override
        public void stateChanged(PSInvocationState state, ErrorRecordData reason) {
        }
    }

    private static List<Object> run(RemoteRunspacePool pool, String script) throws InterruptedException {
        Output out = new Output();
        RemotePipeline p = pool.invoke(PowerShellData.of(List.of(CommandData.of(script, true, List.of()))), out);
        assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(WAIT), () -> String.valueOf(p.reason()));
        return out.objects;
    }

    @ParameterizedTest
    @ValueSource(strings = {"-s", "-sshs"})
    void servesPipelinesOnStandardStreams(String mode) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(JPOSH.toString(), mode);
        builder.environment().remove("JAVA_HOME");
        Path err = Files.createTempFile("jposh", ".err");
        builder.redirectError(err.toFile());
        Process process = builder.start();
        OutOfProcClientTransport transport = new OutOfProcClientTransport(process.getInputStream(),
                process.getOutputStream(),
                // The server exits by itself after Close; it is killed only if it does not.
                () -> process.onExit().completeOnTimeout(null, 10, TimeUnit.SECONDS).thenRun(process::destroy),
                () -> new PsrpException("ServerProcessExited", "The server process has exited."),
                Duration.ofSeconds(10), Duration.ofSeconds(10));
        RemoteRunspacePool pool = RemoteRunspacePool.open(transport, ClientRunspacePool.Settings.defaults(), null, null, WAIT);
        assertEquals(List.of(3), run(pool, "1 + 2"));
        assertEquals(List.of("a", "b"), run(pool, "Write-Output a b"));
        run(pool, "$kept = 'still here'");
        assertEquals(List.of("still here"), run(pool, "$kept"));
        pool.close(Duration.ofSeconds(10));
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server did not exit after Close");
        assertEquals(0, process.exitValue());
        assertEquals("", Files.readString(err), "stderr must stay silent");
        Files.delete(err);
    }

    @ParameterizedTest
    @ValueSource(strings = {"-s"})
    void endsWhenStandardInputEnds(String mode) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(JPOSH.toString(), mode);
        builder.environment().remove("JAVA_HOME");
        builder.redirectError(ProcessBuilder.Redirect.DISCARD).redirectOutput(ProcessBuilder.Redirect.DISCARD);
        Process process = builder.start();
        process.getOutputStream().close();
        assertTrue(process.waitFor(30, TimeUnit.SECONDS), "the server did not exit at end of input");
        assertEquals(0, process.exitValue());
    }
}
