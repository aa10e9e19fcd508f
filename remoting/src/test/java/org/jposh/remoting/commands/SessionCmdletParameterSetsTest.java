package org.jposh.remoting.commands;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.OutputStream;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.host.FieldDescription;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.remoting.cim.CimSession;
import org.jposh.remoting.cim.commands.GetCimInstanceCommand;
import org.jposh.remoting.cim.commands.NewCimSessionCommand;
import org.junit.jupiter.api.Test;

/**
 * The derived binder cases of /work/shared/spec/paramsets.md against the real session cmdlets (the CIM
 * cases against the CIM cmdlets), with their error ids and messages. Each test is named after its case
 * number. Cases 24 and 25 (Receive-PSSession, Disconnect-PSSession) wait for those cmdlets; the binder
 * mechanics they rely on are checked in interpreter's tests with cmdlets of their own.
 */
class SessionCmdletParameterSetsTest {
    private static final String AMBIGUOUS = "AmbiguousParameterSet";
    private static final String AMBIGUOUS_MESSAGE = "Parameter set cannot be resolved using the specified named "
            + "parameters. One or more parameters issued cannot be used together or an insufficient number of "
            + "parameters were provided.";
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
    private static class Services implements BindingServices {
        @Override
        public PSHost host() {
            return null;
        }

        @Override
        public Object property(Object target, String name) {
            return NO_PROPERTY;
        }
    }

    /** A host that answers the mandatory-parameter prompt with the values given, and records the question. */
    private static final class PromptingServices extends Services {
        private final Map<String, Object> answers;
        private String caption;
        private List<FieldDescription> fields;

        PromptingServices(Map<String, Object> answers) {
            this.answers = answers;
        }

        @Override
        public Map<String, Object> promptForMandatoryParameters(String caption, String message,
                                                               List<FieldDescription> fields) {
            this.caption = caption + "|" + message;
            this.fields = fields;
            return answers;
        }
    }

    private static ParameterBinder bindWith(BindingServices services, boolean expectingInput,
                                            Class<? extends PSCmdlet> type, Object... line) {
        CommandMetadata metadata = CommandMetadata.of(type);
        PSCmdlet cmdlet;
        try {
            cmdlet = type.getDeclaredConstructor().newInstance();
        } catch (ReflectiveOperationException e) {
            throw new AssertionError(e);
        }
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(metadata, 1, expectingInput),
                BindingTarget.fieldsOf(cmdlet), services);
        CommandArgument[] arguments = new CommandArgument[line.length];
        for (int i = 0; i < line.length; i++) {
            arguments[i] = line[i] instanceof CommandArgument given ? given
                    : line[i] instanceof String s && s.startsWith("-") && s.length() > 1
                    ? CommandArgument.parameter(s.substring(1), null) : CommandArgument.positional(line[i], null);
        }
        binder.bindCommandLine(List.of(arguments));
        return binder;
    }

    private static ParameterBinder bindWithInput(Class<? extends PSCmdlet> type, Object... line) {
        return bindWith(new Services(), true, type, line);
    }

    private static ParameterBinder bind(Class<? extends PSCmdlet> type, Object... line) {
        return bindWith(new Services(), false, type, line);
    }

    /** Asserts the binding error's id, and its message unless null; returns it for further checks. */
    private static ParameterBindingException assertError(String errorId, String message, Class<? extends PSCmdlet> type,
                                                         Object... line) {
        ParameterBindingException e = assertThrows(ParameterBindingException.class, () -> bind(type, line));
        assertEquals(errorId, e.errorId(), e::getMessage);
        if (message != null) {
            assertEquals(message, e.getMessage());
        }
        return e;
    }

    private static String missingMandatory(String names) {
        return "Cannot process command because of one or more missing mandatory parameters: " + names + ".";
    }

    private static ParameterMetadata parameter(Class<? extends PSCmdlet> type, String name) {
        return CommandMetadata.of(type).parameters().stream().filter(p -> p.name().equals(name)).findFirst()
                .orElseThrow();
    }

    /** The sets of paramsets.md's New-PSSession table, the default one first. */
    @Test
    void newPSSessionDeclaresItsNineSets() {
        CommandMetadata command = CommandMetadata.of(NewPSSessionCommand.class);
        assertEquals("ComputerName", command.parameterSetNames().getFirst());
        assertEquals(Set.of("ComputerName", "Session", "Uri", "VMId", "VMName", "ContainerId",
                "UseWindowsPowerShellParameterSet", "SSHHost", "SSHHostHashParam"),
                Set.copyOf(command.parameterSetNames()));
        assertEquals(9, command.parameterSetCount());
        ParameterMetadata credential = parameter(NewPSSessionCommand.class, "Credential");
        assertEquals(4, credential.parameterSetData().size());
        assertTrue(credential.isMandatoryInSomeParameterSet());
        assertTrue(parameter(NewPSSessionCommand.class, "Name").isInAllSets());
    }

    @Test
    void invokeCommandTakesArraysOfSessionsNamesAndIds() {
        assertEquals(PSSession[].class, parameter(InvokeCommandCommand.class, "Session").type());
        assertEquals("System.String[]", parameter(InvokeCommandCommand.class, "ComputerName").typeName());
        assertEquals("System.Guid[]", parameter(InvokeCommandCommand.class, "VMId").typeName());
    }

    @Test
    void case01NewPSSessionAloneUsesTheDefaultSet() {
        ParameterBinder b = bind(NewPSSessionCommand.class);
        assertEquals("ComputerName", b.parameterSetName());
        assertTrue(b.boundParameters().isEmpty());
    }

    @Test
    void case02PositionalStringBindsComputerName() {
        ParameterBinder b = bind(NewPSSessionCommand.class, "srv1");
        assertEquals("ComputerName", b.parameterSetName());
        assertArrayEquals(new String[]{"srv1"}, (String[]) b.boundParameters().get("ComputerName"));
        assertTrue(b.boundPositionally().contains("ComputerName"));
    }

    @Test
    void case03HostNameWithUserNameIsSshHost() {
        ParameterBinder b = bind(NewPSSessionCommand.class, "-HostName", "h", "-UserName", "u");
        assertEquals("SSHHost", b.parameterSetName());
        assertArrayEquals(new String[]{"h"}, (String[]) b.boundParameters().get("HostName"));
        assertEquals("u", b.boundParameters().get("UserName"));
    }

    @Test
    void case04HostNameWithCredentialIsAmbiguous() {
        ParameterBindingException e = assertError(AMBIGUOUS, AMBIGUOUS_MESSAGE, NewPSSessionCommand.class,
                "-HostName", "h", "-Credential", CREDENTIAL);
        assertEquals("AmbiguousParameterSet,Microsoft.PowerShell.Commands.NewPSSessionCommand",
                e.fullyQualifiedErrorId(CommandMetadata.of(NewPSSessionCommand.class)));
    }

    @Test
    void case05VMNameMissesCredential() {
        assertError("MissingMandatoryParameter", missingMandatory("Credential"), NewPSSessionCommand.class,
                "-VMName", "v");
    }

    @Test
    void case05VMNamePromptsForCredentialWhenTheHostCan() {
        PromptingServices host = new PromptingServices(Map.of("Credential", CREDENTIAL));
        ParameterBinder b = bindWith(host, false, NewPSSessionCommand.class, "-VMName", "v");
        assertEquals("VMName", b.parameterSetName());
        assertSame(CREDENTIAL, b.boundParameters().get("Credential"));
        assertEquals("cmdlet New-PSSession at command pipeline position 1|Supply values for the following "
                + "parameters:", host.caption);
        assertEquals(List.of(new FieldDescription("Credential",
                parameter(NewPSSessionCommand.class, "Credential").typeName(), "")), host.fields);
    }

    @Test
    void case06PrefixOfSeveralParametersIsAmbiguous() {
        assertError("AmbiguousParameter", "Parameter cannot be processed because the parameter name 'C' is ambiguous. "
                + "Possible matches include: -ComputerName -Credential -ContainerId -ConnectionUri "
                + "-CertificateThumbprint -ConnectingTimeout -ConfigurationName.", NewPSSessionCommand.class,
                "-C", "x");
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
        ParameterBinder b = bindWithInput(NewPSSessionCommand.class);
        b.bindPipelineObject("a");
        assertEquals("ComputerName", b.parameterSetName());
        assertArrayEquals(new String[]{"a"}, (String[]) b.boundParameters().get("ComputerName"));
        b.bindPipelineObject("b");
        assertArrayEquals(new String[]{"b"}, (String[]) b.boundParameters().get("ComputerName"));
    }

    @Test
    void case09SwitchBoundToFalseSelectsItsSet() {
        ParameterBinder b = bind(NewPSSessionCommand.class, CommandArgument.named("UseWindowsPowerShell", false, null));
        assertEquals("UseWindowsPowerShellParameterSet", b.parameterSetName());
        assertEquals(false, b.boundParameters().get("UseWindowsPowerShell"));
    }

    @Test
    void case10SshTransportFalseFailsValidateSet() {
        ParameterBindingException e = assertError("ParameterArgumentValidationError", "Cannot validate argument on "
                        + "parameter 'SSHTransport'. The argument \"False\" does not belong to the set \"true\" "
                        + "specified by the ValidateSet attribute. Supply an argument that is in the set and then try "
                        + "the command again.", NewPSSessionCommand.class, "-HostName", "h",
                CommandArgument.named("SSHTransport", false, null));
        assertEquals(ParameterBindingException.Kind.VALIDATION, e.kind());
    }

    @Test
    void case11EnterPSSessionAloneMissesComputerName() {
        assertError("MissingMandatoryParameter", missingMandatory("ComputerName"), EnterPSSessionCommand.class);
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
        assertEquals("SSHHost", bind(EnterPSSessionCommand.class, "-HostName", "h", "-UserName", "u")
                .parameterSetName());
        // -KeyFilePath exists only in SSHHost, so the positional word is its HostName (a scalar here).
        assertEquals("SSHHost", b.parameterSetName());
        assertEquals("h", b.boundParameters().get("HostName"));
        assertError("ParameterArgumentValidationError", null, EnterPSSessionCommand.class, "-HostName", "h",
                CommandArgument.named("SSHTransport", false, null));
        assertError("NamedParameterNotFound", "A parameter cannot be found that matches parameter name "
                + "'SSHConnection'.", EnterPSSessionCommand.class, "-SSHConnection", "x");
    }

    @Test
    void enterPSSessionCredentialIsSecondInTheVMIdSet() {
        UUID g = UUID.randomUUID();
        ParameterBinder b = bind(EnterPSSessionCommand.class, g, CREDENTIAL);
        assertEquals("VMId", b.parameterSetName());
        assertEquals(g, b.boundParameters().get("VMId"));
        assertSame(CREDENTIAL, b.boundParameters().get("Credential"));
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
        assertError(AMBIGUOUS, AMBIGUOUS_MESSAGE, GetPSSessionCommand.class, "-Name", "a", "-Id", 1);
    }

    @Test
    void case16ComputerNameWithInstanceIdIsComputerInstanceId() {
        UUID g = UUID.randomUUID();
        ParameterBinder b = bind(GetPSSessionCommand.class, "-ComputerName", "s", "-InstanceId", g);
        assertEquals("ComputerInstanceId", b.parameterSetName());
        assertArrayEquals(new UUID[]{g}, (UUID[]) b.boundParameters().get("InstanceId"));
    }

    @Test
    void case17RemovePSSessionMissesId() {
        assertError("MissingMandatoryParameter", missingMandatory("Id"), RemovePSSessionCommand.class);
    }

    @Test
    void case18PipedSessionsBindSession() {
        PSSession session = new PSSession(1, "s1", null, null, null);
        ParameterBinder b = bindWithInput(RemovePSSessionCommand.class);
        b.bindPipelineObject(session);
        assertEquals("Session", b.parameterSetName());
        assertArrayEquals(new PSSession[]{session}, (PSSession[]) b.boundParameters().get("Session"));
    }

    @Test
    void removePSSessionHasWhatIfAndConfirm() {
        ParameterBinder b = bind(RemovePSSessionCommand.class, 1, "-WhatIf");
        assertEquals(true, b.commonParameters().whatIf());
        assertNull(b.commonParameters().confirm());
        assertError("NamedParameterNotFound", null, GetPSSessionCommand.class, "-WhatIf");
    }

    @Test
    void case19ScriptBlockAloneIsInProcess() {
        ParameterBinder b = bind(InvokeCommandCommand.class, BLOCK);
        assertEquals("InProcess", b.parameterSetName());
        assertSame(BLOCK, b.boundParameters().get("ScriptBlock"));
    }

    @Test
    void case20ComputerNameThenScriptBlock() {
        ParameterBinder b = bind(InvokeCommandCommand.class, "srv1", BLOCK);
        assertEquals("ComputerName", b.parameterSetName());
        assertArrayEquals(new String[]{"srv1"}, (String[]) b.boundParameters().get("ComputerName"));
        assertSame(BLOCK, b.boundParameters().get("ScriptBlock"));
    }

    @Test
    void case21ScriptBlockTakesTheFirstPositionOfSshHost() {
        ParameterBinder b = bind(InvokeCommandCommand.class, "-HostName", "h", BLOCK);
        assertEquals("SSHHost", b.parameterSetName());
        assertSame(BLOCK, b.boundParameters().get("ScriptBlock"));
    }

    @Test
    void case22ThrottleLimitIsNotInTheSshSets() {
        assertError(AMBIGUOUS, AMBIGUOUS_MESSAGE, InvokeCommandCommand.class, "-HostName", "h", "-ThrottleLimit", 5,
                BLOCK);
    }

    @Test
    void case23FilePathIsAmbiguous() {
        assertError(AMBIGUOUS, AMBIGUOUS_MESSAGE, InvokeCommandCommand.class, "-FilePath", "x.ps1");
    }

    @Test
    void case26MaximumRedirectionExistsInJPosh() {
        assertEquals(1, bind(NewPSSessionOptionCommand.class, "-MaximumRedirection", 1).boundParameters()
                .get("MaximumRedirection"));
    }

    @Test
    void case27CredentialWithCertificateThumbprintIsAmbiguous() {
        assertError(AMBIGUOUS, AMBIGUOUS_MESSAGE, NewCimSessionCommand.class, "-Credential", CREDENTIAL,
                "-CertificateThumbprint", "t");
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
        ParameterBinder b = bindWithInput(GetCimInstanceCommand.class, "-ClassName", "X");
        b.bindPipelineObject(session);
        assertEquals("ClassNameSessionSet", b.parameterSetName());
        assertArrayEquals(new CimSession[]{session}, (CimSession[]) b.boundParameters().get("CimSession"));
    }

    @Test
    void pipedObjectWithoutMatchingPropertyIsNotBound() {
        ParameterBinder b = bindWithInput(GetCimInstanceCommand.class, "-ClassName", "X");
        ParameterBindingException e = assertThrows(ParameterBindingException.class, () -> b.bindPipelineObject(42));
        assertEquals("InputObjectNotBound", e.errorId());
        assertEquals("The input object cannot be bound to any parameters for the command either because the command "
                + "does not take pipeline input or the input and its properties do not match any of the parameters "
                + "that take pipeline input.", e.getMessage());
        CommandMetadata command = CommandMetadata.of(GetCimInstanceCommand.class);
        assertEquals("InputObjectNotBound,Microsoft.Management.Infrastructure.CimCmdlets.GetCimInstanceCommand",
                e.toErrorRecord(command, 42, null).fullyQualifiedErrorId());
        assertEquals(42, e.toErrorRecord(command, 42, null).targetObject());
        assertFalse(b.boundParameters().containsKey("CimSession"));
    }

    @Test
    void case30PortZeroIsBelowTheRange() {
        assertError("ParameterArgumentValidationError", "Cannot validate argument on parameter 'Port'. The 0 argument "
                + "is less than the minimum allowed range of 1. Supply an argument that is greater than or equal to 1 "
                + "and then try the command again.", NewPSSessionCommand.class, "-Port", 0);
    }

    @Test
    void aUserNameIsNotACredentialWithoutAPrompt() {
        ParameterBindingException e = assertError("ParameterArgumentTransformationError", "Cannot process argument "
                        + "transformation on parameter 'Credential'. A credential for \"admin\" needs a password, and "
                        + "this host cannot prompt for one. Pass a PSCredential object instead.",
                NewPSSessionCommand.class, "srv1", "-Credential", "admin");
        assertEquals(ParameterBindingException.Kind.TRANSFORMATION, e.kind());
    }

    /**
     * pwsh's [Credential()] fails a value that is neither a credential nor a string with "userName" after
     * this prefix; JPosh says which conversion failed.
     */
    @Test
    void credentialTransformationFailureIsATransformationError() {
        ParameterBindingException e = assertError("ParameterArgumentTransformationError", null,
                NewPSSessionCommand.class, "-Credential", 42);
        assertEquals(ParameterBindingException.Kind.TRANSFORMATION, e.kind());
        assertTrue(e.getMessage().startsWith("Cannot process argument transformation on parameter 'Credential'. "),
                e::getMessage);
    }
}
