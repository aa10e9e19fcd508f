package org.jposh.remoting.psrp.messages;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.jposh.remoting.psrp.Destination;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.remoting.psrp.clixml.PsVersion;
import org.junit.jupiter.api.Test;

/** Message bodies encode in pwsh's shape and decode back to equal records. */
class MessageBodiesTest {
    private static final UUID RPID = UUID.fromString("a6fa5eaf-2efa-4b3e-806f-7be252a39be9");
    private static final UUID PID = UUID.fromString("6e6e7727-08b7-4440-855f-6e417c17511c");
    private static final String ENUM_TAIL = "<T>System.Enum</T><T>System.ValueType</T><T>System.Object</T></TN>";

    private static PsObjectData hashtable(PsDictionary entries) {
        return new PsObjectData("System.Collections.Hashtable", "System.Object").setBaseValue(entries);
    }

    /** Encodes the body into a message, checks its CLIXML, and decodes the message back. */
    private static MessageBody roundTrip(MessageBody body, Destination destination, String expectedClixml) {
        PsrpMessage m = body.toMessage(destination, RPID, PID);
        assertEquals(body.type(), m.type());
        if (expectedClixml != null) {
            assertEquals(expectedClixml, m.bodyText());
        }
        MessageBody back = Messages.decode(PsrpMessage.fromBytes(m.toBytes()));
        assertEquals(body, back);
        return back;
    }

    @Test
    void sessionCapabilityIsWhatPwshAnnounces() {
        roundTrip(SessionCapability.current(), Destination.SERVER, "<Obj RefId=\"0\"><MS><Version N=\"protocolversion\">2.3</Version>"
                + "<Version N=\"PSVersion\">2.0</Version><Version N=\"SerializationVersion\">1.1.0.1</Version></MS></Obj>");
        roundTrip(new SessionCapability(new PsVersion(2, 2), new PsVersion(2, 0), new PsVersion(1, 1, 0, 1), new byte[] {1, 2}),
                Destination.CLIENT, null);
        assertThrows(IllegalStateException.class, () -> SessionCapability.current().toMessage(RPID, PsrpMessage.EMPTY_GUID));
    }

    @Test
    void initRunspacePoolInPwshsPropertyOrder() {
        PsObjectData versionTable = hashtable(new PsDictionary().put("PSVersion", new PsVersion(7, 5, 1, -1)).put("PSEdition", "Core"));
        PsObjectData args = new PsObjectData("System.Management.Automation.PSPrimitiveDictionary", "System.Collections.Hashtable",
                "System.Object").setBaseValue(new PsDictionary().put("PSVersionTable", versionTable));
        PsDictionary hostData = new PsDictionary().put(9, new PsObjectData().addExtended("T", "System.String").addExtended("V", "title"));
        InitRunspacePool init = new InitRunspacePool(1, 1, PSThreadOptions.DEFAULT, ApartmentState.UNKNOWN,
                new HostInfo(false, false, false, false, hostData), args);
        InitRunspacePool back = (InitRunspacePool) roundTrip(init, Destination.SERVER, null);
        assertEquals("title", back.hostInfo().defaultValue(HostInfo.WINDOW_TITLE));
        assertNull(back.hostInfo().defaultValue(HostInfo.BUFFER_SIZE));
        String clixml = init.toMessage(RPID, PsrpMessage.EMPTY_GUID).bodyText();
        assertTrue(clixml.startsWith("<Obj RefId=\"0\"><MS><I32 N=\"MinRunspaces\">1</I32><I32 N=\"MaxRunspaces\">1</I32>"
                + "<Obj N=\"PSThreadOptions\" RefId=\"1\"><TN RefId=\"0\"><T>System.Management.Automation.Runspaces.PSThreadOptions</T>"
                + ENUM_TAIL + "<ToString>Default</ToString><I32>0</I32></Obj><Obj N=\"ApartmentState\" RefId=\"2\"><TN RefId=\"1\">"
                + "<T>System.Threading.ApartmentState</T>" + ENUM_TAIL + "<ToString>Unknown</ToString><I32>2</I32></Obj>"
                + "<Obj N=\"ApplicationArguments\" RefId=\"3\">"), clixml);
        // The host data's hashtable reuses the type names of the version table (TNRef).
        assertTrue(clixml.endsWith("<Obj N=\"HostInfo\" RefId=\"5\"><MS><B N=\"_isHostUINull\">false</B><B N=\"_isHostRawUINull\">false</B>"
                + "<B N=\"_isHostNull\">false</B><Obj N=\"_hostDefaultData\" RefId=\"6\"><MS><Obj N=\"data\" RefId=\"7\"><TNRef RefId=\"3\" />"
                + "<DCT><En><I32 N=\"Key\">9</I32><Obj N=\"Value\" RefId=\"8\"><MS><S N=\"T\">System.String</S><S N=\"V\">title</S></MS></Obj>"
                + "</En></DCT></Obj></MS></Obj><B N=\"_useRunspaceHost\">false</B></MS></Obj></MS></Obj>"), clixml);
    }

    @Test
    void statesAndTheirErrors() {
        roundTrip(new RunspacePoolStateInfo(RunspacePoolState.OPENED, null), Destination.CLIENT,
                "<Obj RefId=\"0\"><MS><I32 N=\"RunspaceState\">2</I32></MS></Obj>");
        roundTrip(new PipelineStateInfo(PSInvocationState.COMPLETED, null), Destination.CLIENT,
                "<Obj RefId=\"0\"><MS><I32 N=\"PipelineState\">4</I32></MS></Obj>");
        ErrorRecordData stopped = ErrorRecordData.create(List.of("System.Management.Automation.PipelineStoppedException",
                "System.Management.Automation.RuntimeException", "System.SystemException"), "The pipeline has been stopped.",
                "PipelineStopped", 14, "", "", "", null);
        PipelineStateInfo back = (PipelineStateInfo) roundTrip(new PipelineStateInfo(PSInvocationState.STOPPED, stopped),
                Destination.CLIENT, null);
        ErrorRecordData reason = back.reason();
        assertEquals("The pipeline has been stopped.", reason.message());
        assertEquals("PipelineStopped", reason.fullyQualifiedErrorId());
        assertEquals("OperationStopped", reason.categoryName());
        assertEquals("PipelineStoppedException", reason.categoryReason());
        assertEquals("OperationStopped: (:) [], PipelineStoppedException", reason.categoryMessage());
        assertEquals(List.of("System.Management.Automation.PipelineStoppedException", "System.Management.Automation.RuntimeException",
                "System.SystemException", "System.Exception", "System.Object"), reason.exception().typeNames());
        assertTrue(PSInvocationState.STOPPED.isFinished());
        roundTrip(new RunspacePoolStateInfo(RunspacePoolState.BROKEN, stopped), Destination.CLIENT, null);
    }

    @Test
    void createPipelineWithCommandsArgumentsAndExtraStatements() {
        CommandData getItem = CommandData.of("Get-ChildItem", false, List.of(new CommandParameter("Path", "/tmp"),
                new CommandParameter("Force", true), new CommandParameter(null, 42)));
        CommandData script = new CommandData("$input | % { $_ }", true, Boolean.TRUE, PipelineResultTypes.ERROR,
                PipelineResultTypes.OUTPUT, PipelineResultTypes.NONE, PipelineResultTypes.OUTPUT, PipelineResultTypes.NONE,
                PipelineResultTypes.NONE, PipelineResultTypes.NONE, PipelineResultTypes.NONE,
                List.of(new CommandParameter("--%", hashtable(new PsDictionary().put("x", 1)))));
        PowerShellData ps = new PowerShellData(List.of(getItem, script), List.of(List.of(CommandData.of("Get-Date", false, List.of()))),
                false, "gci /tmp", false);
        CreatePipeline create = new CreatePipeline(ps, false, ApartmentState.UNKNOWN, CreatePipeline.ADD_INVOCATION_INFO, true,
                HostInfo.noHost(), false);
        CreatePipeline back = (CreatePipeline) roundTrip(create, Destination.SERVER, null);
        assertEquals("Get-ChildItem", back.powerShell().commands().get(0).command());
        assertEquals(Boolean.TRUE, back.powerShell().commands().get(1).useLocalScope());
        assertEquals(1, back.powerShell().extraCommands().size());
        String clixml = create.toMessage(RPID, PID).bodyText();
        assertTrue(clixml.contains("<Obj N=\"RemoteStreamOptions\" RefId=\""), clixml);
        assertTrue(clixml.contains("<ToString>AddInvocationInfo</ToString><I32>15</I32>"), clixml);
        assertTrue(clixml.contains("<MS><S N=\"N\">Path</S><S N=\"V\">/tmp</S></MS>"), clixml);
        assertTrue(clixml.contains("<MS><Nil N=\"N\" /><I32 N=\"V\">42</I32></MS>"), clixml);
        assertEquals("None", CreatePipeline.streamOptionsName(0));
        assertEquals("AddInvocationInfoToErrorRecord, AddInvocationInfoToDebugRecord", CreatePipeline.streamOptionsName(5));
    }

    @Test
    void pipelineStreams() {
        roundTrip(new PipelineInput("line"), Destination.SERVER, "<S>line</S>");
        roundTrip(new PipelineOutput(new byte[] {1, 2}), Destination.CLIENT, "<BA>AQI=</BA>");
        PsrpMessage eoi = new EndOfPipelineInput().toMessage(RPID, PID);
        assertTrue(eoi.isEmpty());
        assertInstanceOf(EndOfPipelineInput.class, Messages.decode(eoi));

        InformationalRecordMessage warning = InformationalRecordMessage.create(MessageType.WARNING_RECORD, "careful");
        InformationalRecordMessage back = (InformationalRecordMessage) roundTrip(warning, Destination.CLIENT,
                "<Obj RefId=\"0\"><TN RefId=\"0\"><T>System.Management.Automation.WarningRecord</T>"
                        + "<T>System.Management.Automation.InformationalRecord</T><T>System.Object</T></TN><ToString>careful</ToString>"
                        + "<MS><S N=\"InformationalRecord_Message\">careful</S>"
                        + "<B N=\"InformationalRecord_SerializeInvocationInfo\">false</B></MS></Obj>");
        assertEquals("careful", back.message());
        assertThrows(IllegalArgumentException.class, () -> InformationalRecordMessage.create(MessageType.ERROR_RECORD, "x"));

        roundTrip(new ProgressRecordMessage("Copying", 1, "50%", null, -1, 50, ProgressRecordType.PROCESSING, -1), Destination.CLIENT,
                "<Obj RefId=\"0\"><MS><S N=\"Activity\">Copying</S><I32 N=\"ActivityId\">1</I32><S N=\"StatusDescription\">50%</S>"
                        + "<Nil N=\"CurrentOperation\" /><I32 N=\"ParentActivityId\">-1</I32><I32 N=\"PercentComplete\">50</I32>"
                        + "<Obj N=\"Type\" RefId=\"1\"><TN RefId=\"0\"><T>System.Management.Automation.ProgressRecordType</T>" + ENUM_TAIL
                        + "<ToString>Processing</ToString><I32>0</I32></Obj><I32 N=\"SecondsRemaining\">-1</I32></MS></Obj>");

        OffsetDateTime when = OffsetDateTime.of(2018, 6, 13, 23, 46, 28, 5_160_000, ZoneOffset.UTC);
        InformationRecordMessage info = (InformationRecordMessage) roundTrip(InformationRecordMessage.create("hello", "Write-Host", when,
                List.of("PSHOST"), "me", "box", 10, 11, 12), Destination.CLIENT, null);
        assertEquals("hello", info.messageData());
        assertEquals("Write-Host", info.source());
        assertEquals(when, info.timeGenerated());
        assertEquals(List.of("PSHOST"), info.tags());
        assertEquals("me", info.user());
        assertEquals("box", info.computer());

        ErrorRecordData error = ErrorRecordData.create(List.of("System.Management.Automation.RuntimeException", "System.SystemException"),
                "boom", "Boom", 0, "", "", "", "target");
        ErrorRecordMessage record = (ErrorRecordMessage) roundTrip(new ErrorRecordMessage(error), Destination.CLIENT, null);
        assertEquals("target", record.record().targetObject());
        assertEquals("NotSpecified: (:) [], RuntimeException", record.record().categoryMessage());
    }

    @Test
    void hostCallsAndResponses() {
        HostCall call = new HostCall(MessageType.PIPELINE_HOST_CALL, -100, HostMethodId.SET_SHOULD_EXIT, List.of(1));
        roundTrip(call, Destination.CLIENT, "<Obj RefId=\"0\"><MS><I64 N=\"ci\">-100</I64><Obj N=\"mi\" RefId=\"1\"><TN RefId=\"0\">"
                + "<T>System.Management.Automation.Remoting.RemoteHostMethodId</T>" + ENUM_TAIL + "<ToString>SetShouldExit</ToString>"
                + "<I32>6</I32></Obj><Obj N=\"mp\" RefId=\"2\"><TN RefId=\"1\"><T>System.Collections.ArrayList</T><T>System.Object</T></TN>"
                + "<LST><I32>1</I32></LST></Obj></MS></Obj>");
        roundTrip(new HostCall(MessageType.RUNSPACEPOOL_HOST_CALL, 3, HostMethodId.READ_LINE, List.of()), Destination.CLIENT, null);
        HostResponse response = new HostResponse(MessageType.PIPELINE_HOST_RESPONSE, 2, HostMethodId.READ_LINE_AS_SECURE_STRING,
                new PsSecureString("xTIl"), null);
        roundTrip(response, Destination.SERVER, "<Obj RefId=\"0\"><MS><SS N=\"mr\">xTIl</SS><I64 N=\"ci\">2</I64><Obj N=\"mi\" RefId=\"1\">"
                + "<TN RefId=\"0\"><T>System.Management.Automation.Remoting.RemoteHostMethodId</T>" + ENUM_TAIL
                + "<ToString>ReadLineAsSecureString</ToString><I32>12</I32></Obj></MS></Obj>");
        ErrorRecordData failure = ErrorRecordData.create(List.of("System.Management.Automation.Host.PromptingException",
                "System.Management.Automation.Host.HostException", "System.Management.Automation.RuntimeException", "System.SystemException"),
                "no console", "RemoteHostExecutionException", 0, "", "", "", null);
        HostResponse failed = (HostResponse) roundTrip(new HostResponse(MessageType.RUNSPACEPOOL_HOST_RESPONSE, 4, HostMethodId.PROMPT,
                null, failure), Destination.SERVER, null);
        assertEquals("no console", failed.exception().message());
        assertEquals(56, HostMethodId.values().length);
        assertEquals(56, HostMethodId.PROMPT_FOR_CHOICE_MULTIPLE_SELECTION.value());
    }

    @Test
    void runspacePoolHousekeeping() {
        roundTrip(new SetMaxRunspaces(5, 1), Destination.SERVER,
                "<Obj RefId=\"0\"><MS><I32 N=\"MaxRunspaces\">5</I32><I64 N=\"ci\">1</I64></MS></Obj>");
        roundTrip(new SetMinRunspaces(2, 3), Destination.SERVER, null);
        roundTrip(new GetAvailableRunspaces(0), Destination.SERVER, "<Obj RefId=\"0\"><MS><I64 N=\"ci\">0</I64></MS></Obj>");
        roundTrip(new ResetRunspaceState(7), Destination.SERVER, null);
        roundTrip(new RunspaceAvailability(true, 1), Destination.CLIENT,
                "<Obj RefId=\"0\"><MS><B N=\"SetMinMaxRunspacesResponse\">true</B><I64 N=\"ci\">1</I64></MS></Obj>");
        roundTrip(new RunspaceAvailability(4L, 0), Destination.CLIENT, null);
        assertThrows(IllegalArgumentException.class, () -> new RunspaceAvailability("x", 0));
        roundTrip(new ConnectRunspacePool(null, null), Destination.SERVER, "<S></S>");
        roundTrip(new ConnectRunspacePool(1, 5), Destination.SERVER,
                "<Obj RefId=\"0\"><MS><I32 N=\"MinRunspaces\">1</I32><I32 N=\"MaxRunspaces\">5</I32></MS></Obj>");
        roundTrip(new RunspacePoolInitData(1, 1), Destination.CLIENT, null);
        roundTrip(new PublicKey("BgIAAACkAABSU0ExAAgAAAEAAQ=="), Destination.SERVER, null);
        roundTrip(new EncryptedSessionKey("AQIAABBmAAAApAAA"), Destination.CLIENT, null);
        roundTrip(new PublicKeyRequest(), Destination.CLIENT, "<S></S>");
        PsDictionary table = new PsDictionary().put("PSVersion", new PsVersion(7, 5, 1, -1));
        ApplicationPrivateData data = (ApplicationPrivateData) roundTrip(ApplicationPrivateData.withVersionTable(table), Destination.CLIENT, null);
        assertEquals(new PsVersion(7, 5, 1, -1), data.psVersionTable().get("psversion"));
        roundTrip(new UntypedBody(MessageType.GET_COMMAND_METADATA, "x"), Destination.SERVER, "<S>x</S>");
    }

    @Test
    void missingOrMistypedPropertiesAreReportedAsPowerShellDoes() {
        PsrpMessage noState = PsrpMessage.withClixml(Destination.CLIENT, MessageType.PIPELINE_STATE, RPID, PID,
                "<Obj RefId=\"0\"><MS><I32 N=\"Other\">4</I32></MS></Obj>");
        PsrpException e = assertThrows(PsrpException.class, () -> Messages.decode(noState));
        assertEquals("MissingProperty", e.errorId());
        assertEquals("Remoting data is missing PipelineState property.", e.getMessage());

        PsrpMessage badState = PsrpMessage.withClixml(Destination.CLIENT, MessageType.PIPELINE_STATE, RPID, PID,
                "<Obj RefId=\"0\"><MS><I32 N=\"PipelineState\">42</I32></MS></Obj>");
        assertEquals("InvalidPropertyValue", assertThrows(PsrpException.class, () -> Messages.decode(badState)).errorId());

        PsrpMessage wrongType = PsrpMessage.withClixml(Destination.SERVER, MessageType.SET_MAX_RUNSPACES, RPID, PsrpMessage.EMPTY_GUID,
                "<Obj RefId=\"0\"><MS><S N=\"MaxRunspaces\">five</S><I64 N=\"ci\">1</I64></MS></Obj>");
        assertEquals("InvalidPropertyType", assertThrows(PsrpException.class, () -> Messages.decode(wrongType)).errorId());

        PsrpMessage notAnObject = PsrpMessage.withClixml(Destination.CLIENT, MessageType.RUNSPACEPOOL_STATE, RPID, PsrpMessage.EMPTY_GUID,
                "<I32>2</I32>");
        assertEquals("InvalidMessageBody", assertThrows(PsrpException.class, () -> Messages.decode(notAnObject)).errorId());

        assertThrows(IllegalArgumentException.class, () -> new PipelineOutput("x").toMessage(Destination.SERVER, RPID, PID));
    }
}
