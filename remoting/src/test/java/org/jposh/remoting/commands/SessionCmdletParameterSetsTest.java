package org.jposh.remoting.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.Runspace;
import org.jposh.interpreter.commands.BindingServices;
import org.jposh.interpreter.commands.BindingTarget;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.InvocationInfo;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.ParameterBinder;
import org.jposh.interpreter.commands.ParameterBindingException;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.remoting.cim.CimSession;
import org.jposh.remoting.cim.commands.GetCimInstanceCommand;
import org.jposh.remoting.cim.commands.NewCimSessionCommand;
import org.junit.jupiter.api.Test;

/**
 * The derived binder cases of /work/shared/spec/paramsets.md against the real session cmdlets, as
 * interpreter's SessionCmdletBindingTest checks them against cmdlets declaring the same metadata (the CIM
 * cases against the CIM cmdlets).
 * Each test is named after its case number.
 */
class SessionCmdletParameterSetsTest {
    private static final String AMBIGUOUS = "AmbiguousParameterSet";
    private static final PSCredential CREDENTIAL = new PSCredential("user", new char[]{'p'});
    /** A script block value, made by the interpreter; the binder only looks at its type. */
    private static final ScriptBlock BLOCK = scriptBlock();

    private static ScriptBlock scriptBlock() {
        List<Object> output = new ArrayList<>();
        try (Runspace runspace = Runspace.open(OutputStream.nullOutputStream(), OutputStream.nullOutputStream())) {
            runspace.invokeScript("{ 1 }", "<test>", null, output::add, error -> {
            });
        }
        return (ScriptBlock) output.getFirst();
    }

    /** No host, no properties: what the binder needs and nothing more. */
    private static final BindingServices SERVICES = new BindingServices() {
        @Override
        public PSHost host() {
            return null;
        }

        @Override
        public Object property(Object target, String name) {
            return NO_PROPERTY;
        }
    };

    private static ParameterBinder bindWithInput(Class<? extends PSCmdlet> type, boolean expectingInput, Object... line) {
        CommandMetadata metadata = CommandMetadata.of(type);
        PSCmdlet cmdlet;
        try {
            cmdlet = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(metadata, 1, expectingInput),
                BindingTarget.fieldsOf(cmdlet), SERVICES);
        CommandArgument[] arguments = new CommandArgument[line.length];
        for (int i = 0; i < line.length; i++) {
            arguments[i] = line[i] instanceof CommandArgument given ? given : line[i] instanceof String s && s.startsWith("-") && s.length() > 1
                    ? CommandArgument.parameter(s.substring(1), null) : CommandArgument.positional(line[i], null);
        }
        binder.bindCommandLine(List.of(arguments));
        return binder;
    }

    private static ParameterBinder bind(Class<? extends PSCmdlet> type, Object... line) {
        return bindWithInput(type, false, line);
    }

    private static void assertError(String errorId, Class<? extends PSCmdlet> type, Object... line) {
        ParameterBindingException e = assertThrows(ParameterBindingException.class, () -> bind(type, line));
        assertEquals(errorId, e.errorId(), e::getMessage);
    }

    @Test
    void case01NewPSSessionAloneUsesTheDefaultSet() {
        assertEquals("ComputerName", bind(NewPSSessionCommand.class).parameterSetName());
    }

    @Test
    void case02PositionalStringBindsComputerName() {
        ParameterBinder b = bind(NewPSSessionCommand.class, "srv1");
        assertEquals("ComputerName", b.parameterSetName());
        assertArrayEquals(new String[]{"srv1"}, (String[]) b.boundParameters().get("ComputerName"));
    }

    @Test
    void case03HostNameWithUserNameIsSshHost() {
        assertEquals("SSHHost", bind(NewPSSessionCommand.class, "-HostName", "h", "-UserName", "u").parameterSetName());
    }

    @Test
    void case04HostNameWithCredentialIsAmbiguous() {
        assertError(AMBIGUOUS, NewPSSessionCommand.class, "-HostName", "h", "-Credential", CREDENTIAL);
    }

    @Test
    void case05VMNameMissesCredential() {
        assertError("MissingMandatoryParameter", NewPSSessionCommand.class, "-VMName", "v");
    }

    @Test
    void case06PrefixOfSeveralParametersIsAmbiguous() {
        ParameterBindingException e = assertThrows(ParameterBindingException.class,
                () -> bind(NewPSSessionCommand.class, "-C", "x"));
        assertEquals("Parameter cannot be processed because the parameter name 'C' is ambiguous. Possible matches "
                + "include: -ComputerName -Credential -ContainerId -ConnectionUri -CertificateThumbprint "
                + "-ConnectingTimeout -ConfigurationName.", e.getMessage());
    }

    @Test
    void case07AliasesMatchExactly() {
        assertArrayEquals(new String[]{"x"}, (String[]) bind(NewPSSessionCommand.class, "-Cn", "x").boundParameters()
                .get("ComputerName"));
        ParameterBinder cu = bind(NewPSSessionCommand.class, "-CU", "http://h/");
        assertEquals("Uri", cu.parameterSetName());
        assertArrayEquals(new URI[]{URI.create("http://h/")}, (URI[]) cu.boundParameters().get("ConnectionUri"));
    }

    @Test
    void case08PipedStringsBindComputerName() {
        ParameterBinder b = bindWithInput(NewPSSessionCommand.class, true);
        b.bindPipelineObject("a");
        assertEquals("ComputerName", b.parameterSetName());
    }

    @Test
    void case09SwitchBoundToFalseSelectsItsSet() {
        assertEquals("UseWindowsPowerShellParameterSet", bind(NewPSSessionCommand.class,
                CommandArgument.named("UseWindowsPowerShell", false, null)).parameterSetName());
    }

    @Test
    void case10SshTransportFalseFailsValidateSet() {
        assertError("ParameterArgumentValidationError", NewPSSessionCommand.class, "-HostName", "h",
                CommandArgument.named("SSHTransport", false, null));
    }

    @Test
    void case11EnterPSSessionAloneMissesComputerName() {
        assertError("MissingMandatoryParameter", EnterPSSessionCommand.class);
    }

    @Test
    void case12IntArgumentBindsEnterPSSessionId() {
        ParameterBinder b = bind(EnterPSSessionCommand.class, 3);
        assertEquals("Id", b.parameterSetName());
        assertEquals(3, b.boundParameters().get("Id"));
    }

    @Test
    void enterPSSessionSshSetTakesOneHostAndRefusesSshTransportFalse() {
        ParameterBinder b = bind(EnterPSSessionCommand.class, "h", "-KeyFilePath", "k", "-Port", 22);
        assertEquals("SSHHost", bind(EnterPSSessionCommand.class, "-HostName", "h", "-UserName", "u").parameterSetName());
        // -KeyFilePath exists only in SSHHost, so the positional word is its HostName (a scalar here).
        assertEquals("SSHHost", b.parameterSetName());
        assertEquals("h", b.boundParameters().get("HostName"));
        assertError("ParameterArgumentValidationError", EnterPSSessionCommand.class, "-HostName", "h",
                CommandArgument.named("SSHTransport", false, null));
        assertError("NamedParameterNotFound", EnterPSSessionCommand.class, "-SSHConnection", "x");
    }

    @Test
    void case13GetPSSessionAloneUsesTheDefaultSet() {
        assertEquals("Name", bind(GetPSSessionCommand.class).parameterSetName());
    }

    @Test
    void case14IntArgumentBindsId() {
        ParameterBinder b = bind(GetPSSessionCommand.class, 1);
        assertEquals("Id", b.parameterSetName());
        assertArrayEquals(new int[]{1}, (int[]) b.boundParameters().get("Id"));
    }

    @Test
    void case15NameWithIdIsAmbiguous() {
        assertError(AMBIGUOUS, GetPSSessionCommand.class, "-Name", "a", "-Id", 1);
    }

    @Test
    void case16ComputerNameWithInstanceIdIsComputerInstanceId() {
        assertEquals("ComputerInstanceId", bind(GetPSSessionCommand.class, "-ComputerName", "s", "-InstanceId",
                UUID.randomUUID()).parameterSetName());
    }

    @Test
    void case17RemovePSSessionMissesId() {
        assertError("MissingMandatoryParameter", RemovePSSessionCommand.class);
    }

    @Test
    void case18PipedSessionsBindSession() {
        PSSession session = new PSSession(1, "s1", null, null, null);
        ParameterBinder b = bindWithInput(RemovePSSessionCommand.class, true);
        b.bindPipelineObject(session);
        assertEquals("Session", b.parameterSetName());
        assertArrayEquals(new PSSession[]{session}, (PSSession[]) b.boundParameters().get("Session"));
    }

    @Test
    void case19ScriptBlockAloneIsInProcess() {
        assertEquals("InProcess", bind(InvokeCommandCommand.class, BLOCK).parameterSetName());
    }

    @Test
    void case20ComputerNameThenScriptBlock() {
        assertEquals("ComputerName", bind(InvokeCommandCommand.class, "srv1", BLOCK).parameterSetName());
    }

    @Test
    void case21ScriptBlockTakesTheFirstPositionOfSshHost() {
        assertEquals("SSHHost", bind(InvokeCommandCommand.class, "-HostName", "h", BLOCK).parameterSetName());
    }

    @Test
    void case22ThrottleLimitIsNotInTheSshSets() {
        assertError(AMBIGUOUS, InvokeCommandCommand.class, "-HostName", "h", "-ThrottleLimit", 5, BLOCK);
    }

    @Test
    void case23FilePathIsAmbiguous() {
        assertError(AMBIGUOUS, InvokeCommandCommand.class, "-FilePath", "x.ps1");
    }

    @Test
    void case26MaximumRedirectionExistsInJPosh() {
        assertEquals(1, bind(NewPSSessionOptionCommand.class, "-MaximumRedirection", 1).boundParameters()
                .get("MaximumRedirection"));
    }

    @Test
    void case27CredentialWithCertificateThumbprintIsAmbiguous() {
        assertError(AMBIGUOUS, NewCimSessionCommand.class, "-Credential", CREDENTIAL, "-CertificateThumbprint", "t");
    }

    @Test
    void case28PositionalClassNameIsTheDefaultSet() {
        ParameterBinder b = bind(GetCimInstanceCommand.class, "Win32_OperatingSystem");
        assertEquals("ClassNameComputerSet", b.parameterSetName());
        assertEquals("Win32_OperatingSystem", b.boundParameters().get("ClassName"));
    }

    @Test
    void case29PipedCimSessionsBindClassNameSessionSet() {
        CimSession session = new CimSession(1, "CimSession1", null);
        ParameterBinder b = bindWithInput(GetCimInstanceCommand.class, true, "-ClassName", "X");
        b.bindPipelineObject(session);
        assertEquals("ClassNameSessionSet", b.parameterSetName());
        assertArrayEquals(new CimSession[]{session}, (CimSession[]) b.boundParameters().get("CimSession"));
    }

    @Test
    void case30PortZeroIsBelowTheRange() {
        assertError("ParameterArgumentValidationError", NewPSSessionCommand.class, "-Port", 0);
    }

    @Test
    void aUserNameIsNotACredentialWithoutAPrompt() {
        ParameterBindingException e = assertThrows(ParameterBindingException.class,
                () -> bind(NewPSSessionCommand.class, "srv1", "-Credential", "admin"));
        assertEquals("ParameterArgumentTransformationError", e.errorId());
    }
}
