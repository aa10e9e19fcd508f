package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.bind;
import static org.jposh.interpreter.commands.BinderTestSupport.bindWithInput;
import static org.jposh.interpreter.commands.BinderTestSupport.named;
import static org.jposh.interpreter.commands.BinderTestSupport.param;
import static org.jposh.interpreter.commands.BinderTestSupport.pos;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.interpreter.commands.BinderTestSupport.Bound;
import org.jposh.interpreter.commands.BinderTestSupport.TestScriptBlock;
import org.jposh.interpreter.commands.BinderTestSupport.TestServices;
import org.jposh.interpreter.commands.SessionCmdlets.DisconnectPSSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.EnterPSSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.GetCimInstanceCommand;
import org.jposh.interpreter.commands.SessionCmdlets.GetPSSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.InvokeCommandCommand;
import org.jposh.interpreter.commands.SessionCmdlets.NewCimSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.NewPSSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.NewPSSessionOptionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.ReceivePSSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.RemovePSSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.UnixNewPSSessionOptionCommand;
import org.jposh.interpreter.commands.SessionTypes.CimSession;
import org.jposh.interpreter.commands.SessionTypes.PSCredential;
import org.jposh.interpreter.commands.SessionTypes.PSSession;
import org.jposh.interpreter.host.FieldDescription;
import org.junit.jupiter.api.Test;

/**
 * The 30 derived cases of /work/shared/spec/paramsets.md ("Derived binder test cases"), against cmdlets
 * declaring the metadata that file lists. Each test is named after its case number.
 */
class SessionCmdletBindingTest {
    private static final String AMBIGUOUS_PARAMETER_SET = "Parameter set cannot be resolved using the specified "
            + "named parameters. One or more parameters issued cannot be used together or an insufficient number "
            + "of parameters were provided.";
    private static final PSCredential CREDENTIAL = new PSCredential("user");
    private static final TestScriptBlock ONE = new TestScriptBlock(" 1 ", input -> List.of(1));

    @Test
    void case01NewPSSessionAloneUsesTheDefaultSet() {
        Bound<?> b = bind(NewPSSessionCommand.class);
        assertEquals("ComputerName", b.parameterSetName());
        assertTrue(b.binder().boundParameters().isEmpty());
    }

    @Test
    void case02PositionalStringBindsComputerNameInTheDefaultSet() {
        Bound<?> b = bind(NewPSSessionCommand.class, pos("srv1"));
        assertEquals("ComputerName", b.parameterSetName());
        assertArrayEquals(new String[]{"srv1"}, (String[]) b.value("ComputerName"));
        assertTrue(b.binder().boundPositionally().contains("ComputerName"));
    }

    @Test
    void case03HostNameWithUserNameIsSshHost() {
        Bound<?> b = bind(NewPSSessionCommand.class, param("HostName"), pos("h"), param("UserName"), pos("u"));
        assertEquals("SSHHost", b.parameterSetName());
        assertArrayEquals(new String[]{"h"}, (String[]) b.value("HostName"));
        assertEquals("u", b.value("UserName"));
    }

    @Test
    void case04HostNameWithCredentialIsAmbiguous() {
        ParameterBindingException e = assertBindingError("AmbiguousParameterSet", AMBIGUOUS_PARAMETER_SET,
                () -> bind(NewPSSessionCommand.class, param("HostName"), pos("h"), param("Credential"),
                        pos(CREDENTIAL)));
        assertEquals("AmbiguousParameterSet,Microsoft.PowerShell.Commands.NewPSSessionCommand",
                e.fullyQualifiedErrorId(CommandMetadata.of(NewPSSessionCommand.class)));
    }

    @Test
    void case05VMNameMissesItsMandatoryCredential() {
        assertBindingError("MissingMandatoryParameter",
                "Cannot process command because of one or more missing mandatory parameters: Credential.",
                () -> bind(NewPSSessionCommand.class, param("VMName"), pos("v")));
    }

    @Test
    void case05VMNamePromptsForCredentialWhenTheHostCan() {
        TestServices host = new TestServices(Map.of("Credential", "someone"));
        Bound<?> b = BinderTestSupport.bind(NewPSSessionCommand.class, false, host, param("VMName"), pos("v"));
        assertEquals("VMName", b.parameterSetName());
        assertEquals(new PSCredential("someone"), b.value("Credential"));
        assertEquals("cmdlet New-PSSession at command pipeline position 1|Supply values for the following "
                + "parameters:", host.captions.getFirst());
        assertEquals(List.of(new FieldDescription("Credential",
                        "org.jposh.interpreter.commands.SessionTypes$PSCredential", "")), host.prompts.getFirst());
    }

    @Test
    void case06PrefixMatchingSeveralParametersIsAmbiguous() {
        assertBindingError("AmbiguousParameter", "Parameter cannot be processed because the parameter name 'C' is "
                        + "ambiguous. Possible matches include: -ComputerName -Credential -ContainerId -ConnectionUri "
                        + "-CertificateThumbprint -ConnectingTimeout -ConfigurationName.",
                () -> bind(NewPSSessionCommand.class, param("C"), pos("x")));
    }

    @Test
    void case07AliasesMatchExactly() {
        Bound<?> cn = bind(NewPSSessionCommand.class, param("Cn"), pos("x"));
        assertArrayEquals(new String[]{"x"}, (String[]) cn.value("ComputerName"));
        Bound<?> cu = bind(NewPSSessionCommand.class, param("CU"), pos("http://h/"));
        assertEquals("Uri", cu.parameterSetName());
        assertArrayEquals(new URI[]{URI.create("http://h/")}, (URI[]) cu.value("ConnectionUri"));
    }

    @Test
    void case08PipedStringsBindComputerNameByValue() {
        Bound<?> b = bindWithInput(NewPSSessionCommand.class);
        b.input("a");
        assertEquals("ComputerName", b.parameterSetName());
        assertArrayEquals(new String[]{"a"}, (String[]) b.value("ComputerName"));
        b.input("b");
        assertArrayEquals(new String[]{"b"}, (String[]) b.value("ComputerName"));
    }

    @Test
    void case09SwitchBoundToFalseStillSelectsItsSet() {
        Bound<?> b = bind(NewPSSessionCommand.class, named("UseWindowsPowerShell", false));
        assertEquals("UseWindowsPowerShellParameterSet", b.parameterSetName());
        assertEquals(false, b.value("UseWindowsPowerShell"));
    }

    @Test
    void case10SshTransportFalseFailsValidateSet() {
        ParameterBindingException e = assertBindingError("ParameterArgumentValidationError",
                "Cannot validate argument on parameter 'SSHTransport'. The argument \"False\" does not belong to the "
                        + "set \"true\" specified by the ValidateSet attribute. Supply an argument that is in the set "
                        + "and then try the command again.",
                () -> bind(NewPSSessionCommand.class, param("HostName"), pos("h"), named("SSHTransport", false)));
        assertEquals(ParameterBindingException.Kind.VALIDATION, e.kind());
    }

    @Test
    void case11EnterPSSessionMissesComputerNameOfTheDefaultSet() {
        assertBindingError("MissingMandatoryParameter",
                "Cannot process command because of one or more missing mandatory parameters: ComputerName.",
                () -> bind(EnterPSSessionCommand.class));
    }

    @Test
    void case12IntArgumentSkipsTheDefaultSetAndBindsId() {
        Bound<?> b = bind(EnterPSSessionCommand.class, pos(3));
        assertEquals("Id", b.parameterSetName());
        assertEquals(3, b.value("Id"));
    }

    @Test
    void case13GetPSSessionAloneUsesTheDefaultSet() {
        assertEquals("Name", bind(GetPSSessionCommand.class).parameterSetName());
    }

    @Test
    void case14IntArgumentBindsIdWithoutCoercion() {
        Bound<?> b = bind(GetPSSessionCommand.class, pos(1));
        assertEquals("Id", b.parameterSetName());
        assertArrayEquals(new int[]{1}, (int[]) b.value("Id"));
    }

    @Test
    void case15NameWithIdIsAmbiguous() {
        assertBindingError("AmbiguousParameterSet", AMBIGUOUS_PARAMETER_SET,
                () -> bind(GetPSSessionCommand.class, param("Name"), pos("a"), param("Id"), pos(1)));
    }

    @Test
    void case16ComputerNameWithInstanceIdIsComputerInstanceId() {
        UUID g = UUID.randomUUID();
        Bound<?> b = bind(GetPSSessionCommand.class, param("ComputerName"), pos("s"), param("InstanceId"), pos(g));
        assertEquals("ComputerInstanceId", b.parameterSetName());
        assertArrayEquals(new UUID[]{g}, (UUID[]) b.value("InstanceId"));
    }

    @Test
    void case17RemovePSSessionMissesIdOfTheDefaultSet() {
        assertBindingError("MissingMandatoryParameter",
                "Cannot process command because of one or more missing mandatory parameters: Id.",
                () -> bind(RemovePSSessionCommand.class));
    }

    @Test
    void case18PipedSessionsBindSessionByValue() {
        Bound<?> b = bindWithInput(RemovePSSessionCommand.class);
        PSSession session = new PSSession(1, "s1");
        b.input(session);
        assertEquals("Session", b.parameterSetName());
        assertArrayEquals(new PSSession[]{session}, (PSSession[]) b.value("Session"));
    }

    @Test
    void case19ScriptBlockAloneIsInProcess() {
        Bound<?> b = bind(InvokeCommandCommand.class, pos(ONE));
        assertEquals("InProcess", b.parameterSetName());
        assertEquals(ONE, b.value("ScriptBlock"));
    }

    @Test
    void case20ComputerNameThenScriptBlockIsComputerName() {
        Bound<?> b = bind(InvokeCommandCommand.class, pos("srv1"), pos(ONE));
        assertEquals("ComputerName", b.parameterSetName());
        assertArrayEquals(new String[]{"srv1"}, (String[]) b.value("ComputerName"));
        assertEquals(ONE, b.value("ScriptBlock"));
    }

    @Test
    void case21ScriptBlockTakesTheFirstPositionOfSshHost() {
        Bound<?> b = bind(InvokeCommandCommand.class, param("HostName"), pos("h"), pos(ONE));
        assertEquals("SSHHost", b.parameterSetName());
        assertEquals(ONE, b.value("ScriptBlock"));
    }

    @Test
    void case22ThrottleLimitIsNotInTheSshSets() {
        assertBindingError("AmbiguousParameterSet", AMBIGUOUS_PARAMETER_SET, () -> bind(InvokeCommandCommand.class,
                param("HostName"), pos("h"), param("ThrottleLimit"), pos(5), pos(ONE)));
    }

    @Test
    void case23FilePathLeavesThreeSetsWithoutMissingParameters() {
        assertBindingError("AmbiguousParameterSet", AMBIGUOUS_PARAMETER_SET,
                () -> bind(InvokeCommandCommand.class, param("FilePath"), pos("x.ps1")));
    }

    @Test
    void case24IntArgumentBindsReceivePSSessionId() {
        Bound<?> b = bind(ReceivePSSessionCommand.class, pos(3));
        assertEquals("Id", b.parameterSetName());
        assertEquals(3, b.value("Id"));
    }

    @Test
    void case25HiddenParameterIsNotFound() {
        assertBindingError("NamedParameterNotFound", "A parameter cannot be found that matches parameter name "
                + "'ComputerName'.", () -> bind(DisconnectPSSessionCommand.class, param("ComputerName"), pos("x")));
    }

    @Test
    void case26MaximumRedirectionExistsInJPoshButNotInPwshOnUnix() {
        Bound<?> b = bind(NewPSSessionOptionCommand.class, param("MaximumRedirection"), pos(1));
        assertEquals(1, b.value("MaximumRedirection"));
        assertBindingError("NamedParameterNotFound", "A parameter cannot be found that matches parameter name "
                        + "'MaximumRedirection'.",
                () -> bind(UnixNewPSSessionOptionCommand.class, param("MaximumRedirection"), pos(1)));
    }

    @Test
    void case27CredentialWithCertificateThumbprintIsAmbiguous() {
        assertBindingError("AmbiguousParameterSet", AMBIGUOUS_PARAMETER_SET, () -> bind(NewCimSessionCommand.class,
                param("Credential"), pos(CREDENTIAL), param("CertificateThumbprint"), pos("t")));
    }

    @Test
    void case28ClassNameIsTheDefaultComputerSet() {
        Bound<?> b = bind(GetCimInstanceCommand.class, pos("Win32_OperatingSystem"));
        assertEquals("ClassNameComputerSet", b.parameterSetName());
        assertEquals("Win32_OperatingSystem", b.value("ClassName"));
    }

    @Test
    void case29PipedCimSessionsSelectTheSessionSet() {
        Bound<?> b = bindWithInput(GetCimInstanceCommand.class, param("ClassName"), pos("X"));
        CimSession session = new CimSession();
        b.input(session);
        assertEquals("ClassNameSessionSet", b.parameterSetName());
        assertArrayEquals(new CimSession[]{session}, (CimSession[]) b.value("CimSession"));
    }

    @Test
    void case30PortZeroIsBelowTheRange() {
        assertBindingError("ParameterArgumentValidationError", "Cannot validate argument on parameter 'Port'. The 0 "
                        + "argument is less than the minimum allowed range of 1. Supply an argument that is greater "
                        + "than or equal to 1 and then try the command again.",
                () -> bind(NewPSSessionCommand.class, param("Port"), pos(0)));
    }

    @Test
    void credentialTransformationTurnsAUserNameIntoACredential() {
        Bound<?> b = bind(NewPSSessionCommand.class, pos("srv1"), param("Credential"), pos("admin"));
        assertEquals(new PSCredential("admin"), b.value("Credential"));
        assertEquals("ComputerName", b.parameterSetName());
    }

    @Test
    void credentialTransformationFailureIsATransformationError() {
        ParameterBindingException e = assertBindingError("ParameterArgumentTransformationError",
                "Cannot process argument transformation on parameter 'Credential'. Cannot convert the \"42\" value of "
                        + "type \"Integer\" to type \"PSCredential\".",
                () -> bind(NewPSSessionCommand.class, param("Credential"), pos(42)));
        assertEquals(ParameterBindingException.Kind.TRANSFORMATION, e.kind());
    }

    @Test
    void enterPSSessionCredentialIsSecondInTheVMIdSet() {
        UUID g = UUID.randomUUID();
        Bound<?> b = bind(EnterPSSessionCommand.class, pos(g), pos(CREDENTIAL));
        assertEquals("VMId", b.parameterSetName());
        assertEquals(g, b.value("VMId"));
        assertEquals(CREDENTIAL, b.value("Credential"));
    }

    @Test
    void removePSSessionHasWhatIfAndConfirm() {
        Bound<?> b = bind(RemovePSSessionCommand.class, pos(1), param("WhatIf"));
        assertEquals(true, b.binder().commonParameters().whatIf());
        assertNull(b.binder().commonParameters().confirm());
        assertBindingError("NamedParameterNotFound", null, () -> bind(GetPSSessionCommand.class, param("WhatIf")));
    }

    @Test
    void pipedObjectWithoutMatchingPropertyIsNotBound() {
        Bound<?> b = bindWithInput(GetCimInstanceCommand.class, param("ClassName"), pos("X"));
        ParameterBindingException e = assertBindingError("InputObjectNotBound", "The input object cannot be bound to "
                + "any parameters for the command either because the command does not take pipeline input or the "
                + "input and its properties do not match any of the parameters that take pipeline input.",
                () -> b.input(42));
        assertEquals("InputObjectNotBound,Microsoft.PowerShell.Commands.GetCimInstanceCommand",
                e.toErrorRecord(CommandMetadata.of(GetCimInstanceCommand.class), 42, null).fullyQualifiedErrorId());
        assertEquals(42, e.toErrorRecord(CommandMetadata.of(GetCimInstanceCommand.class), 42, null).targetObject());
        assertFalse(b.binder().boundParameters().containsKey("CimSession"));
    }
}
