package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.bind;
import static org.jposh.interpreter.commands.BinderTestSupport.named;
import static org.jposh.interpreter.commands.BinderTestSupport.param;
import static org.jposh.interpreter.commands.BinderTestSupport.pos;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.BinderTestSupport.Bound;
import org.jposh.interpreter.commands.TestCmdlets.GetThingCommand;
import org.jposh.interpreter.commands.TestCmdlets.ReceiveThingCommand;
import org.jposh.interpreter.commands.TestCmdlets.TestPositionalCommand;
import org.jposh.interpreter.commands.TestCmdlets.TestRemainingCommand;
import org.jposh.interpreter.commands.TestCmdlets.TestSamePositionCommand;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.junit.jupiter.api.Test;

/** Command-line binding of cmdlets: the worked examples of binder.md section 10 and the rules they rest on. */
class ParameterBinderTest {

    // binder.md 10: "Get-Thing -Name -Verbose -> MissingArgument for Name; Get-Thing -Name -xyz -> Name = '-xyz'"
    @Test
    void nameFollowedByAParameterMissesItsArgument() {
        ParameterBindingException e = assertBindingError("MissingArgument", "Missing an argument for parameter "
                + "'Name'. Specify a parameter of type 'System.String' and try again.",
                () -> bind(GetThingCommand.class, param("Name"), param("Verbose")));
        assertEquals(ErrorCategory.InvalidArgument, e.category());
        assertBindingError("MissingArgument", null, () -> bind(GetThingCommand.class, param("Name")));
        assertBindingError("MissingArgument", null,
                () -> bind(GetThingCommand.class, param("Name"), named("Force", true)));
    }

    @Test
    void nameFollowedByAnUnknownParameterTakesItsText() {
        assertEquals("-xyz", bind(GetThingCommand.class, param("Name"), param("xyz")).value("Name"));
    }

    // binder.md 10: "f -Switch:$false -> bound, value false; f -Switch $false -> $false is positional"
    @Test
    void switchTakesAValueOnlyAfterAColon() {
        Bound<?> b = bind(GetThingCommand.class, named("Force", false));
        assertEquals(false, b.value("Force"));
        assertEquals(true, bind(GetThingCommand.class, param("Force")).value("Force"));
        assertBindingError("PositionalParameterNotFound",
                "A positional parameter cannot be found that accepts argument 'False'.",
                () -> bind(GetThingCommand.class, param("Force"), pos(false)));
    }

    // binder.md 10: "[bool] parameter: -Flag:'false' -> CannotConvertArgument; -Flag:0 -> false"
    @Test
    void boolParameterTakesNumbersButNotStrings() {
        assertBindingError("CannotConvertArgument", "Cannot convert 'System.String' to the type 'System.Boolean' "
                + "required by parameter 'Flag'. ", () -> bind(GetThingCommand.class, named("Flag", "false")));
        assertEquals(false, bind(GetThingCommand.class, named("Flag", 0)).value("Flag"));
        assertEquals(true, bind(GetThingCommand.class, named("Flag", 2.5)).value("Flag"));
        assertBindingError("ParameterArgumentValidationErrorNullNotAllowed",
                "Cannot bind argument to parameter 'Flag' because it is null.",
                () -> bind(GetThingCommand.class, named("Flag", null)));
    }

    @Test
    void boolParameterAloneNeedsAValue() {
        assertBindingError("MissingArgument", "Missing an argument for parameter 'Flag'. Specify a parameter of type "
                + "'System.Boolean' and try again.", () -> bind(GetThingCommand.class, param("Flag")));
    }

    // binder.md 10: "Cmd -StringParam a,b -> CannotConvertArgument ('... Specified method is not supported.')"
    @Test
    void collectionNeverBecomesAScalarString() {
        assertBindingError("CannotConvertArgument", "Cannot convert 'System.Object[]' to the type 'System.String' "
                        + "required by parameter 'StringParam'. Specified method is not supported.",
                () -> bind(GetThingCommand.class, named("StringParam", new Object[]{"a", "b"})));
    }

    // binder.md 10: "$h = @{Path='x'}; Cmd @h -Path y -> Path='y' (explicit wins, no ParameterAlreadyBound)"
    @Test
    void explicitArgumentWinsOverSplattedOne() {
        List<CommandArgument> line = new ArrayList<>(CommandArgument.splat(Map.of("Path", "x"), null));
        line.add(param("Path"));
        line.add(pos("y"));
        Bound<?> b = bind(GetThingCommand.class, line.toArray(CommandArgument[]::new));
        assertEquals("y", b.value("Path"));
    }

    @Test
    void splattedHashtableBindsByName() {
        Map<String, Object> table = new LinkedHashMap<>();
        table.put("Name", "n");
        table.put("Force", true);
        Bound<?> b = bind(GetThingCommand.class, CommandArgument.splat(table, null).toArray(CommandArgument[]::new));
        assertEquals("n", b.value("Name"));
        assertEquals(true, b.value("Force"));
    }

    @Test
    void splattedArrayIsPositional() {
        Bound<?> b = bind(TestPositionalCommand.class,
                CommandArgument.splat(new Object[]{1, "two"}, null).toArray(CommandArgument[]::new));
        assertEquals(1, b.value("Number"));
        assertEquals("two", b.value("Text"));
    }

    @Test
    void parameterGivenTwiceIsAlreadyBound() {
        assertBindingError("ParameterAlreadyBound", "Cannot bind parameter because parameter 'name' is specified more "
                        + "than once. To provide multiple values to parameters that can accept multiple values, use the "
                        + "array syntax. For example, \"-parameter value1,value2,value3\".",
                () -> bind(GetThingCommand.class, named("Name", "a"), named("name", "b")));
    }

    @Test
    void unknownParameterIsNotFound() {
        assertBindingError("NamedParameterNotFound", "A parameter cannot be found that matches parameter name 'Nope'.",
                () -> bind(GetThingCommand.class, named("Nope", 1)));
    }

    @Test
    void uniquePrefixAndAliasesResolve() {
        assertEquals("n", bind(GetThingCommand.class, named("Na", "n")).value("Name"));
        assertEquals("s", bind(GetThingCommand.class, named("str", "s")).value("StringParam"));
        assertEquals("p", bind(GetThingCommand.class, named("-pa", "p")).value("Path"));
    }

    // binder.md 2.5: "-Ver picks a cmdlet's -Version over common -Verbose"
    @Test
    void declaredParameterWinsAPrefixOverCommonOnes() {
        assertEquals("1", bind(GetThingCommand.class, named("Ver", "1")).value("Version"));
        assertEquals("1", bind(GetThingCommand.class, named("V", "1")).value("Version"));
        assertEquals(true, bind(TestPositionalCommand.class, param("Verb")).binder().commonParameters().verbose());
    }

    @Test
    void prefixOfSeveralParametersListsThemAll() {
        assertBindingError("AmbiguousParameter", "Parameter cannot be processed because the parameter name 'In' is "
                        + "ambiguous. Possible matches include: -InformationAction -InformationVariable.",
                () -> bind(GetThingCommand.class, named("In", 1)));
        assertBindingError("AmbiguousParameter", "Parameter cannot be processed because the parameter name 'f' is "
                        + "ambiguous. Possible matches include: -Flag -Force.",
                () -> bind(GetThingCommand.class, named("f", true)));
    }

    @Test
    void commonParametersBindIntoTheRuntime() {
        Bound<?> b = bind(GetThingCommand.class, named("ErrorAction", "Stop"), param("Verbose"),
                named("ov", "+out"), named("wa", 0), named("OutBuffer", 5), named("Debug", false));
        CommonParameters common = b.binder().commonParameters();
        assertEquals(ActionPreference.Stop, common.errorAction());
        assertEquals(ActionPreference.SilentlyContinue, common.warningAction());
        assertEquals(true, common.verbose());
        assertEquals(false, common.debug());
        assertEquals("+out", common.outVariable());
        assertEquals(5, common.outBuffer());
        assertNull(common.errorVariable());
        assertNull(common.whatIf());
    }

    @Test
    void commonParametersAreValidated() {
        assertBindingError("CannotConvertArgumentNoMessage", "Cannot bind parameter 'ErrorAction'. Cannot convert "
                        + "value \"Sometimes\" to type \"System.Management.Automation.ActionPreference\". Error: \"Unable "
                        + "to match the identifier name Sometimes to a valid enumerator name. Specify one of the "
                        + "following enumerator names and try again:\nSilentlyContinue, Stop, Continue, Inquire, Ignore, "
                        + "Suspend, Break\"",
                () -> bind(GetThingCommand.class, named("ErrorAction", "Sometimes")));
        assertBindingError("ParameterArgumentValidationError", "Cannot validate argument on parameter 'OutBuffer'. "
                        + "The -1 argument is less than the minimum allowed range of 0. Supply an argument that is "
                        + "greater than or equal to 0 and then try the command again.",
                () -> bind(GetThingCommand.class, named("OutBuffer", -1)));
        assertBindingError("ParameterArgumentValidationError", "Cannot validate argument on parameter 'ErrorVariable'. "
                        + "Cannot validate argument 'env:x' because it is not a valid variable name.",
                () -> bind(GetThingCommand.class, named("ev", "env:x")));
    }

    @Test
    void argumentsAreCoercedToTheParameterType() {
        Bound<?> b = bind(GetThingCommand.class, named("Count", "12"), named("Tags", "one"),
                named("Numbers", new Object[]{"1", 2}), named("Name", 5));
        assertEquals(12, b.value("Count"));
        assertArrayEquals(new String[]{"one"}, (String[]) b.value("Tags"));
        assertEquals(List.of(1, 2), b.value("Numbers"));
        assertEquals("5", b.value("Name"));
    }

    @Test
    void failedConversionIsCannotConvertArgumentNoMessage() {
        assertBindingError("CannotConvertArgumentNoMessage", "Cannot bind parameter 'Count'. Cannot convert value "
                + "\"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\"",
                () -> bind(GetThingCommand.class, named("Count", "abc")));
        assertBindingError("CannotConvertArgumentNoMessage", null,
                () -> bind(GetThingCommand.class, named("Tags", new Object[]{"a", new Object()}), named("Count", "x")));
    }

    @Test
    void rejectedStoreIsParameterBindingFailed() {
        ParameterBindingException e = assertBindingError("ParameterBindingFailed", "Cannot bind parameter 'Guarded' to "
                + "the target. Exception setting \"Guarded\": \"bad is not allowed\"",
                () -> bind(GetThingCommand.class, named("Guarded", "bad")));
        assertEquals(ErrorCategory.WriteError, e.category());
        assertEquals("ok", bind(GetThingCommand.class, named("Guarded", "ok")).value("Guarded"));
        assertBindingError("ParameterBindingFailed", "Cannot bind parameter 'Count' to the target. Exception setting "
                + "\"Count\": \"Cannot convert null to type \"System.Int32\".\"",
                () -> bind(GetThingCommand.class, named("Count", null)));
    }

    @Test
    void positionalArgumentsFillPositionsInOrder() {
        Bound<?> b = bind(TestPositionalCommand.class, pos(7), pos("seven"));
        assertEquals(7, b.value("Number"));
        assertEquals("seven", b.value("Text"));
        Bound<?> named = bind(TestPositionalCommand.class, param("Number"), pos(1), pos("text"));
        assertEquals("text", named.value("Text"));
    }

    @Test
    void positionalConversionErrorIsReportedForTheLeftover() {
        assertBindingError("CannotConvertArgumentNoMessage", "Cannot bind parameter 'Number'. Cannot convert value "
                        + "\"abc\" to type \"System.Int32\". Error: \"The input string 'abc' was not in a correct format.\"",
                () -> bind(TestPositionalCommand.class, pos("abc")));
    }

    @Test
    void tooManyPositionalArgumentsAreNotFound() {
        assertBindingError("PositionalParameterNotFound", "A positional parameter cannot be found that accepts "
                + "argument 'extra'.", () -> bind(TestPositionalCommand.class, pos(1), pos("t"), pos("extra")));
        assertBindingError("PositionalParameterNotFound", "A positional parameter cannot be found that accepts "
                + "argument '$null'.", () -> bind(TestPositionalCommand.class, pos(1), pos("t"), pos(null)));
        assertBindingError("PositionalParameterNotFound", "A positional parameter cannot be found that accepts "
                        + "argument 'System.Object[]'.",
                () -> bind(TestPositionalCommand.class, pos(1), pos("t"), pos(new Object[]{1})));
    }

    // paramsets.md case 24 (Receive-PSSession 3): the sets other than the default are tried without conversion first
    @Test
    void positionalIntBindsTheSetWhoseParameterTakesItUnconverted() {
        Bound<?> b = bind(ReceiveThingCommand.class, pos(3));
        assertEquals("Id", b.parameterSetName());
        assertEquals(3, b.value("Id"));
        assertEquals("Name", bind(ReceiveThingCommand.class, pos("n")).parameterSetName());
    }

    @Test
    void samePositionInOneSetIsAmbiguous() {
        assertBindingError("AmbiguousPositionalParameterNoName",
                "Cannot bind positional parameters because no names were given.",
                () -> bind(TestSamePositionCommand.class, pos("x")));
        assertEquals("y", bind(TestSamePositionCommand.class, named("A", "y")).value("A"));
    }

    @Test
    void remainingArgumentsCollectWhatIsLeft() {
        Bound<?> b = bind(TestRemainingCommand.class, pos("a"), pos("b"), param("q"), pos("d"), named("z", 1));
        assertEquals("a", b.value("First"));
        assertArrayEquals(new Object[]{"b", "-q", "d", "-z:", 1}, (Object[]) b.value("Rest"));
        Bound<?> single = bind(TestRemainingCommand.class, pos("a"), pos(new Object[]{1, 2}));
        assertArrayEquals(new Object[]{1, 2}, (Object[]) single.value("Rest"));
    }
}
