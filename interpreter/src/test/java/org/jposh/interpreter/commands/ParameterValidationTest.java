package org.jposh.interpreter.commands;

import static org.jposh.interpreter.commands.BinderTestSupport.assertBindingError;
import static org.jposh.interpreter.commands.BinderTestSupport.bind;
import static org.jposh.interpreter.commands.BinderTestSupport.named;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.jposh.interpreter.commands.BinderTestSupport.Bound;
import org.jposh.interpreter.commands.TestCmdlets.TestValidationCommand;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.junit.jupiter.api.Test;

/** The validation attributes with PowerShell's messages (binder.md 5.5, Metadata.resx). */
class ParameterValidationTest {
    private static final String PREFIX = "Cannot validate argument on parameter '";

    private static Bound<?> validation(CommandArgument... arguments) {
        CommandArgument[] all = new CommandArgument[arguments.length + 1];
        all[0] = named("Required", "r");
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return bind(TestValidationCommand.class, all);
    }

    private static void fails(String parameter, String message, Object value) {
        ParameterBindingException e = assertBindingError("ParameterArgumentValidationError",
                PREFIX + parameter + "'. " + message, () -> validation(named(parameter, value)));
        assertEquals(ErrorCategory.InvalidData, e.category());
    }

    @Test
    void validateSetIgnoresCaseByDefault() {
        assertEquals("red", validation(named("Color", "red")).value("Color"));
        fails("Color", "The argument \"Blue\" does not belong to the set \"Red,Green\" specified by the ValidateSet "
                + "attribute. Supply an argument that is in the set and then try the command again.", "Blue");
        fails("ExactColor", "The argument \"red\" does not belong to the set \"Red,Green\" specified by the "
                + "ValidateSet attribute. Supply an argument that is in the set and then try the command again.", "red");
    }

    @Test
    void validateRangeChecksEachElement() {
        assertArrayEquals(new int[]{1, 10}, (int[]) validation(named("Level", new Object[]{1, 10})).value("Level"));
        fails("Level", "The 11 argument is greater than the maximum allowed range of 10. Supply an argument that is "
                + "less than or equal to 10 and then try the command again.", new Object[]{2, 11});
        fails("Positive", "The argument \"0\" cannot be validated because its value is not greater than zero.", 0);
        assertEquals(0.5, validation(named("Positive", 0.5)).value("Positive"));
    }

    @Test
    void validatePatternMatchesCaseInsensitively() {
        assertEquals("AAa", validation(named("Pattern", "AAa")).value("Pattern"));
        fails("Pattern", "The argument \"ab\" does not match the \"^a+$\" pattern. Supply an argument that matches "
                + "\"^a+$\" and try the command again.", "ab");
    }

    @Test
    void validateCountCountsElements() {
        fails("Few", "The parameter requires at least 1 value(s) and no more than 2 value(s) - 3 value(s) were "
                + "provided.", new Object[]{"a", "b", "c"});
        fails("Pair", "The parameter requires exactly 2 value(s) - 1 value(s) were provided.", "a");
        assertArrayEquals(new String[]{"a", "b"}, (String[]) validation(named("Pair", List.of("a", "b"))).value("Pair"));
    }

    @Test
    void validateLengthMeasuresStrings() {
        fails("Word", "The character length (1) of the argument is too short. Specify an argument with a length that "
                + "is greater than or equal to \"2\", and then try the command again.", "a");
        fails("Word", "The character length (4) of the argument is too long. Specify an argument with a length that is "
                + "shorter than or equal to \"3\", and then try the command again.", "abcd");
    }

    @Test
    void nullValidations() {
        fails("NotNull", "The argument is null. Provide a valid value for the argument, and then try running the "
                + "command again.", null);
        fails("NotNull", "The argument has a null value, or an element of the argument collection contains a null "
                + "value. Provide a collection that does not contain any null values, and then try the command again.",
                new Object[]{1, null});
        fails("NotEmpty", "The argument is null, empty, or an element of the argument collection contains a null "
                + "value. Supply a collection that does not contain any null values and then try the command again.",
                new Object[]{"a", ""});
        fails("NotEmpty", "The argument is null, empty, or an element of the argument collection contains a null "
                + "value. Supply a collection that does not contain any null values and then try the command again.",
                new Object[0]);
        fails("NotBlank", "The argument is null, empty, or consists of only white-space characters. Provide an "
                + "argument that contains non white-space characters, and then try the command again.", "  ");
    }

    @Test
    void allowAttributesLetMandatoryParametersBeEmpty() {
        assertEquals("", bind(TestValidationCommand.class, named("Required", "")).value("Required"));
        assertEquals(null, bind(TestValidationCommand.class, named("Required", null)).value("Required"));
    }
}
