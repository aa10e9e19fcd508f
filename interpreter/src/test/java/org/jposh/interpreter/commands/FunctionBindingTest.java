package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.named;
import static org.jposh.interpreter.commands.BinderTestSupport.param;
import static org.jposh.interpreter.commands.BinderTestSupport.pos;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.BinderTestSupport.PropertyBag;
import org.jposh.interpreter.commands.BinderTestSupport.TestScriptBlock;
import org.jposh.interpreter.commands.BinderTestSupport.TestServices;
import org.jposh.interpreter.commands.BinderTestSupport.VariableTarget;
import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.host.FieldDescription;
import org.junit.jupiter.api.Test;

/**
 * Functions, whose metadata the interpreter builds from data: the function examples of binder.md
 * section 10 and PowerShell's test/powershell/Language/Scripting/ParameterBinding.Tests.ps1.
 */
class FunctionBindingTest {
    private static final ParameterAttribute ATTRIBUTE = ParameterAttribute.DEFAULT;

    /** A function run with the binder, and the variables it got. */
    private record Call(ParameterBinder binder, VariableTarget target) {
        Object get(String name) {
            return target.variables.get(name);
        }
    }

    private static Call call(CommandMetadata function, boolean expectingInput, CommandArgument... arguments) {
        VariableTarget target = new VariableTarget();
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(function, 1, expectingInput), target,
                new TestServices());
        binder.bindCommandLine(List.of(arguments));
        return new Call(binder, target);
    }

    private static Call call(CommandMetadata function, CommandArgument... arguments) {
        return call(function, false, arguments);
    }

    private static ParameterMetadata.Builder parameter(String name, ParameterAttribute... attributes) {
        ParameterMetadata.Builder builder = ParameterMetadata.builder(name, Object.class);
        for (ParameterAttribute attribute : attributes) {
            builder.attribute(attribute);
        }
        return builder;
    }

    private static CommandMetadata.Builder function(String name) {
        return CommandMetadata.builder(name).automaticPositions(true);
    }

    // binder.md 10 and 'Multiple positional parameters case 2': positions are sort keys.
    @Test
    void positionsAreSortKeys() {
        CommandMetadata f = function("f").parameter(parameter("a", ATTRIBUTE.withPosition(2)))
                .parameter(parameter("b", ATTRIBUTE.withPosition(1))).build();
        Call c = call(f, pos("c"), pos("d"));
        assertEquals("c", c.get("b"));
        assertEquals("d", c.get("a"));
    }

    @Test
    void positionsCombineWithNames() {
        CommandMetadata f = function("get-foo").parameter(parameter("a", ATTRIBUTE.withPosition(1)))
                .parameter(parameter("b", ATTRIBUTE.withPosition(2))).build();
        for (CommandArgument[] line : List.of(new CommandArgument[]{pos("c"), pos("d")},
                new CommandArgument[]{param("a"), pos("c"), pos("d")},
                new CommandArgument[]{param("a"), pos("c"), param("b"), pos("d")},
                new CommandArgument[]{param("b"), pos("d"), pos("c")},
                new CommandArgument[]{pos("c"), param("b"), pos("d")})) {
            Call c = call(f, line);
            assertEquals("c", c.get("a"));
            assertEquals("d", c.get("b"));
        }
    }

    // binder.md 10: "[CmdletBinding()] param($a); f -b 1 -> NamedParameterNotFound; without CmdletBinding $args = '-b', 1"
    @Test
    void unknownNameFailsInAnAdvancedFunctionAndGoesToArgsInASimpleOne() {
        CommandMetadata advanced = function("f").parameter(parameter("a")).build();
        ParameterBindingException e = assertBindingError("NamedParameterNotFound",
                "A parameter cannot be found that matches parameter name 'b'.",
                () -> call(advanced, param("b"), pos(1)));
        assertEquals("NamedParameterNotFound,f", e.fullyQualifiedErrorId(advanced));

        CommandMetadata simple = function("f").commonParameters(false).parameter(parameter("a")).build();
        VariableTarget target = new VariableTarget();
        ParameterBinder binder = ParameterBinder.forSimpleFunction(new InvocationInfo(simple, 1, false), target,
                new TestServices());
        List<Object> args = binder.bindSimpleCommandLine(List.of(param("b"), pos(1)));
        assertEquals(List.of("-b", 1), bases(args));
        // the parameter's text carries its name, for splatting @args to pass it on as a parameter
        assertEquals("b", ((PSNoteProperty) ((PSObject) args.get(0)).instanceMember("<CommandParameterName>")).value());
        assertFalse(target.variables.containsKey("a"));
    }

    @Test
    void simpleFunctionBindsPositionsInDeclarationOrder() {
        CommandMetadata simple = function("foo").commonParameters(false).parameter(parameter("a"))
                .parameter(parameter("b")).build();
        VariableTarget target = new VariableTarget();
        ParameterBinder binder = ParameterBinder.forSimpleFunction(new InvocationInfo(simple, 1, false), target,
                new TestServices());
        assertEquals(List.of("extra", "-x:", 5), bases(binder.bindSimpleCommandLine(List.of(pos("a"), pos("b"),
                pos("extra"), named("x", 5)))));
        assertEquals(Map.of("a", "a", "b", "b"), target.variables);
    }

    // binder.md 10 / 'Value from remaining arguments'
    @Test
    void remainingArgumentsKeepUnknownNamesAsText() {
        CommandMetadata g = function("g").parameter(parameter("a", ATTRIBUTE.withPosition(1)))
                .parameter(parameter("rest", ATTRIBUTE.withValueFromRemainingArguments(true))).build();
        assertEquals(List.of("b", "c", "d"), call(g, pos("a"), pos("b"), pos("c"), pos("d")).get("rest"));
        assertEquals(List.of("a", "b", "d"), call(g, pos("a"), pos("b"), param("a"), pos("c"), pos("d")).get("rest"));
        Call c = call(g, pos("a"), pos("b"), param("a"), pos("c"), param("q"), pos("d"));
        assertEquals(List.of("a", "b", "-q", "d"), c.get("rest"));
        assertEquals("c", c.get("a"));
    }

    private static CommandMetadata.Builder twoSetsWithRemainingArguments() {
        return function("get-foo")
                .parameter(parameter("a", ATTRIBUTE.withParameterSetName("set1").withPosition(1)))
                .parameter(parameter("b", ATTRIBUTE.withParameterSetName("set2").withPosition(1)))
                .parameter(parameter("foo", ATTRIBUTE.withValueFromRemainingArguments(true)));
    }

    // binder.md 10 / 'Multiple parameter sets with Value from remaining arguments'
    @Test
    void twoSetsWithPositionOneAndRemainingArguments() {
        CommandMetadata g = twoSetsWithRemainingArguments().build();
        ParameterBindingException e = assertBindingError("AmbiguousParameterSet", null,
                () -> call(g, param("a"), pos("a"), param("b"), pos("b"), pos("c"), pos("d")));
        assertEquals("AmbiguousParameterSet,get-foo", e.fullyQualifiedErrorId(g));
        assertEquals(List.of("b", "c", "d"), call(g, param("a"), pos("a"), pos("b"), pos("c"), pos("d")).get("foo"));
        assertEquals(List.of("a", "c", "d"), call(g, param("b"), pos("b"), pos("a"), pos("c"), pos("d")).get("foo"));
    }

    // binder.md 10 / 'Default parameter set with value from remaining arguments case 1 and 2'
    @Test
    void defaultSetTakesThePosition() {
        Call set1 = call(twoSetsWithRemainingArguments().defaultParameterSetName("set1").build(),
                pos("a"), pos("b"), pos("c"), pos("d"));
        assertEquals("a", set1.get("a"));
        assertFalse(set1.target.variables.containsKey("b"));
        assertEquals(List.of("b", "c", "d"), set1.get("foo"));
        assertEquals("set1", set1.binder.parameterSetName());

        Call set2 = call(twoSetsWithRemainingArguments().defaultParameterSetName("set2").build(),
                pos("a"), pos("b"), pos("c"), pos("d"));
        assertEquals("a", set2.get("b"));
        assertEquals(List.of("b", "c", "d"), set2.get("foo"));
    }

    @Test
    void switchBoundToFalseCountsForTheSet() {
        CommandMetadata f = function("f").defaultParameterSetName("B")
                .parameter(ParameterMetadata.builder("Switch", boolean.class).attribute(ATTRIBUTE.withParameterSetName("A")))
                .parameter(parameter("X", ATTRIBUTE.withParameterSetName("B"))).build();
        Call c = call(f, named("Switch", false));
        assertEquals(false, c.get("Switch"));
        assertEquals("A", c.binder.parameterSetName());
        assertEquals("B", call(f).binder.parameterSetName());
    }

    // 'Mandatory parameters used in non-interactive host' and the null/empty tests.
    @Test
    void mandatoryParametersRejectNullAndEmptyUnlessAllowed() {
        CommandMetadata f = function("get-foo").parameter(parameter("a", ATTRIBUTE.withMandatory(true))).build();
        assertBindingError("MissingMandatoryParameter",
                "Cannot process command because of one or more missing mandatory parameters: a.", () -> call(f));
        ParameterBindingException e = assertBindingError("ParameterArgumentValidationErrorNullNotAllowed",
                "Cannot bind argument to parameter 'a' because it is null.", () -> call(f, named("a", null)));
        assertEquals("ParameterArgumentValidationErrorNullNotAllowed,get-foo", e.fullyQualifiedErrorId(f));
        CommandMetadata allowNull = function("get-foo")
                .parameter(parameter("a", ATTRIBUTE.withMandatory(true)).allowNull()).build();
        assertTrue(call(allowNull, named("a", null)).target.variables.containsKey("a"));

        CommandMetadata string = function("get-foo").parameter(ParameterMetadata.builder("a", String.class)
                .attribute(ATTRIBUTE.withMandatory(true))).build();
        assertBindingError("ParameterArgumentValidationErrorEmptyStringNotAllowed",
                "Cannot bind argument to parameter 'a' because it is an empty string.", () -> call(string, named("a", "")));
        CommandMetadata emptyString = function("get-foo").parameter(ParameterMetadata.builder("a", String.class)
                .attribute(ATTRIBUTE.withMandatory(true)).allowEmptyString()).build();
        assertEquals("", call(emptyString, named("a", "")).get("a"));

        CommandMetadata array = function("get-foo").parameter(ParameterMetadata.builder("a", String[].class)
                .attribute(ATTRIBUTE.withMandatory(true))).build();
        assertBindingError("ParameterArgumentValidationErrorEmptyArrayNotAllowed",
                "Cannot bind argument to parameter 'a' because it is an empty array.",
                () -> call(array, named("a", new Object[0])));
        assertBindingError("ParameterArgumentValidationErrorNullNotAllowed", null,
                () -> call(array, named("a", new Object[]{"x", null})));
        CommandMetadata emptyArray = function("get-foo").parameter(ParameterMetadata.builder("a", String[].class)
                .attribute(ATTRIBUTE.withMandatory(true)).allowEmptyCollection()).build();
        assertArrayEquals(new String[0], (String[]) call(emptyArray, named("a", new Object[0])).get("a"));

        CommandMetadata list = function("get-foo").parameter(ParameterMetadata.builder("a", List.class)
                .attribute(ATTRIBUTE.withMandatory(true))).build();
        assertBindingError("ParameterArgumentValidationErrorEmptyCollectionNotAllowed",
                "Cannot bind argument to parameter 'a' because it is an empty collection.",
                () -> call(list, named("a", new Object[0])));
    }

    @Test
    void promptedValuesBindByName() {
        CommandMetadata f = function("get-foo").parameter(ParameterMetadata.builder("a", int.class)
                .attribute(ATTRIBUTE.withMandatory(true).withHelpMessage("a number"))).build();
        TestServices host = new TestServices(Map.of("a", "42"));
        VariableTarget target = new VariableTarget();
        ParameterBinder binder = new ParameterBinder(new InvocationInfo(f, 2, false), target, host);
        binder.bindCommandLine(List.of());
        assertEquals(42, target.variables.get("a"));
        assertEquals(List.of(new FieldDescription("a", "System.Int32", "a number")),
                host.prompts.getFirst());
        assertEquals("cmdlet get-foo at command pipeline position 2|Supply values for the following parameters:",
                host.captions.getFirst());

        TestServices nothing = new TestServices(Map.of());
        assertBindingError("MissingMandatoryParameter", null, () -> new ParameterBinder(
                new InvocationInfo(f, 1, false), new VariableTarget(), nothing).bindCommandLine(List.of()));
        TestServices wrongName = new TestServices(Map.of("zzz", 1));
        assertBindingError("NamedParameterNotFound", null, () -> new ParameterBinder(
                new InvocationInfo(f, 1, false), new VariableTarget(), wrongName).bindCommandLine(List.of()));
    }

    // 'Alias are specified for parameters'
    @Test
    void aliasesBind() {
        CommandMetadata f = function("get-foo").parameter(parameter("a", ATTRIBUTE.withMandatory(true))
                .alias("foo", "bar")).build();
        assertEquals("b", call(f, param("foo"), pos("b")).get("a"));
    }

    // 'Value from pipeline'
    @Test
    void valueFromPipelineBindsEachObject() {
        CommandMetadata f = function("get-foo").parameter(parameter("a", ATTRIBUTE.withValueFromPipeline(true))).build();
        Call c = call(f, true);
        for (int i = 1; i <= 3; i++) {
            c.binder.bindPipelineObject(i);
            assertEquals(i, c.get("a"));
        }
    }

    // 'Value from pipeline by property name'
    @Test
    void valueFromPipelineByPropertyNameReadsTheProperty() {
        CommandMetadata f = function("get-foo")
                .parameter(parameter("foo", ATTRIBUTE.withValueFromPipelineByPropertyName(true))).build();
        Call c = call(f, true);
        c.binder.bindPipelineObject(PropertyBag.of("Foo", 10));
        assertEquals(10, c.get("foo"));
        assertBindingError("InputObjectNotBound", null, () -> c.binder.bindPipelineObject(PropertyBag.of("bar", 1)));
        assertEquals(null, c.get("foo"));
    }

    // 'Unspecified non-mandatory bool should not cause exception'
    @Test
    void unspecifiedBoolParameterIsFine() {
        CommandMetadata f = function("get-foo")
                .parameter(parameter("a", ATTRIBUTE.withMandatory(true).withPosition(0).withValueFromPipeline(true)))
                .parameter(ParameterMetadata.builder("b", Boolean.class)).build();
        Call c = call(f, true);
        c.binder.bindPipelineObject(42);
        assertEquals(42, c.get("a"));
    }

    // 'Parameter binding failure on Parameter1 should not cause parameter binding failure on Length'
    @Test
    void failedConversionByValueLeavesTheByPropertyNameBinding() {
        CommandMetadata f = function("get-foo")
                .parameter(ParameterMetadata.builder("Parameter1", Integer.class)
                        .attribute(ATTRIBUTE.withValueFromPipeline(true)))
                .parameter(ParameterMetadata.builder("Length", Integer.class)
                        .attribute(ATTRIBUTE.withValueFromPipelineByPropertyName(true))).build();
        Call c = call(f, true);
        c.binder.bindPipelineObject("abc");
        assertEquals(3, c.get("Length"));
        assertFalse(c.target.variables.containsKey("Parameter1"));
    }

    // 'Too many parameter sets defined'
    @Test
    void atMostThirtyTwoParameterSets() {
        CommandMetadata.Builder sets32 = function("f");
        CommandMetadata.Builder sets33 = function("f");
        for (int i = 1; i <= 33; i++) {
            ParameterAttribute inSet = ATTRIBUTE.withParameterSetName("set" + i);
            if (i <= 32) {
                sets32.parameter(parameter("a" + i, inSet));
            }
            sets33.parameter(parameter("a" + i, inSet));
        }
        assertEquals(123, call(sets32.build(), named("a1", 123)).get("a1"));
        PSRuntimeException e = assertThrows(PSRuntimeException.class, sets33::build);
        assertEquals("ParsingTooManyParameterSets", e.errorId());
    }

    @Test
    void validateScriptAndCustomMessages() {
        TestScriptBlock greaterThanTwo = new TestScriptBlock("$_ -gt 2",
                x -> List.of(((Number) x).intValue() > 2));
        CommandMetadata script = function("get-fooi").parameter(parameter("p")
                .validation(ParameterValidation.script(greaterThanTwo, "Item '{0}' failed '{1}' validation"))).build();
        assertEquals(3, call(script, named("p", 3)).get("p"));
        ParameterBindingException e = assertBindingError("ParameterArgumentValidationError",
                "Cannot validate argument on parameter 'p'. Item '2' failed '$_ -gt 2' validation",
                () -> call(script, named("p", 2)));
        assertEquals("ParameterArgumentValidationError,get-fooi", e.fullyQualifiedErrorId(script));

        CommandMetadata plain = function("f").parameter(parameter("p")
                .validation(ParameterValidation.script(greaterThanTwo, null))).build();
        assertBindingError("ParameterArgumentValidationError", "Cannot validate argument on parameter 'p'. The "
                        + "\"$_ -gt 2\" validation script for the argument with value \"1\" did not return a result of "
                        + "True. Determine why the validation script failed, and then try the command again.",
                () -> call(plain, named("p", 1)));

        CommandMetadata pattern = function("get-fooj").parameter(parameter("p")
                .validation(ParameterValidation.pattern("\\s+", true, "Item '{0}' failed '{1}' regex"))).build();
        assertBindingError("ParameterArgumentValidationError",
                "Cannot validate argument on parameter 'p'. Item '2' failed '\\s+' regex",
                () -> call(pattern, named("p", 2)));

        CommandMetadata set = function("get-fook").parameter(parameter("p").validation(ParameterValidation.set(
                List.of("A", "B", "C"), false, "Item '{0}' is not in '{1}'"))).build();
        assertBindingError("ParameterArgumentValidationError",
                "Cannot validate argument on parameter 'p'. Item 'a' is not in 'A,B,C'",
                () -> call(set, named("p", "a")));
    }

    // binder.md 4.4 / 'Validation attributes should not run on default values': defaults are the interpreter's.
    @Test
    void unboundParametersAreLeftForDefaults() {
        CommandMetadata f = function("get-fooe").parameter(parameter("p")
                .validation(ParameterValidation.range(1, 42))).build();
        Call c = call(f);
        assertEquals(List.of("p"), c.binder.unboundParameters().stream()
                .filter(p -> p.association() == ParameterMetadata.Association.DECLARED).map(ParameterMetadata::name)
                .toList());
    }

    // binder.md 1.4c: every parameter at the position is tried, so two sets can both take the argument.
    @Test
    void argumentTakenInTwoSetsEmptiesTheMask() {
        CommandMetadata.Builder twoSets = function("f")
                .parameter(ParameterMetadata.builder("a", String.class).attribute(ATTRIBUTE.withParameterSetName("A")
                        .withPosition(0)))
                .parameter(ParameterMetadata.builder("b", String.class).attribute(ATTRIBUTE.withParameterSetName("B")
                        .withPosition(0)));
        assertBindingError("AmbiguousParameterSet", null, () -> call(twoSets.build(), pos("x")));
        Call withDefault = call(twoSets.defaultParameterSetName("A").build(), pos("x"));
        assertEquals("x", withDefault.get("a"));
        assertEquals("A", withDefault.binder.parameterSetName());
    }

    @Test
    void twoRemainingArgumentsParametersInOneSetAreAMetadataError() {
        CommandMetadata f = function("f")
                .parameter(parameter("r1", ATTRIBUTE.withValueFromRemainingArguments(true)))
                .parameter(parameter("r2", ATTRIBUTE.withValueFromRemainingArguments(true))).build();
        ParameterBindingException e = assertBindingError("AmbiguousParameterSet", null, () -> call(f, pos("x")));
        assertEquals(org.jposh.interpreter.runtime.ErrorCategory.MetadataError, e.category());
    }

    private static List<Object> bases(List<Object> values) {
        return values.stream().map(PSObject::base).toList();
    }
}
