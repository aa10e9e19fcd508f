package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.named;
import static org.jposh.interpreter.commands.BinderTestSupport.pos;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jposh.interpreter.commands.BinderTestSupport.TestScriptBlock;
import org.jposh.interpreter.commands.BinderTestSupport.TestServices;
import org.jposh.interpreter.commands.BinderTestSupport.VariableTarget;
import org.jposh.interpreter.runtime.PSObject;
import org.junit.jupiter.api.Test;

/**
 * $PSDefaultParameterValues in the binder (binder spec 1.5, 3.3, 6.4): where in the algorithm the
 * defaults apply, and that a parameter set must still admit them.
 */
class DefaultParameterValuesTest {
    private static final ParameterAttribute ATTRIBUTE = ParameterAttribute.DEFAULT;

    /** Services whose caller has these $PSDefaultParameterValues, collecting the warnings written. */
    private static final class DefaultsServices extends TestServices {
        final Map<Object, Object> dictionary = new LinkedHashMap<>();
        final List<String> aliases = new ArrayList<>();
        final List<String> warnings = new ArrayList<>();

        DefaultsServices(Object... keysAndValues) {
            for (int i = 0; i < keysAndValues.length; i += 2) {
                dictionary.put(keysAndValues[i], keysAndValues[i + 1]);
            }
        }

        @Override
        public Map<?, ?> defaultParameterValues() {
            return dictionary;
        }

        @Override
        public List<String> aliasesOf(String commandName) {
            return aliases;
        }

        @Override
        public void writeWarning(String message, CommonParameters common) {
            warnings.add(message);
        }
    }

    private record Call(ParameterBinder binder, VariableTarget target) {
        Object get(String name) {
            return target.variables.get(name);
        }
    }

    private static Call call(CommandMetadata function, BindingServices services, boolean expectingInput,
                             CommandArgument... arguments) {
        VariableTarget target = new VariableTarget();
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(function, 1, expectingInput), target, services);
        binder.bindCommandLine(List.of(arguments));
        return new Call(binder, target);
    }

    private static ParameterMetadata.Builder parameter(String name, ParameterAttribute... attributes) {
        ParameterMetadata.Builder builder = ParameterMetadata.builder(name, Object.class);
        for (ParameterAttribute attribute : attributes) {
            builder.attribute(attribute);
        }
        return builder;
    }

    /** Get-Thing: -Name (set ByName, position 0, the default set), -Id (set ById), -Size (alias Sz, all sets). */
    private static CommandMetadata getThing() {
        return CommandMetadata.builder("Get-Thing").defaultParameterSetName("ByName")
                .parameter(parameter("Name", ATTRIBUTE.withParameterSetName("ByName").withPosition(0)))
                .parameter(parameter("Id", ATTRIBUTE.withParameterSetName("ById")))
                .parameter(parameter("Size").alias("Sz")).build();
    }

    @Test
    void aDefaultBindsUnlessGivenExplicitly() {
        DefaultsServices services = new DefaultsServices("Get-Thing:Name", "dflt");
        Call c = call(getThing(), services, false);
        assertEquals("dflt", c.get("Name"));
        assertEquals(Map.of("Name", "dflt"), c.binder().boundParameters());
        assertEquals("explicit", call(getThing(), services, false, pos("explicit")).get("Name"));
    }

    @Test
    void aDefaultOutsideTheChosenSetIsNotApplied() {
        Call c = call(getThing(), new DefaultsServices("Get-Thing:Name", "dflt"), false, named("Id", 5));
        assertEquals("ById", c.binder().parameterSetName());
        assertFalse(c.binder().boundParameters().containsKey("Name"));
    }

    @Test
    void defaultsOfSetsExcludingEachOtherWaitUntilTheSetIsKnown() {
        Call c = call(getThing(), new DefaultsServices("Get-Thing:Name", "n", "Get-Thing:Id", 1), false);
        assertEquals(Map.of("Name", "n"), c.binder().boundParameters(), "the default set, chosen before mandatory "
                + "checking, admits Name only");
        assertEquals("ByName", c.binder().parameterSetName());
    }

    @Test
    void aDefaultCanChooseTheSetBeforeTheDefaultSetWould() {
        Call c = call(getThing(), new DefaultsServices("Get-Thing:Id", 7), false);
        assertEquals("ById", c.binder().parameterSetName());
        assertEquals(7, c.get("Id"));
    }

    @Test
    void wildcardsAndAliasesOfTheCommandAndTheParameter() {
        DefaultsServices services = new DefaultsServices("Get-T*:Sz", 3, "gt:Name", "by alias");
        services.aliases.add("gt");
        Call c = call(getThing(), services, false);
        assertEquals(3, c.get("Size"));
        assertEquals("by alias", c.get("Name"));
        assertEquals(Map.of(), call(getThing(), new DefaultsServices("Other:Size", 3), false)
                .binder().boundParameters());
    }

    @Test
    void aScriptBlockIsRunWithTheBindingStateAndItsOutputBound() {
        List<Object> states = new ArrayList<>();
        TestScriptBlock block = new TestScriptBlock("...", state -> {
            states.add(state);
            return List.of(42);
        });
        Call c = call(getThing(), new DefaultsServices("Get-Thing:Size", block), false, pos("x"));
        assertEquals(42, c.get("Size"));
        PSObject state = (PSObject) states.getFirst();
        assertEquals(List.of("Name"), List.copyOf((Set<?>) state.property("BoundParameters").getValue(state)));
        assertEquals(List.of("Name"), List.copyOf((Set<?>) state.property("BoundPositionalParameters").getValue(state)));
        assertEquals(List.of(), List.copyOf((Set<?>) state.property("BoundDefaultParameters").getValue(state)));
        Call none = call(getThing(), new DefaultsServices("Get-Thing:Size", new TestScriptBlock("", s -> List.of())),
                false);
        assertFalse(none.binder().boundParameters().containsKey("Size"));
    }

    @Test
    void disabledTurnsThemOff() {
        assertEquals(Map.of(), call(getThing(), new DefaultsServices("Get-Thing:Name", "n", "Disabled", true), false)
                .binder().boundParameters());
        assertEquals("n", call(getThing(), new DefaultsServices("Get-Thing:Name", "n", "Disabled", false), false)
                .get("Name"));
    }

    @Test
    void badKeysAmbiguousPatternsAndConflictingValuesAreWarnedAndIgnored() {
        DefaultsServices services = new DefaultsServices("bad", 1, "Get-Thing:*", 2, "Get-Thing:Size", 3,
                "Get-Thing:Sz", 4);
        Call c = call(getThing(), services, false);
        assertEquals(Map.of(), c.binder().boundParameters());
        assertFalse(services.dictionary.containsKey("bad"), "a key of a bad form is removed");
        assertEquals(List.of("Multiple different default values are defined in $PSDefaultParameterValues for the "
                + "parameter matching the following name or alias: Sz. These defaults have been ignored.",
                "The following name or alias defined in $PSDefaultParameterValues for this cmdlet resolves to "
                + "multiple parameters: *. The default has been ignored.",
                "The key 'bad' does not have a valid format. For information about the correct format, see "
                + "about_Parameters_Default_Values at https://go.microsoft.com/fwlink/?LinkId=228266."),
                services.warnings);
    }

    @Test
    void aDefaultThatFailsToBindIsAWarning() {
        CommandMetadata f = CommandMetadata.builder("f").parameter(ParameterMetadata.builder("Count", Integer.class)
                .attribute(ATTRIBUTE)).build();
        DefaultsServices services = new DefaultsServices("f:Count", "abc");
        Call c = call(f, services, false);
        assertFalse(c.binder().boundParameters().containsKey("Count"));
        assertEquals(1, services.warnings.size());
        assertTrue(services.warnings.getFirst().startsWith("The binding of default value 'abc' to parameter 'Count' "
                + "failed: Cannot bind parameter 'Count'."), services.warnings.getFirst());
    }

    @Test
    void mandatoryParametersMayComeFromDefaultsAndErrorsThenSaySo() {
        CommandMetadata f = CommandMetadata.builder("Need")
                .parameter(parameter("A", ATTRIBUTE.withParameterSetName("A").withMandatory(true)))
                .parameter(parameter("B", ATTRIBUTE.withParameterSetName("B")))
                .parameter(parameter("C", ATTRIBUTE.withParameterSetName("B").withMandatory(true))).build();
        assertEquals(1, call(f, new DefaultsServices("Need:A", 1), false).get("A"));
        assertBindingError("MissingMandatoryParameter", "Cannot process command because of one or more missing "
                + "mandatory parameters: C. This failure might be caused by applying the default parameter binding. "
                + "You can disable the default parameter binding in $PSDefaultParameterValues by setting "
                + "$PSDefaultParameterValues[\"Disabled\"] to be $true, and retry. The following default parameter "
                + "was successfully bound for this cmdlet when the error occurred: -B",
                () -> call(f, new DefaultsServices("Need:B", 1), false));
    }

    @Test
    void pipelineBindingAppliesThemOnceTheSetIsKnown() {
        CommandMetadata f = CommandMetadata.builder("Pipe")
                .parameter(parameter("In", ATTRIBUTE.withParameterSetName("S").withValueFromPipeline(true)))
                .parameter(parameter("Tag", ATTRIBUTE.withParameterSetName("S")))
                .parameter(parameter("Other", ATTRIBUTE.withParameterSetName("T"))).build();
        DefaultsServices services = new DefaultsServices("Pipe:Tag", "t", "Pipe:Other", "o");
        Call c = call(f, services, true);
        assertEquals(Map.of(), c.binder().boundParameters(), "the two sets exclude each other's defaults");
        c.binder().bindPipelineObject("x");
        assertEquals("S", c.binder().parameterSetName());
        assertEquals("t", c.get("Tag"));
    }
}
