package org.jposh.remoting.transport;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.jposh.remoting.TestExecutor;
import org.jposh.remoting.client.ClientHost;
import org.jposh.remoting.client.RemotePipeline;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.ClientRunspacePool;
import org.jposh.remoting.protocol.RemotingException;
import org.jposh.remoting.psrp.Defragmenter;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.messages.CommandParameter;
import org.jposh.remoting.psrp.messages.HostInfo;
import org.jposh.remoting.psrp.messages.HostMethodId;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.RunspacePoolState;
import org.jposh.remoting.psrp.outofproc.OutOfProcPacket;
import org.jposh.remoting.server.PipelineExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** A client and a server talking OutOfProc over OS pipes: pwsh's sequences, flow control, failures. */
class OutOfProcTransportTest {
    private static final Duration WAIT = Duration.ofSeconds(30);

    private final List<AutoCloseable> toClose = new ArrayList<>();

    /** A server on a thread and a client pool connected to it. */
    final class Connection {
        final Wire wire = new Wire();
        final Thread server;
        RemoteRunspacePool pool;

        Connection(PipelineExecutor.Factory executors) throws IOException {
            OutOfProcServer s = new OutOfProcServer(wire.serverIn(), wire.serverOut(), null, executors);
            server = new Thread(s::run, "test-server");
            server.setDaemon(true);
            server.start();
        }

        OutOfProcClientTransport transport() {
            InputStream in = wire.clientIn();
            OutputStream out = wire.clientOut();
            return new OutOfProcClientTransport(in, out, () -> {
                wire.toServer.sink().close();
                wire.toClient.source().close();
            }, () -> new PsrpException("ServerProcessExited", "The server process has exited."), Duration.ofSeconds(5),
                    Duration.ofSeconds(5));
        }

        RemoteRunspacePool open(ClientRunspacePool.Settings settings, ClientHost host) throws InterruptedException {
            pool = RemoteRunspacePool.open(transport(), settings, host, null, WAIT);
            toClose.add(() -> pool.close(Duration.ofSeconds(5)));
            return pool;
        }

        /** What happens when the server process dies: its ends of the pipes close. */
        void killServer() throws IOException {
            wire.toClient.sink().close();
            wire.toServer.source().close();
        }
    }

    @AfterEach
    void closeAll() throws Exception {
        for (AutoCloseable c : toClose) {
            c.close();
        }
    }

    private static RemotePipeline run(RemoteRunspacePool pool, String command, Collector c, CommandParameter... parameters) {
        return pool.invoke(TestExecutor.command(command, parameters), c);
    }

    @Test
    void aSessionFollowsPwshsPacketSequence() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(ClientRunspacePool.Settings.defaults(), null);
        Collector c = new Collector();
        RemotePipeline p = pool.invokeWithInput(TestExecutor.command("Echo"), c);
        p.input("a");
        p.input(new PsObjectData().addExtended("Name", "b"));
        p.endInput();
        assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(WAIT));
        assertEquals("a", c.output().get(0));
        assertEquals("b", ((PsObjectData) c.output().get(1)).propertyValue("Name"));
        pool.close(WAIT);
        assertEquals(RunspacePoolState.CLOSED, pool.state());
        conn.server.join(WAIT.toMillis());
        assertFalse(conn.server.isAlive(), "the server ends when the client ends the connection");

        List<String> lines = conn.wire.described();
        assertEquals("C Data pool SESSION_CAPABILITY+INIT_RUNSPACEPOOL", lines.get(0), "pwsh's first packet carries both");
        assertEquals(List.of("S Data pool SESSION_CAPABILITY", "S Data pool APPLICATION_PRIVATE_DATA", "S Data pool RUNSPACEPOOL_STATE",
                "S DataAck pool"), lines.subList(1, 5), "the server answers, then acknowledges what it processed");
        int command = lines.indexOf("C Command pipeline");
        assertEquals("S CommandAck pipeline", lines.get(command + 1));
        assertEquals("C Data pipeline CREATE_PIPELINE", firstFrom(lines, command, "C Data pipeline"),
                "CREATE_PIPELINE goes first, after CommandAck");
        assertOneDataOutstandingPerTarget(conn.wire.timeline());
        int state = lines.indexOf("S Data pipeline PIPELINE_STATE");
        int closePipeline = lines.indexOf("C Close pipeline");
        assertTrue(state < closePipeline && closePipeline < lines.indexOf("S CloseAck pipeline"));
        assertEquals(List.of("S Data pool RUNSPACEPOOL_STATE", "S Data pool RUNSPACEPOOL_STATE", "S CloseAck pool"),
                lines.subList(lines.size() - 3, lines.size()), "Closing and Closed go out before CloseAck");
        assertTrue(lines.indexOf("C Close pool") < lines.size() - 3);
        for (String line : conn.wire.timeline()) {
            assertNotNull(OutOfProcPacket.parse(line.substring(2)), "nothing but packets: " + line);
        }
    }

    private static String firstFrom(List<String> lines, int from, String prefix) {
        for (String line : lines.subList(from, lines.size())) {
            if (line.startsWith(prefix)) {
                return line;
            }
        }
        return null;
    }

    /** The client never sends a target's next Data before the server acknowledged the previous one. */
    private static void assertOneDataOutstandingPerTarget(List<String> timeline) {
        Map<UUID, Boolean> outstanding = new HashMap<>();
        for (String line : timeline) {
            OutOfProcPacket p = OutOfProcPacket.parse(line.substring(2));
            if (line.startsWith("C ") && p.kind() == OutOfProcPacket.Kind.DATA) {
                assertFalse(outstanding.getOrDefault(p.psGuid(), false), "a second Data before the DataAck: " + line);
                outstanding.put(p.psGuid(), true);
            } else if (line.startsWith("S ") && p.kind() == OutOfProcPacket.Kind.DATA_ACK) {
                outstanding.put(p.psGuid(), false);
            }
        }
    }

    @Test
    void streamsAHundredThousandObjects() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(ClientRunspacePool.Settings.defaults(), null);
        Collector c = new Collector();
        RemotePipeline p = run(pool, "Emit", c, new CommandParameter("Count", 100_000), new CommandParameter("Objects", true));
        assertEquals(PSInvocationState.COMPLETED, p.awaitCompletion(Duration.ofMinutes(3)));
        List<Object> output = c.output();
        assertEquals(100_000, output.size());
        PsObjectData last = (PsObjectData) output.get(99_999);
        assertEquals(99_999, last.propertyValue("Index"));
        assertEquals("item 99999", last.propertyValue("Name"));
    }

    @Test
    void stopsAnEndlessPipelineAndTheSessionGoesOn() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(ClientRunspacePool.Settings.defaults(), null);
        Collector c = new Collector();
        RemotePipeline p = run(pool, "Loop", c);
        waitUntil(() -> c.outputCount() >= 10);
        p.stop();
        assertEquals(PSInvocationState.STOPPED, p.awaitCompletion(WAIT));
        assertEquals("PipelineStopped", p.reason().fullyQualifiedErrorId());
        assertEquals("The pipeline has been stopped.", p.reason().message());

        Collector after = new Collector();
        assertEquals(PSInvocationState.COMPLETED, run(pool, "Echo", after, new CommandParameter(null, "still here")).awaitCompletion(WAIT));
        assertEquals(List.of("still here"), after.output());

        List<String> lines = conn.wire.described();
        int signal = lines.indexOf("C Signal pipeline");
        int ack = lines.indexOf("S SignalAck pipeline");
        int state = lines.subList(signal, lines.size()).indexOf("S Data pipeline PIPELINE_STATE") + signal;
        assertTrue(signal < state && state < ack, "the server sends the Stopped state, then SignalAck: " + lines);
    }

    @Test
    void aPipelineThatPollsForTheStopEndsStopped() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(ClientRunspacePool.Settings.defaults(), null);
        RemotePipeline p = run(pool, "Wait", new Collector());
        Thread.sleep(100);
        p.stop();
        assertEquals(PSInvocationState.STOPPED, p.awaitCompletion(WAIT));
    }

    @Test
    void everyStreamArrivesInOrder() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(ClientRunspacePool.Settings.defaults(), null);
        Collector c = new Collector();
        assertEquals(PSInvocationState.COMPLETED, run(pool, "Streams", c).awaitCompletion(WAIT));
        assertEquals(List.of("output"), c.output());
        assertEquals(List.of("state Running", "error an error", "warning a warning", "verbose a verbose line", "debug a debug line",
                "progress Working 50", "information information", "state Completed"), c.events());
    }

    @Test
    void failuresEndPipelinesFailedWithTheirRecords() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(ClientRunspacePool.Settings.defaults(), null);
        RemotePipeline fail = run(pool, "Fail", new Collector());
        assertEquals(PSInvocationState.FAILED, fail.awaitCompletion(WAIT));
        assertEquals("BoomId", fail.reason().fullyQualifiedErrorId());
        assertEquals("Boom", fail.reason().message());
        RemotePipeline crash = run(pool, "Crash", new Collector());
        assertEquals(PSInvocationState.FAILED, crash.awaitCompletion(WAIT));
        assertEquals("RemotePSInvocationStateInfoReason", crash.reason().fullyQualifiedErrorId());
        assertEquals("The engine crashed", crash.reason().message());
        RemotePipeline unknown = run(pool, "Get-Nothing", new Collector());
        assertEquals(PSInvocationState.FAILED, unknown.awaitCompletion(WAIT));
        assertEquals("ObjectNotFound", unknown.reason().categoryName());
        assertEquals(RunspacePoolState.OPENED, pool.state(), "failed pipelines leave the session open");
    }

    @Test
    void hostCallsRunOnTheClientsHost() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        List<String> calls = new ArrayList<>();
        ClientHost host = (method, parameters) -> {
            synchronized (calls) {
                calls.add(method.dotNetName() + parameters);
            }
            return method == HostMethodId.READ_LINE ? "typed by the user" : null;
        };
        RemoteRunspacePool pool = conn.open(new ClientRunspacePool.Settings(1, 1,
                new HostInfo(false, false, true, false, null), null), host);
        Collector c = new Collector();
        assertEquals(PSInvocationState.COMPLETED, run(pool, "ReadLine", c).awaitCompletion(WAIT));
        assertEquals(List.of("typed by the user"), c.output());
        synchronized (calls) {
            assertEquals(List.of("WriteLine2[Type something:]", "ReadLine[]"), calls);
        }
        assertTrue(conn.wire.timeline().stream().anyMatch(l -> l.startsWith("C <Data Stream='PromptResponse'")),
                "host responses travel on the prompt-response stream");
    }

    @Test
    void withoutAHostHostCallsFailThePipeline() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(ClientRunspacePool.Settings.defaults(), null);
        RemotePipeline p = run(pool, "ReadLine", new Collector());
        assertEquals(PSInvocationState.FAILED, p.awaitCompletion(WAIT));
        assertEquals("No client computer was specified for the remote runspace that is running a client-side method.",
                p.reason().message());
    }

    @Test
    void pipelinesWaitForAFreeRunspace() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(ClientRunspacePool.Settings.defaults(), null);
        RemotePipeline waiting = run(pool, "Wait", new Collector());
        Collector second = new Collector();
        RemotePipeline queued = run(pool, "Echo", second, new CommandParameter(null, "x"));
        assertNull(queued.awaitCompletion(Duration.ofMillis(300)), "one runspace: the second pipeline waits");
        waiting.stop();
        assertEquals(PSInvocationState.COMPLETED, queued.awaitCompletion(WAIT));
        assertEquals(List.of("x"), second.output());
    }

    @Test
    void runsPipelinesSideBySideUpToMaxRunspaces() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        RemoteRunspacePool pool = conn.open(new ClientRunspacePool.Settings(1, 4, HostInfo.noHost(), null), null);
        RemotePipeline waiting = run(pool, "Wait", new Collector());
        List<RemotePipeline> pipelines = new ArrayList<>();
        List<Collector> collectors = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            Collector c = new Collector();
            collectors.add(c);
            pipelines.add(run(pool, "Emit", c, new CommandParameter("Count", 2000)));
        }
        for (int i = 0; i < pipelines.size(); i++) {
            assertEquals(PSInvocationState.COMPLETED, pipelines.get(i).awaitCompletion(WAIT));
            assertEquals(2000, collectors.get(i).outputCount());
            assertEquals(1999, collectors.get(i).output().get(1999));
        }
        waiting.stop();
        assertEquals(PSInvocationState.STOPPED, waiting.awaitCompletion(WAIT));
    }

    @Test
    void aKilledServerBreaksTheSessionAtOnce() throws Exception {
        Connection conn = new Connection(TestExecutor.FACTORY);
        List<RunspacePoolState> states = new ArrayList<>();
        RemoteRunspacePool pool = RemoteRunspacePool.open(conn.transport(), ClientRunspacePool.Settings.defaults(), null,
                (state, reason) -> {
                    synchronized (states) {
                        states.add(state);
                    }
                }, WAIT);
        Collector c = new Collector();
        RemotePipeline p = run(pool, "Loop", c);
        waitUntil(() -> c.outputCount() > 0);
        conn.killServer();
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> assertEquals(PSInvocationState.FAILED, p.awaitCompletion(WAIT)));
        assertEquals(RunspacePoolState.BROKEN, pool.state());
        assertEquals("The server process has exited.", pool.reason().message());
        assertEquals("The server process has exited.", p.reason().message());
        synchronized (states) {
            assertEquals(RunspacePoolState.BROKEN, states.get(states.size() - 1));
        }
        RemotingException e = assertThrows(RemotingException.class, () -> run(pool, "Echo", new Collector()));
        assertEquals("The server process has exited.", e.getMessage());
    }

    @Test
    void anEngineThatCannotOpenBreaksTheSession() throws Exception {
        Connection conn = new Connection(request -> {
            throw new IllegalStateException("The engine cannot start: no memory.");
        });
        RemotingException e = assertThrows(RemotingException.class,
                () -> RemoteRunspacePool.open(conn.transport(), ClientRunspacePool.Settings.defaults(), null, null, WAIT));
        assertEquals("The engine cannot start: no memory.", e.getMessage());
    }

    @Test
    void aServerErrorLineBreaksTheSession() throws Exception {
        RemotingException e = openAgainst("__NamedPipeError__: the endpoint is misconfigured\n");
        assertEquals("IPCServerProcessReportedError", e.errorId());
        assertEquals("The background process reported an error with the following message: the endpoint is misconfigured.",
                e.getMessage());
    }

    @Test
    void somethingOtherThanPacketsBreaksTheSession() throws Exception {
        RemotingException e = openAgainst("Welcome to my shell!\n");
        assertEquals("IPCErrorProcessingServerData", e.errorId());
        assertTrue(e.getMessage().startsWith("There is an error processing data from the background process. Error reported:"),
                e.getMessage());
    }

    @Test
    void aServerThatNeverAnswersTimesOut() throws Exception {
        Wire wire = new Wire();
        OutOfProcClientTransport t = new OutOfProcClientTransport(wire.clientIn(), wire.clientOut(), () -> { },
                () -> new PsrpException("ServerProcessExited", "The server process has exited."), Duration.ofSeconds(5), Duration.ofSeconds(5));
        RemotingException e = assertTimeoutPreemptively(Duration.ofSeconds(10), () -> assertThrows(RemotingException.class,
                () -> RemoteRunspacePool.open(t, ClientRunspacePool.Settings.defaults(), null, null, Duration.ofMillis(500))));
        assertEquals("PSSessionOpenFailed", e.errorId());
    }

    /** Opens a client against a "server" that writes {@code text} and nothing else. */
    private static RemotingException openAgainst(String text) throws Exception {
        Wire wire = new Wire();
        Channels.newOutputStream(wire.toClient.sink()).write(text.getBytes(StandardCharsets.US_ASCII));
        OutOfProcClientTransport t = new OutOfProcClientTransport(wire.clientIn(), wire.clientOut(), () -> { },
                () -> new PsrpException("ServerProcessExited", "The server process has exited."), Duration.ofSeconds(5), Duration.ofSeconds(5));
        return assertThrows(RemotingException.class,
                () -> RemoteRunspacePool.open(t, ClientRunspacePool.Settings.defaults(), null, null, WAIT));
    }

    // The server seen from a raw client: exact answers to single packets.

    /** Writes lines to a server and reads its answers. */
    static final class RawClient {
        final Wire wire = new Wire();
        final BlockingQueue<String> answers = new LinkedBlockingQueue<>();
        final OutputStream out = Channels.newOutputStream(wire.toServer.sink());
        final Thread server;

        RawClient() throws IOException {
            server = new Thread(new OutOfProcServer(wire.serverIn(), Channels.newOutputStream(wire.toClient.sink()), null,
                    TestExecutor.FACTORY)::run);
            server.setDaemon(true);
            server.start();
            Thread reader = new Thread(() -> {
                try (var r = new BufferedReader(new InputStreamReader(wire.clientIn(), StandardCharsets.US_ASCII))) {
                    String line;
                    while ((line = r.readLine()) != null) {
                        answers.add(line);
                    }
                } catch (IOException e) {
                    // The test closed the pipe.
                }
                answers.add("<end of output>");
            });
            reader.setDaemon(true);
            reader.start();
        }

        void send(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
        }

        String answer() throws InterruptedException {
            String line = answers.poll(10, TimeUnit.SECONDS);
            assertNotNull(line, "the server did not answer");
            return line;
        }
    }

    /**
     * The client's side of session.txt (recorded PSRP fragments framed as pwsh frames them: the
     * first packet with two messages, a message over two packets) replayed to our server, which
     * must answer every packet as pwsh's server does. The transcript never closes its second
     * pipeline; pwsh's client would, and pwsh's server waits for it before closing the pool, so the
     * replay adds that Close. The transcript's packet PSGuids are not the pipeline ids inside its
     * messages (pwsh uses one id for both), so its Signal and Closes reach no running pipeline: the
     * pool's close itself must stop the pipelines and send their final states before Closing.
     */
    @Test
    void theServerAnswersARecordedClientSession() throws Exception {
        String transcript;
        try (InputStream in = OutOfProcTransportTest.class.getResourceAsStream("/org/jposh/remoting/psrp/outofproc/session.txt")) {
            transcript = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
        }
        String[] lines = transcript.split("\n");
        RawClient client = new RawClient();
        List<String> answers = new ArrayList<>();
        String secondPipeline = null;
        for (int i = 0; i < lines.length; i++) {
            OutOfProcPacket p = OutOfProcPacket.parse(lines[i]);
            OutOfProcPacket next = i + 1 < lines.length ? OutOfProcPacket.parse(lines[i + 1]) : null;
            boolean fromClient = switch (p.kind()) {
                case DATA -> next != null && next.kind() == OutOfProcPacket.Kind.DATA_ACK && next.psGuid().equals(p.psGuid());
                case COMMAND, SIGNAL, CLOSE -> true;
                default -> false;
            };
            if (!fromClient) {
                continue;
            }
            if (p.kind() == OutOfProcPacket.Kind.SIGNAL) {
                secondPipeline = p.psGuid().toString();
            }
            if (p.kind() == OutOfProcPacket.Kind.CLOSE && p.isForRunspacePool()) {
                client.send("<Close PSGuid='" + secondPipeline + "' />");
                answers.addAll(answersUntil(client, "<CloseAck PSGuid='" + secondPipeline + "' />"));
            }
            client.send(lines[i]);
            String ack = switch (p.kind()) {
                case DATA -> OutOfProcPacket.dataAck(p.psGuid()).toLine();
                case COMMAND -> OutOfProcPacket.commandAck(p.psGuid()).toLine();
                case SIGNAL -> OutOfProcPacket.signalAck(p.psGuid()).toLine();
                default -> OutOfProcPacket.closeAck(p.psGuid()).toLine();
            };
            answers.addAll(answersUntil(client, ack));
        }
        List<String> messages = new ArrayList<>();
        Defragmenter defragmenter = new Defragmenter();
        for (String line : answers) {
            OutOfProcPacket p = OutOfProcPacket.parse(line);
            if (p.kind() == OutOfProcPacket.Kind.DATA) {
                for (PsrpMessage m : defragmenter.receive(p.data())) {
                    messages.add(m.type() + (m.pipelineId().equals(PsrpMessage.EMPTY_GUID) ? "" : " " + m.pipelineId()));
                }
            }
        }
        assertEquals(List.of("SESSION_CAPABILITY", "APPLICATION_PRIVATE_DATA", "RUNSPACEPOOL_STATE"), messages.subList(0, 3));
        assertEquals(List.of("RUNSPACEPOOL_STATE", "RUNSPACEPOOL_STATE"), messages.subList(messages.size() - 2, messages.size()));
        assertEquals(2, messages.stream().filter(m -> m.startsWith("PIPELINE_STATE")).count(), "both pipelines end: " + messages);
        assertEquals("<CloseAck PSGuid='" + PsrpMessage.EMPTY_GUID + "' />", answers.get(answers.size() - 1));
    }

    /** The server's lines up to and including {@code expected}. */
    private static List<String> answersUntil(RawClient client, String expected) throws InterruptedException {
        List<String> lines = new ArrayList<>();
        String line;
        do {
            line = client.answer();
            lines.add(line);
        } while (!line.equals(expected));
        return lines;
    }

    @Test
    void theServerAcknowledgesDataForPipelinesItDoesNotRun() throws Exception {
        RawClient client = new RawClient();
        String guid = UUID.randomUUID().toString();
        client.send("<Data Stream='Default' PSGuid='" + guid + "'>AAAA</Data>");
        assertEquals("<DataAck PSGuid='" + guid + "' />", client.answer());
        client.send("<Signal PSGuid='" + guid + "' />");
        assertEquals("<SignalAck PSGuid='" + guid + "' />", client.answer(), "a signal is always acknowledged");
        client.send("<Command PSGuid='" + guid + "' />");
        assertEquals("<CommandAck PSGuid='" + guid + "' />", client.answer());
        client.send("<Close PSGuid='" + guid + "' />");
        assertEquals("<CloseAck PSGuid='" + guid + "' />", client.answer());
    }

    @Test
    void theServerReportsProtocolErrorsOnItsOutputAndEnds() throws Exception {
        RawClient client = new RawClient();
        client.send("<DataAck PSGuid='" + PsrpMessage.EMPTY_GUID + "' />");
        assertEquals("__NamedPipeError__:An unknown element \"DataAck\" was received. This can happen if the remote process closed"
                + " or ended abnormally.", client.answer());
        assertEquals("<end of output>", client.answer());
        client.server.join(WAIT.toMillis());
        assertFalse(client.server.isAlive());
    }

    @Test
    void theServerRefusesASignalToThePool() throws Exception {
        RawClient client = new RawClient();
        client.send("<Signal PSGuid='" + PsrpMessage.EMPTY_GUID + "' />");
        assertTrue(client.answer().startsWith("__NamedPipeError__:A Signal message to a session is not supported."));
    }

    @Test
    void anEmptyLineEndsTheServer() throws Exception {
        RawClient client = new RawClient();
        client.send("");
        assertEquals("<end of output>", client.answer());
    }

    private static void waitUntil(BooleanSupplier condition) throws InterruptedException {
        long end = System.nanoTime() + WAIT.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > end) {
                throw new AssertionError("condition not reached in " + WAIT);
            }
            Thread.sleep(5);
        }
    }
}
