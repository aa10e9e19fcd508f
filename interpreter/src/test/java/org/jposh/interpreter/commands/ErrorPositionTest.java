package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.bind;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.ScriptSource;
import org.jposh.interpreter.commands.TestCmdlets.GetThingCommand;
import org.junit.jupiter.api.Test;

/**
 * Errors about a parameter's name point at the parameter, errors about its value at the argument
 * (PowerShell's GetParameterErrorExtent and GetErrorExtent), and set errors at the whole command.
 */
class ErrorPositionTest {
    private static final String LINE = "Get-Thing -Name a -Name b -Count abc -Tags:(1) -Flag";
    private static final ScriptSource SOURCE = new ScriptSource("test.ps1", LINE);

    private static Extent at(String text, int occurrence) {
        int start = -1;
        for (int i = 0; i <= occurrence; i++) {
            start = LINE.indexOf(text, start + 1);
        }
        return SOURCE.extent(start, start + text.length());
    }

    @Test
    void nameErrorsPointAtTheParameter() {
        ParameterBindingException e = assertBindingError("ParameterAlreadyBound", null, () -> bind(GetThingCommand.class,
                CommandArgument.parameter("Name", at("-Name", 0)), CommandArgument.positional("a", at("a", 1)),
                CommandArgument.parameter("Name", at("-Name", 1)), CommandArgument.positional("b", at("b", 0))));
        assertEquals(at("-Name", 1), e.extent());
        ParameterBindingException missing = assertBindingError("MissingArgument", null,
                () -> bind(GetThingCommand.class, CommandArgument.parameter("Flag", at("-Flag", 0))));
        assertEquals(at("-Flag", 0), missing.extent());
    }

    @Test
    void valueErrorsPointAtTheArgument() {
        ParameterBindingException reparsed = assertBindingError("CannotConvertArgumentNoMessage", null,
                () -> bind(GetThingCommand.class, CommandArgument.parameter("Count", at("-Count", 0)),
                        CommandArgument.positional("abc", at("abc", 0))));
        assertEquals(at("abc", 0), reparsed.extent());
        ParameterBindingException colon = assertBindingError("CannotConvertArgument", null,
                () -> bind(GetThingCommand.class, CommandArgument.named("Flag", "x", at("-Tags:(1)", 0), at("(1)", 0))));
        assertEquals(at("(1)", 0), colon.extent());
    }

    @Test
    void setErrorsHaveNoPositionOfTheirOwn() {
        ParameterBindingException e = assertBindingError("PositionalParameterNotFound", null,
                () -> bind(GetThingCommand.class, CommandArgument.positional("a", at("a", 1))));
        assertEquals(null, e.extent());
        Extent command = SOURCE.extent(0, LINE.length());
        assertEquals(command, e.toErrorRecord(CommandMetadata.of(GetThingCommand.class), null, command).extent());
    }
}
