package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.bind;
import static org.jposh.interpreter.commands.BinderTestSupport.param;
import static org.jposh.interpreter.commands.BinderTestSupport.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.junit.jupiter.api.Test;

/** What the binder knows of a command, from annotations or from data (binder.md section 0). */
class CommandMetadataTest {

    private static ParameterMetadata parameter(CommandMetadata command, String name) {
        return command.parameters().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
    }

    /**
     * Sets in order of appearance: "First", then the default "Second", then "Third"; Shared is in all of
     * them, Names in two.
     */
    @SuppressWarnings("unused")
    @Cmdlet(verb = "Test", noun = "Sets", defaultParameterSetName = "Second")
    static final class TestSetsCommand extends PSCmdlet {
        @Parameter(parameterSetName = "First", mandatory = true)
        private String first;

        @Parameter(parameterSetName = "Second")
        @Parameter(parameterSetName = "Third", mandatory = true)
        private String[] names;

        @Parameter
        private String shared;

        @Parameter(parameterSetName = "Third")
        private UUID[] ids;

        @Parameter(parameterSetName = "Third")
        private Holder[] holders;
    }

    /** What a derived cmdlet inherits, as Disconnect-PSSession's base class gives it ComputerName. */
    @SuppressWarnings("unused")
    abstract static class TestBaseCommand extends PSCmdlet {
        @Parameter(position = 0, mandatory = true)
        private String[] computerName;
    }

    /** Hides the inherited ComputerName by redeclaring the field without [Parameter]. */
    @SuppressWarnings("unused")
    @Cmdlet(verb = "Disconnect", noun = "Thing", supportsShouldProcess = true)
    static final class DisconnectThingCommand extends TestBaseCommand {
        private String[] computerName;

        @Parameter(position = 0)
        private int[] id;
    }

    @Test
    void metadataIsReadOncePerClass() {
        assertSame(CommandMetadata.of(TestSetsCommand.class), CommandMetadata.of(TestSetsCommand.class));
    }

    @Test
    void defaultSetTakesTheFirstBitThenSetsInOrderOfAppearance() {
        CommandMetadata command = CommandMetadata.of(TestSetsCommand.class);
        assertEquals(3, command.parameterSetCount());
        assertEquals("Second", command.parameterSetName(1));
        assertEquals("First", command.parameterSetName(2));
        assertEquals("Third", command.parameterSetName(4));
        assertEquals("", command.parameterSetName(3));
        assertEquals("Second", command.parameterSetName(CommandMetadata.ALL_SETS));
        ParameterMetadata names = parameter(command, "Names");
        assertEquals(2, names.parameterSetData().size());
        assertTrue(names.isMandatoryInSomeParameterSet());
        ParameterMetadata shared = parameter(command, "Shared");
        assertTrue(shared.isInAllSets());
        assertEquals(0, shared.parameterSetFlags());
    }

    @Test
    void commonParametersFollowTheDeclaredOnes() {
        CommandMetadata command = CommandMetadata.of(DisconnectThingCommand.class);
        List<String> names = command.parameters().stream()
                .filter(p -> p.association() != ParameterMetadata.Association.DECLARED).map(ParameterMetadata::name)
                .toList();
        assertEquals(List.of("Verbose", "Debug", "ErrorAction", "WarningAction", "InformationAction", "ProgressAction",
                "ErrorVariable", "WarningVariable", "InformationVariable", "OutVariable", "OutBuffer",
                "PipelineVariable", "WhatIf", "Confirm"), names);
        assertEquals(List.of("wi"), parameter(command, "WhatIf").aliases());
        assertEquals("System.Management.Automation.SwitchParameter", parameter(command, "Verbose").typeName());
    }

    @Test
    void redeclaringAFieldWithoutParameterHidesIt() {
        CommandMetadata command = CommandMetadata.of(DisconnectThingCommand.class);
        assertTrue(command.parameters().stream().noneMatch(p -> p.name().equals("ComputerName")));
        assertEquals("Microsoft.PowerShell.Commands.DisconnectThingCommand", command.implementingTypeName());
    }

    // paramsets.md case 25 (Disconnect-PSSession -ComputerName x)
    @Test
    void hiddenParameterIsNotFound() {
        assertBindingError("NamedParameterNotFound", "A parameter cannot be found that matches parameter name "
                + "'ComputerName'.", () -> bind(DisconnectThingCommand.class, param("ComputerName"), pos("x")));
    }

    @Test
    void parameterTypesDescribeCollections() {
        CommandMetadata command = CommandMetadata.of(TestSetsCommand.class);
        ParameterMetadata holders = parameter(command, "Holders");
        assertEquals(ParameterMetadata.CollectionKind.ARRAY, holders.collectionKind());
        assertEquals(Holder.class, holders.elementType());
        assertEquals("org.jposh.interpreter.commands.CommandMetadataTest$Holder[]", holders.typeName());
        assertEquals("System.String[]", parameter(command, "Names").typeName());
        assertEquals("System.Guid[]", parameter(command, "Ids").typeName());
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
