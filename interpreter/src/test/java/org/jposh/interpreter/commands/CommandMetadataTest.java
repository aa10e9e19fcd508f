package org.jposh.interpreter.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jposh.interpreter.commands.SessionCmdlets.DisconnectPSSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.InvokeCommandCommand;
import org.jposh.interpreter.commands.SessionCmdlets.NewPSSessionCommand;
import org.jposh.interpreter.commands.SessionCmdlets.RemovePSSessionCommand;
import org.jposh.interpreter.commands.SessionTypes.PSSession;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.junit.jupiter.api.Test;

/** What the binder knows of a command, from annotations or from data (binder.md section 0). */
class CommandMetadataTest {

    private static ParameterMetadata parameter(CommandMetadata command, String name) {
        return command.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    @Test
    void metadataIsReadOncePerClass() {
        assertSame(CommandMetadata.of(NewPSSessionCommand.class), CommandMetadata.of(NewPSSessionCommand.class));
    }

    @Test
    void defaultSetTakesTheFirstBitThenSetsInOrderOfAppearance() {
        CommandMetadata command = CommandMetadata.of(NewPSSessionCommand.class);
        assertEquals(9, command.parameterSetCount());
        assertEquals("ComputerName", command.parameterSetName(1));
        assertEquals("Session", command.parameterSetName(2));
        assertEquals("VMId", command.parameterSetName(4));
        assertEquals("", command.parameterSetName(3));
        assertEquals("ComputerName", command.parameterSetName(CommandMetadata.ALL_SETS));
        ParameterMetadata credential = parameter(command, "Credential");
        assertEquals(4, credential.parameterSetData().size());
        assertTrue(credential.isMandatoryInSomeParameterSet());
        ParameterMetadata name = parameter(command, "Name");
        assertTrue(name.isInAllSets());
        assertEquals(0, name.parameterSetFlags());
    }

    @Test
    void commonParametersFollowTheDeclaredOnes() {
        List<String> names = CommandMetadata.of(RemovePSSessionCommand.class).parameters().stream()
                .filter(p -> p.association() != ParameterMetadata.Association.DECLARED).map(ParameterMetadata::name)
                .toList();
        assertEquals(List.of("Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction",
                "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer",
                "PipelineVariable", "WhatIf", "Confirm"), names);
        assertEquals(List.of("wi"), parameter(CommandMetadata.of(RemovePSSessionCommand.class), "WhatIf").aliases());
        assertEquals("System.Management.Automation.SwitchParameter",
                parameter(CommandMetadata.of(RemovePSSessionCommand.class), "Verbose").typeName());
    }

    @Test
    void redeclaringAFieldWithoutParameterHidesIt() {
        CommandMetadata command = CommandMetadata.of(DisconnectPSSessionCommand.class);
        assertTrue(command.parameters().stream().noneMatch(p -> p.name().equals("ComputerName")));
        assertEquals("Microsoft.PowerShell.Commands.DisconnectPSSessionCommand", command.implementingTypeName());
    }

    @Test
    void parameterTypesDescribeCollections() {
        CommandMetadata command = CommandMetadata.of(InvokeCommandCommand.class);
        ParameterMetadata session = parameter(command, "Session");
        assertEquals(ParameterMetadata.CollectionKind.ARRAY, session.collectionKind());
        assertEquals(PSSession.class, session.elementType());
        assertEquals("org.jposh.interpreter.commands.SessionTypes$PSSession[]", session.typeName());
        assertEquals("System.String[]", parameter(command, "ComputerName").typeName());
        assertEquals("System.Guid[]", parameter(command, "VMId").typeName());
    }

    @Test
    void duplicateNamesAndAliasesAreMetadataErrors() {
        PSRuntimeException name = assertThrows(PSRuntimeException.class, () -> CommandMetadata.builder("f")
                .parameter(ParameterMetadata.builder("Verbose", Object.class)).build());
        assertEquals("ParameterNameAlreadyExistsForCommand", name.errorId());
        assertEquals(ErrorCategory.MetadataError, name.category());
        assertEquals("A parameter with the name 'Verbose' was defined multiple times for the command.", name.getMessage());

        PSRuntimeException alias = assertThrows(PSRuntimeException.class, () -> CommandMetadata.builder("f")
                .parameter(ParameterMetadata.builder("A", Object.class).alias("x"))
                .parameter(ParameterMetadata.builder("B", Object.class).alias("X")).build());
        assertEquals("AliasParameterNameAlreadyExistsForCommand", alias.errorId());

        PSRuntimeException commonAlias = assertThrows(PSRuntimeException.class, () -> CommandMetadata.builder("f")
                .parameter(ParameterMetadata.builder("A", Object.class).alias("ea")).build());
        assertEquals("The parameter alias cannot be specified because an alias with the name 'ea' was already defined "
                + "multiple times for the command.", commonAlias.getMessage());

        PSRuntimeException conflict = assertThrows(PSRuntimeException.class, () -> CommandMetadata.builder("f")
                .parameter(ParameterMetadata.builder("A", Object.class).alias("ErrorAction")).build());
        assertEquals("The parameter 'ErrorAction' cannot be specified because it conflicts with the parameter alias of "
                + "the same name for parameter 'A'.", conflict.getMessage());

        PSRuntimeException twice = assertThrows(PSRuntimeException.class, () -> CommandMetadata.builder("f")
                .parameter(ParameterMetadata.builder("A", Object.class)
                        .attribute(ParameterAttribute.DEFAULT.withParameterSetName("s"))
                        .attribute(ParameterAttribute.DEFAULT.withParameterSetName("s"))).build());
        assertEquals("The parameter \"A\" is declared in parameter-set \"s\" multiple times.", twice.getMessage());
    }

    @Test
    void automaticPositionsSkipSwitchesAndYieldToDeclaredOnes() {
        CommandMetadata automatic = CommandMetadata.builder("f").automaticPositions(true)
                .parameter(ParameterMetadata.builder("a", Object.class))
                .parameter(ParameterMetadata.builder("s", boolean.class))
                .parameter(ParameterMetadata.builder("b", Object.class)).build();
        assertEquals(0, parameter(automatic, "a").parameterSetData().getFirst().position());
        assertEquals(Parameter.NAMED, parameter(automatic, "s").parameterSetData().getFirst().position());
        assertEquals(1, parameter(automatic, "b").parameterSetData().getFirst().position());

        CommandMetadata declared = CommandMetadata.builder("f").automaticPositions(true)
                .parameter(ParameterMetadata.builder("a", Object.class))
                .parameter(ParameterMetadata.builder("b", Object.class)
                        .attribute(ParameterAttribute.DEFAULT.withParameterSetName("x"))).build();
        assertEquals(Parameter.NAMED, parameter(declared, "a").parameterSetData().getFirst().position());
    }

    @Test
    void functionWithoutCommonParameters() {
        CommandMetadata simple = CommandMetadata.builder("f").commonParameters(false)
                .parameter(ParameterMetadata.builder("a", Object.class)).build();
        assertEquals(1, simple.parameters().size());
        assertEquals("f", simple.implementingTypeName());
        assertEquals(0, simple.parameterSetCount());
    }

    /**
     * A record component and a getter are properties of pipeline objects in a running session, as are
     * a PSObject's note properties and the adapted properties of .NET types.
     */
    public record Item(String name, int size) {
        public boolean isHidden() {
            return true;
        }
    }

    @Test
    void sessionServicesReadRecordComponentsAndGetters() {
        SessionBindingServices services = new SessionBindingServices(null, null, null);
        Item item = new Item("n", 3);
        assertEquals("n", services.property(item, "NAME"));
        assertEquals(3, services.property(item, "Size"));
        assertEquals(true, services.property(item, "hidden"));
        assertSame(BindingServices.NO_PROPERTY, services.property(item, "missing"));
        assertEquals(4, services.property("text", "Length"));
        PSObject withNote = new PSObject("text");
        withNote.setNoteProperty("PSPath", "p");
        assertEquals("p", services.property(withNote, "pspath"));
        assertEquals(4, services.property(withNote, "Length"));
        assertSame(BindingServices.NO_PROPERTY, services.property(withNote, "missing"));
        assertNotNull(services);
        assertNull(services.property(new Holder(null), "value"));
    }

    public static final class Holder {
        private final Object value;

        public Holder(Object value) {
            this.value = value;
        }

        public Object getValue() {
            return value;
        }
    }
}
