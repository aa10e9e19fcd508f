package org.jposh.remoting.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jposh.remoting.TestExecutor;
import org.jposh.remoting.psrp.Destination;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsVersion;
import org.jposh.remoting.psrp.messages.ApartmentState;
import org.jposh.remoting.psrp.messages.CreatePipeline;
import org.jposh.remoting.psrp.messages.ErrorRecordData;
import org.jposh.remoting.psrp.messages.ErrorRecordMessage;
import org.jposh.remoting.psrp.messages.GetAvailableRunspaces;
import org.jposh.remoting.psrp.messages.HostInfo;
import org.jposh.remoting.psrp.messages.HostResponse;
import org.jposh.remoting.psrp.messages.InformationalRecordMessage;
import org.jposh.remoting.psrp.messages.InitRunspacePool;
import org.jposh.remoting.psrp.messages.Messages;
import org.jposh.remoting.psrp.messages.PSInvocationState;
import org.jposh.remoting.psrp.messages.PSThreadOptions;
import org.jposh.remoting.psrp.messages.PipelineOutput;
import org.jposh.remoting.psrp.messages.PipelineStateInfo;
import org.jposh.remoting.psrp.messages.ResetRunspaceState;
import org.jposh.remoting.psrp.messages.RunspaceAvailability;
import org.jposh.remoting.psrp.messages.RunspacePoolState;
import org.jposh.remoting.psrp.messages.RunspacePoolStateInfo;
import org.jposh.remoting.psrp.messages.SessionCapability;
import org.jposh.remoting.psrp.messages.SetMaxRunspaces;
import org.jposh.remoting.psrp.messages.UntypedBody;
import org.junit.jupiter.api.Test;

/**
 * The client and server state machines wired to each other without any I/O: every message and
 * transport request is logged, so the tests see pwsh's sequences exactly.
 */
class RunspacePoolStateMachinesTest {

    /** Connects a client pool and a server pool directly, logging what crosses. */
    static final class Loopback implements ClientTransport, ServerRunspacePool.Handler {
        final List<String> log = new ArrayList<>();
        final List<RunspacePoolState> clientStates = new ArrayList<>();
        final List<UUID> startedPipelines = new ArrayList<>();
        final List<Object> serverInput = new ArrayList<>();
        final ServerRunspacePool server = new ServerRunspacePool(this);
        final ClientRunspacePool client;
        boolean aborted;
        boolean sessionClosed;

        Loopback(ClientRunspacePool.Settings settings) {
            client = new ClientRunspacePool(UUID.randomUUID(), settings, this, (state, reason) -> clientStates.add(state));
        }

        @Override
        public void start(ClientRunspacePool pool) {
        }

        @Override
        public void sendToPool(PsrpMessage... messages) {
            List<String> types = new ArrayList<>();
            for (PsrpMessage m : messages) {
                types.add(m.type().toString());
            }
            log.add("C>S pool " + String.join("+", types));
            for (PsrpMessage m : messages) {
                server.receive(m);
            }
        }

        @Override
        public void createPipeline(UUID pipelineId, PsrpMessage createPipeline) {
            log.add("C>S command " + createPipeline.type());
            server.receive(createPipeline);
        }

        @Override
        public void sendToPipeline(UUID pipelineId, PsrpMessage message, boolean promptResponse) {
            log.add("C>S pipeline " + message.type() + (promptResponse ? " (prompt)" : ""));
            server.receive(message);
        }

        @Override
        public void stopPipeline(UUID pipelineId) {
            log.add("C>S signal");
        }

        @Override
        public void closePipeline(UUID pipelineId) {
            log.add("C>S close pipeline");
        }

        @Override
        public void closePool() {
            log.add("C>S close pool");
        }

        @Override
        public void abort() {
            aborted = true;
        }

        @Override
        public void send(PsrpMessage message) {
            String what = message.type().toString();
            if (message.type() == MessageType.RUNSPACEPOOL_STATE) {
                what += " " + ((RunspacePoolStateInfo) Messages.decode(message)).state().dotNetName();
            } else if (message.type() == MessageType.PIPELINE_STATE) {
                what += " " + ((PipelineStateInfo) Messages.decode(message)).state().dotNetName();
            }
            log.add("S>C " + what);
            client.receive(message);
        }

        @Override
        public void openRunspace(UUID runspacePoolId, InitRunspacePool request) {
            log.add("server opens runspace " + request.minRunspaces() + ".." + request.maxRunspaces());
        }

        @Override
        public void startPipeline(UUID pipelineId, CreatePipeline request) {
            log.add("server starts " + request.powerShell().commands().get(0).command());
            startedPipelines.add(pipelineId);
        }

        @Override
        public void pipelineInput(UUID pipelineId, Object value) {
            serverInput.add(value);
        }

        @Override
        public void pipelineInputEnded(UUID pipelineId) {
            serverInput.add("<end>");
        }

        @Override
        public void hostResponse(UUID pipelineId, HostResponse response) {
            serverInput.add(response.returnValue());
        }

        @Override
        public void closeSession() {
            sessionClosed = true;
        }

        /** Opens the pool and lets the server's runspace open. */
        void open() {
            client.open();
            server.opened(new TestExecutor().versionTable());
        }
    }

    /** Collects a pipeline's records and states. */
    static final class Recorder implements PipelineListener {
        final List<String> events = new ArrayList<>();

        @Override
        public void output(Object value) {
            events.add("output " + value);
        }

        @Override
        public void error(ErrorRecordData record) {
            events.add("error " + record.message());
        }

        @Override
        public void warning(InformationalRecordMessage record) {
            events.add("warning " + record.message());
        }

        @Override
        public void stateChanged(PSInvocationState state, ErrorRecordData reason) {
            events.add("state " + state.dotNetName() + (reason == null ? "" : " (" + reason.fullyQualifiedErrorId() + ")"));
        }
    }

    @Test
    void openingSendsCapabilityAndInitTogetherAndWaitsForOpened() {
        Loopback l = new Loopback(ClientRunspacePool.Settings.defaults());
        l.client.open();
        assertEquals(List.of("C>S pool SESSION_CAPABILITY+INIT_RUNSPACEPOOL", "S>C SESSION_CAPABILITY", "server opens runspace 1..1"),
                l.log);
        assertEquals(RunspacePoolState.OPENING, l.client.state());
        assertEquals(new PsVersion(2, 3), l.client.serverCapability().protocolVersion());

        l.server.opened(new TestExecutor().versionTable());
        assertEquals(List.of("S>C APPLICATION_PRIVATE_DATA", "S>C RUNSPACEPOOL_STATE Opened"), l.log.subList(3, 5));
        assertEquals(List.of(RunspacePoolState.OPENING, RunspacePoolState.OPENED), l.clientStates);
        PsDictionary versions = l.client.applicationPrivateData().psVersionTable();
        assertEquals(new PsVersion(7, 5, 1, -1), versions.get("PSVersion"));
        assertEquals(new PsVersion(2, 3), versions.get("PSRemotingProtocolVersion"));
    }

    @Test
    void serverCapabilityCarriesAnEmptyRunspacePoolId() {
        List<PsrpMessage> sent = new ArrayList<>();
        ServerRunspacePool server = new ServerRunspacePool(new RecordingHandler(sent));
        server.receive(SessionCapability.current().toMessage(Destination.SERVER, UUID.randomUUID(), PsrpMessage.EMPTY_GUID));
        assertEquals(PsrpMessage.EMPTY_GUID, sent.get(0).runspacePoolId());
        assertEquals(Destination.CLIENT, sent.get(0).destination());
    }

    @Test
    void serverNegotiatesAsPwshDoes() {
        assertEquals(new PsVersion(2, 1), reply(new PsVersion(2, 1)).protocolVersion());
        assertEquals(new PsVersion(2, 3), reply(new PsVersion(2, 3)).protocolVersion());
        assertEquals(new PsVersion(2, 3), reply(new PsVersion(2, 4)).protocolVersion(), "a newer 2.x client gets our version");
        PsrpException e = assertThrows(PsrpException.class, () -> reply(new PsVersion(3, 0)));
        assertEquals("ServerNegotiationFailed", e.errorId());
        assertTrue(e.getMessage().startsWith("The server that is running PowerShell does not support the protocolversion 3.0"
                + " negotiated by the client computer."), e.getMessage());
        SessionCapability oldSerializer = new SessionCapability(new PsVersion(2, 3), new PsVersion(2, 0), new PsVersion(1, 0), null);
        assertThrows(PsrpException.class, () -> Negotiation.serverReply(oldSerializer));
    }

    private static SessionCapability reply(PsVersion protocol) {
        return Negotiation.serverReply(new SessionCapability(protocol, new PsVersion(2, 0), new PsVersion(1, 1, 0, 1), null));
    }

    @Test
    void aRefusedClientGetsTheServersCapabilityAndTheSessionCloses() {
        List<PsrpMessage> sent = new ArrayList<>();
        RecordingHandler handler = new RecordingHandler(sent);
        ServerRunspacePool server = new ServerRunspacePool(handler);
        SessionCapability future = new SessionCapability(new PsVersion(3, 0), new PsVersion(2, 0), new PsVersion(1, 1, 0, 1), null);
        server.receive(future.toMessage(Destination.SERVER, UUID.randomUUID(), PsrpMessage.EMPTY_GUID));
        assertEquals(1, sent.size());
        assertEquals(SessionCapability.current(), Messages.decode(sent.get(0)));
        assertTrue(handler.closed);
        assertEquals(RunspacePoolState.CLOSED, server.state());
    }

    @Test
    void aServerWithAnotherPsVersionBreaksTheClientPool() {
        List<ErrorRecordData> reasons = new ArrayList<>();
        ClientRunspacePool client = new ClientRunspacePool(UUID.randomUUID(), ClientRunspacePool.Settings.defaults(), new Sink(),
                (state, reason) -> reasons.add(reason));
        client.open();
        SessionCapability other = new SessionCapability(new PsVersion(2, 3), new PsVersion(2, 1), new PsVersion(1, 1, 0, 1), null);
        client.receive(other.toMessage(Destination.CLIENT, PsrpMessage.EMPTY_GUID, PsrpMessage.EMPTY_GUID));
        assertEquals(RunspacePoolState.BROKEN, client.state());
        ErrorRecordData why = client.reason();
        assertEquals("ClientNegotiationFailed", why.fullyQualifiedErrorId());
        assertTrue(why.message().startsWith("PowerShell client does not support the PSVersion 2.1 negotiated by the server."),
                why.message());
        assertEquals(why, reasons.get(reasons.size() - 1));
    }

    @Test
    void aPipelineRunsSendsInputAndEndsWithTheServersState() {
        Loopback l = new Loopback(ClientRunspacePool.Settings.defaults());
        l.open();
        l.log.clear();
        Recorder r = new Recorder();
        ClientPipeline p = l.client.createPipeline(TestExecutor.command("Echo"), false, CreatePipeline.ADD_INVOCATION_INFO, r);
        p.input("a");
        p.input(2);
        p.endInput();
        assertEquals(List.of("C>S command CREATE_PIPELINE", "server starts Echo", "C>S pipeline PIPELINE_INPUT",
                "C>S pipeline PIPELINE_INPUT", "C>S pipeline END_OF_PIPELINE_INPUT"), l.log);
        assertEquals(List.of("a", 2, "<end>"), l.serverInput);
        assertThrows(IllegalStateException.class, () -> p.input("late"), "input after its end");

        UUID pid = l.startedPipelines.get(0);
        UUID rpid = l.client.id();
        l.send(new PipelineOutput("a").toMessage(rpid, pid));
        l.send(InformationalRecordMessage.create(MessageType.WARNING_RECORD, "careful").toMessage(rpid, pid));
        l.send(new ErrorRecordMessage(ErrorRecordData.create(List.of("System.Exception"), "bad", "Bad", 0, "", "", "", null))
                .toMessage(rpid, pid));
        l.server.pipelineFinished(pid, PSInvocationState.COMPLETED, null);
        assertEquals(List.of("state Running", "output a", "warning careful", "error bad", "state Completed"), r.events);
        assertEquals("C>S close pipeline", l.log.get(l.log.size() - 1), "a finished pipeline is closed on the server");
        assertFalse(l.server.isRunning(pid));

        l.send(new PipelineOutput("too late").toMessage(rpid, pid));
        assertEquals(5, r.events.size(), "data after the final state is dropped");
    }

    @Test
    void stoppingSignalsAndEndsStoppedWithTheServersReason() {
        Loopback l = new Loopback(ClientRunspacePool.Settings.defaults());
        l.open();
        Recorder r = new Recorder();
        ClientPipeline p = l.client.createPipeline(TestExecutor.command("Loop"), true, 0, r);
        p.stop();
        assertEquals("C>S signal", l.log.get(l.log.size() - 1));
        assertEquals(PSInvocationState.STOPPING, p.state());
        l.server.pipelineFinished(l.startedPipelines.get(0), PSInvocationState.STOPPED, RemotingErrors.pipelineStopped());
        l.client.signalAcknowledged(p.id());
        assertEquals(List.of("state Running", "state Stopping", "state Stopped (PipelineStopped)"), r.events);
        assertEquals("OperationStopped: (:) [], PipelineStoppedException", p.reason().categoryMessage());
    }

    @Test
    void aSignalAcknowledgedWithoutAStateStopsThePipelineLocally() {
        Loopback l = new Loopback(ClientRunspacePool.Settings.defaults());
        l.open();
        Recorder r = new Recorder();
        ClientPipeline p = l.client.createPipeline(TestExecutor.command("Loop"), true, 0, r);
        p.stop();
        l.client.signalAcknowledged(p.id());
        assertEquals(PSInvocationState.STOPPED, p.state());
        assertEquals("The remote pipeline has been stopped.", p.reason().message());
    }

    @Test
    void aRunspaceThatCannotOpenBreaksThePool() {
        Loopback l = new Loopback(ClientRunspacePool.Settings.defaults());
        l.client.open();
        l.server.openFailed(RemotingErrors.fromException(new IllegalStateException("no engine"), "RemoteRunspaceStateInfoReason"));
        assertEquals(RunspacePoolState.BROKEN, l.client.state());
        assertEquals("no engine", l.client.reason().message());
        assertTrue(l.aborted);
    }

    @Test
    void aTransportFailureBreaksThePoolAndFailsItsPipelines() {
        Loopback l = new Loopback(ClientRunspacePool.Settings.defaults());
        l.open();
        Recorder r = new Recorder();
        ClientPipeline p = l.client.createPipeline(TestExecutor.command("Loop"), true, 0, r);
        l.client.transportFailed(new PsrpException("SSHAbruptlyTerminated", "gone"));
        assertEquals(RunspacePoolState.BROKEN, l.client.state());
        assertEquals(PSInvocationState.FAILED, p.state());
        assertEquals("gone", p.reason().message());
        assertEquals("SSHAbruptlyTerminated", l.client.reason().fullyQualifiedErrorId());
        assertTrue(l.aborted);
        l.client.transportFailed(new PsrpException("Other", "later"));
        assertEquals("gone", l.client.reason().message(), "the first failure is the reason");
    }

    @Test
    void closingStopsPipelinesThenTheServerReportsClosingAndClosed() {
        Loopback l = new Loopback(ClientRunspacePool.Settings.defaults());
        l.open();
        Recorder r = new Recorder();
        ClientPipeline p = l.client.createPipeline(TestExecutor.command("Loop"), true, 0, r);
        l.log.clear();
        l.client.close();
        assertEquals(List.of("C>S signal", "C>S close pool"), l.log);
        l.server.pipelineFinished(l.startedPipelines.get(0), PSInvocationState.STOPPED, RemotingErrors.pipelineStopped());
        l.server.close();
        assertEquals(List.of("S>C PIPELINE_STATE Stopped", "C>S close pipeline", "S>C RUNSPACEPOOL_STATE Closing",
                "S>C RUNSPACEPOOL_STATE Closed"), l.log.subList(2, 6));
        assertEquals(RunspacePoolState.CLOSING, l.client.state(), "Closed comes with the transport's close acknowledgement");
        l.client.closeAcknowledged();
        assertEquals(List.of(RunspacePoolState.OPENING, RunspacePoolState.OPENED, RunspacePoolState.CLOSING, RunspacePoolState.CLOSED),
                l.clientStates);
        assertEquals(PSInvocationState.STOPPED, p.state());
    }

    @Test
    void theServerRefusesMessagesOutOfSequence() {
        List<PsrpMessage> sent = new ArrayList<>();
        ServerRunspacePool server = new ServerRunspacePool(new RecordingHandler(sent));
        UUID rpid = UUID.randomUUID();
        PsrpMessage init = new InitRunspacePool(1, 1, PSThreadOptions.DEFAULT,
                ApartmentState.UNKNOWN, HostInfo.noHost(), null).toMessage(rpid, PsrpMessage.EMPTY_GUID);
        assertThrows(PsrpException.class, () -> server.receive(init), "INIT_RUNSPACEPOOL before SESSION_CAPABILITY");
        server.receive(SessionCapability.current().toMessage(Destination.SERVER, rpid, PsrpMessage.EMPTY_GUID));
        server.receive(init);
        assertEquals("RunspaceAlreadyExists", assertThrows(PsrpException.class, () -> server.receive(init)).errorId());
        PsrpMessage create = new CreatePipeline(TestExecutor.command("Echo"), true, ApartmentState.UNKNOWN,
                0, false, HostInfo.noHost(), false).toMessage(rpid, UUID.randomUUID());
        assertEquals("InvalidRunspacePoolState", assertThrows(PsrpException.class, () -> server.receive(create)).errorId());
        PsrpMessage toClient = new PipelineOutput(1).toMessage(rpid, UUID.randomUUID());
        assertEquals("RemotingDestinationNotForMe", assertThrows(PsrpException.class, () -> server.receive(toClient)).errorId());
    }

    @Test
    void theServerAnswersRunspaceCountRequests() {
        List<PsrpMessage> answers = new ArrayList<>();
        ServerRunspacePool standalone = new ServerRunspacePool(new RecordingHandler(answers));
        UUID rpid = UUID.randomUUID();
        standalone.receive(SessionCapability.current().toMessage(Destination.SERVER, rpid, PsrpMessage.EMPTY_GUID));
        standalone.receive(new InitRunspacePool(1, 2, PSThreadOptions.DEFAULT,
                ApartmentState.UNKNOWN, HostInfo.noHost(), null).toMessage(rpid, PsrpMessage.EMPTY_GUID));
        standalone.opened(new PsDictionary());
        answers.clear();
        standalone.receive(new SetMaxRunspaces(4, 11).toMessage(rpid, PsrpMessage.EMPTY_GUID));
        standalone.receive(new GetAvailableRunspaces(12).toMessage(rpid, PsrpMessage.EMPTY_GUID));
        standalone.receive(new ResetRunspaceState(13).toMessage(rpid, PsrpMessage.EMPTY_GUID));
        assertEquals(new RunspaceAvailability(true, 11), Messages.decode(answers.get(0)));
        assertEquals(new RunspaceAvailability(4, 12), Messages.decode(answers.get(1)));
        assertEquals(new RunspaceAvailability(false, 13), Messages.decode(answers.get(2)));
        assertEquals(4, standalone.maxRunspaces());

        UUID pid = UUID.randomUUID();
        standalone.receive(new UntypedBody(MessageType.GET_COMMAND_METADATA, null).toMessage(rpid, pid));
        PipelineStateInfo refused = assertInstanceOf(PipelineStateInfo.class, Messages.decode(answers.get(3)));
        assertEquals(PSInvocationState.FAILED, refused.state());
        assertEquals(RunspacePoolState.OPENED, standalone.state());
    }

    /** A server handler that only records what is sent. */
    static final class RecordingHandler implements ServerRunspacePool.Handler {
        final List<PsrpMessage> sent;
        boolean closed;

        RecordingHandler(List<PsrpMessage> sent) {
            this.sent = sent;
        }

        @Override
        public void send(PsrpMessage message) {
            sent.add(message);
        }

        @Override
        public void openRunspace(UUID runspacePoolId, InitRunspacePool request) {
        }

        @Override
        public void startPipeline(UUID pipelineId, CreatePipeline request) {
        }

        @Override
        public void pipelineInput(UUID pipelineId, Object value) {
        }

        @Override
        public void pipelineInputEnded(UUID pipelineId) {
        }

        @Override
        public void hostResponse(UUID pipelineId, HostResponse response) {
        }

        @Override
        public void closeSession() {
            closed = true;
        }
    }

    /** A client transport that goes nowhere. */
    static final class Sink implements ClientTransport {
        @Override
        public void start(ClientRunspacePool pool) {
        }

        @Override
        public void sendToPool(PsrpMessage... messages) {
        }

        @Override
        public void createPipeline(UUID pipelineId, PsrpMessage createPipeline) {
        }

        @Override
        public void sendToPipeline(UUID pipelineId, PsrpMessage message, boolean promptResponse) {
        }

        @Override
        public void stopPipeline(UUID pipelineId) {
        }

        @Override
        public void closePipeline(UUID pipelineId) {
        }

        @Override
        public void closePool() {
        }

        @Override
        public void abort() {
        }
    }
}
