package org.jposh.remoting.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.time.Duration;
import java.util.List;
import org.jposh.remoting.client.RemotePipeline;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.messages.CommandData;
import org.jposh.remoting.psrp.messages.CommandParameter;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PowerShellData;
import org.jposh.remoting.transport.Collector;
import org.jposh.remoting.transport.OutOfProcClientTransport;
import org.jposh.remoting.transport.OutOfProcServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The interpreter behind a real OutOfProc server, driven by our client over OS pipes. */
class InterpreterExecutorTest {
    private static final Duration WAIT = Duration.ofSeconds(60);

    private RemoteRunspacePool pool;

    @BeforeEach
    void open() throws Exception {
        Pipe toServer = Pipe.open();
        Pipe toClient = Pipe.open();
        OutOfProcServer server = new OutOfProcServer(Channels.newInputStream(toServer.source()),
                Channels.newOutputStream(toClient.sink()), null, InterpreterExecutor.factory(new ByteArrayOutputStream()));
        Thread t = new Thread(server::run, "server");
        t.setDaemon(true);
        t.start();
        OutOfProcClientTransport transport = new OutOfProcClientTransport(Channels.newInputStream(toClient.source()),
                Channels.newOutputStream(toServer.sink()), () -> {
                    toServer.sink().close();
                    toClient.source().close();
                }, () -> new PsrpException("ServerProcessExited", "The server process has exited."),
                Duration.ofSeconds(5), Duration.ofSeconds(5));
        pool = RemoteRunspacePool.open(transport, ClientRunspacePool.Settings.defaults(), null, null, WAIT);
    }

    @AfterEach
    void close() throws Exception {
        pool.close(Duration.ofSeconds(5));
    }

    private Collector run(PowerShellData commands, PSInvocationState expected) throws Exception {
        Collector c = new Collector();
        RemotePipeline p = pool.invoke(commands, c);
        assertEquals(expected, p.awaitCompletion(WAIT), () -> c.events().toString());
        if (p.reason() != null) {
            c.error(p.reason());
        }
        return c;
    }

    private Collector script(String text) throws Exception {
        return run(PowerShellData.of(List.of(CommandData.of(text, true, List.of()))), PSInvocationState.COMPLETED);
    }

    @Test
    void scriptsRunAndKeepTheirVariables() throws Exception {
        assertEquals(List.of(3), script("1 + 2").output());
        assertEquals(List.of("a", "b"), script("Write-Output a b").output());
        script("$x = 6 * 7");
        assertEquals(List.of(42), script("$x").output());
    }

    @Test
    void commandsBindTheirParametersAndInput() throws Exception {
        CommandData write = CommandData.of("Write-Output", false,
                List.of(new CommandParameter("InputObject", "named"), new CommandParameter("NoEnumerate", true)));
        assertEquals(List.of("named"), run(PowerShellData.of(List.of(write)), PSInvocationState.COMPLETED).output());
        Collector c = new Collector();
        RemotePipeline p = pool.invokeWithInput(PowerShellData.of(List.of(CommandData.of("Write-Output", false, List.of()))), c);
        p.input(1);
        p.input("two");
        p.endInput();
        assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(WAIT));
        assertEquals(List.of(1, "two"), c.output());
    }

    @Test
    void terminatingErrorsFailThePipelineWithTheirRecord() throws Exception {
        Collector c = run(PowerShellData.of(List.of(CommandData.of("Get-Nothing", false, List.of()))),
                PSInvocationState.FAILED);
        assertTrue(c.events().toString().contains("The term 'Get-Nothing' is not recognized"), c.events().toString());
        Collector parse = run(PowerShellData.of(List.of(CommandData.of("1 +", true, List.of()))), PSInvocationState.FAILED);
        assertTrue(parse.events().toString().contains("You must provide a value expression"), parse.events().toString());
    }

    @Test
    void nonTerminatingErrorsArriveAsErrorRecords() throws Exception {
        Collector c = script("Get-Item /no/such/path; 5");
        assertEquals(List.of(5), c.output());
        assertTrue(c.events().toString().contains("error Cannot find path '/no/such/path'"), c.events().toString());
    }

    @Test
    void objectsArriveAsPwshSendsThem() throws Exception {
        PsObjectData dir = (PsObjectData) script("Get-Item /").output().getFirst();
        assertEquals("System.IO.DirectoryInfo", dir.typeNames().getFirst(), dir.typeNames()::toString);
        assertEquals("/", dir.toStringValue());
        // Depth 1: the Parent and Root directories are objects with properties, so they travel as text.
        assertEquals("/", dir.propertyValue("Root"));
        assertEquals("/", dir.propertyValue("FullName"));
    }
}
