package org.jposh.interpreter.commands;

/**
 * PowerShell's en-US message templates for parameter binding (ParameterBinderStrings.resx and the
 * validation texts of Metadata.resx). Placeholders follow ParameterBindingException: {0} command name,
 * {1} parameter name, {2} parameter type, {3} supplied type, {6} and up error-specific.
 */
final class ParameterBinderStrings {
    static final String NAMED_PARAMETER_NOT_FOUND = "A parameter cannot be found that matches parameter name '{1}'.";
    static final String POSITIONAL_PARAMETER_NOT_FOUND =
            "A positional parameter cannot be found that accepts argument '{1}'.";
    static final String MISSING_ARGUMENT =
            "Missing an argument for parameter '{1}'. Specify a parameter of type '{2}' and try again.";
    static final String AMBIGUOUS_PARAMETER = "Parameter cannot be processed because the parameter name '{1}' is "
            + "ambiguous. Possible matches include:{6}.";
    static final String AMBIGUOUS_PARAMETER_SET = "Parameter set cannot be resolved using the specified named "
            + "parameters. One or more parameters issued cannot be used together or an insufficient number of "
            + "parameters were provided.";
    static final String AMBIGUOUS_POSITIONAL_PARAMETER_NO_NAME =
            "Cannot bind positional parameters because no names were given.";
    static final String PARAMETER_ALREADY_BOUND = "Cannot bind parameter because parameter '{1}' is specified more "
            + "than once. To provide multiple values to parameters that can accept multiple values, use the array "
            + "syntax. For example, \"-parameter value1,value2,value3\".";
    static final String MISSING_MANDATORY_PARAMETER =
            "Cannot process command because of one or more missing mandatory parameters:{1}.";
    static final String CANNOT_CONVERT_ARGUMENT = "Cannot convert '{6}' to the type '{2}' required by parameter "
            + "'{1}'. {7}";
    static final String CANNOT_CONVERT_ARGUMENT_NO_MESSAGE = "Cannot bind parameter '{1}'. {6}";
    static final String PARAMETER_ARGUMENT_TRANSFORMATION_ERROR =
            "Cannot process argument transformation on parameter '{1}'. {6}";
    static final String PARAMETER_ARGUMENT_VALIDATION_ERROR = "Cannot validate argument on parameter '{1}'. {6}";
    static final String MISMATCHED_PS_TYPE_NAME = "Cannot bind argument to parameter '{1}', because PSTypeNames of the "
            + "argument do not match the PSTypeName required by the parameter: {6}.";
    static final String NULL_NOT_ALLOWED = "Cannot bind argument to parameter '{1}' because it is null.";
    static final String EMPTY_STRING_NOT_ALLOWED =
            "Cannot bind argument to parameter '{1}' because it is an empty string.";
    static final String EMPTY_ARRAY_NOT_ALLOWED = "Cannot bind argument to parameter '{1}' because it is an empty array.";
    static final String EMPTY_COLLECTION_NOT_ALLOWED =
            "Cannot bind argument to parameter '{1}' because it is an empty collection.";
    static final String PARAMETER_BINDING_FAILED = "Cannot bind parameter '{1}' to the target. {6}";
    static final String SCRIPT_BLOCK_ARGUMENT_NO_INPUT = "Cannot evaluate parameter '{1}' because its argument is "
            + "specified as a script block and there is no input. A script block cannot be evaluated without input.";
    static final String SCRIPT_BLOCK_ARGUMENT_INVOCATION_FAILED =
            "The input to the script block for parameter '{1}' failed. {6}";
    static final String SCRIPT_BLOCK_ARGUMENT_NO_OUTPUT =
            "Cannot evaluate parameter '{1}' because its argument input did not produce any output.";
    static final String INPUT_OBJECT_NOT_BOUND = "The input object cannot be bound to any parameters for the command "
            + "either because the command does not take pipeline input or the input and its properties do not match "
            + "any of the parameters that take pipeline input.";
    static final String INPUT_OBJECT_MISSING_MANDATORY = "The input object cannot be bound because it did not contain "
            + "the information required to bind all mandatory parameters: {6}";
    static final String PROMPT_CAPTION = "cmdlet {0} at command pipeline position {1}";
    static final String PROMPT_MESSAGE = "Supply values for the following parameters:";
    static final String PARAMETER_NOT_IN_PARAMETER_SET = "Parameter '{1}' cannot be specified in parameter set '{6}'.";
    static final String GET_DYNAMIC_PARAMETERS_EXCEPTION = "Cannot retrieve the dynamic parameters for the cmdlet. {6}";
    static final String DEFAULT_BINDING_ERROR_ELABORATION_SINGLE = "{6} This failure might be caused by applying the "
            + "default parameter binding. You can disable the default parameter binding in $PSDefaultParameterValues by "
            + "setting $PSDefaultParameterValues[\"Disabled\"] to be $true, and retry. The following default parameter "
            + "was successfully bound for this cmdlet when the error occurred:{7}";
    static final String DEFAULT_BINDING_ERROR_ELABORATION_MULTIPLE = "{6} This error might have been caused by applying "
            + "the default parameter binding. You can disable the default parameter binding in $PSDefaultParameterValues "
            + "by setting $PSDefaultParameterValues[\"Disabled\"] to be $true, and then trying again. The following "
            + "default parameters were successfully bound for this cmdlet when the error occurred:{7}";
    static final String EXCEPTION_WHEN_SETTING = "Exception setting \"{0}\": \"{1}\"";

    // Metadata.resx: the messages of the validation attributes and of declaration errors.
    static final String VALIDATE_NOT_NULL_FAILURE = "The argument is null. Provide a valid value for the argument, "
            + "and then try running the command again.";
    static final String VALIDATE_NOT_NULL_COLLECTION_FAILURE = "The argument has a null value, or an element of the "
            + "argument collection contains a null value. Provide a collection that does not contain any null values, "
            + "and then try the command again.";
    static final String VALIDATE_NOT_NULL_OR_EMPTY_FAILURE = "The argument is null or empty. Provide an argument "
            + "that is not null or empty, and then try the command again.";
    static final String VALIDATE_NOT_NULL_OR_EMPTY_COLLECTION_FAILURE = "The argument is null, empty, or an element "
            + "of the argument collection contains a null value. Supply a collection that does not contain any null "
            + "values and then try the command again.";
    static final String VALIDATE_NOT_NULL_OR_WHITE_SPACE_FAILURE = "The argument is null, empty, or consists of only "
            + "white-space characters. Provide an argument that contains non white-space characters, and then try the "
            + "command again.";
    static final String VALIDATE_NOT_NULL_OR_WHITE_SPACE_COLLECTION_FAILURE = "An element of the argument collection "
            + "is null, empty, or consists of only white-space characters. Supply a collection that does not contain "
            + "any those values and then try the command again.";
    static final String VALIDATE_SET_FAILURE = "The argument \"{0}\" does not belong to the set \"{1}\" specified by "
            + "the ValidateSet attribute. Supply an argument that is in the set and then try the command again.";
    static final String VALIDATE_RANGE_TOO_SMALL = "The {0} argument is less than the minimum allowed range of {1}. "
            + "Supply an argument that is greater than or equal to {1} and then try the command again.";
    static final String VALIDATE_RANGE_TOO_BIG = "The {0} argument is greater than the maximum allowed range of {1}. "
            + "Supply an argument that is less than or equal to {1} and then try the command again.";
    static final String VALIDATE_RANGE_ELEMENT_TYPE = "The argument cannot be validated because its type \"{0}\" is "
            + "not the same type ({1}) as the maximum and minimum limits of the parameter. Make sure the argument is "
            + "of type {1} and then try the command again.";
    static final String VALIDATE_RANGE_POSITIVE_FAILURE =
            "The argument \"{0}\" cannot be validated because its value is not greater than zero.";
    static final String VALIDATE_RANGE_NON_NEGATIVE_FAILURE =
            "The argument \"{0}\" cannot be validated because its value is not greater than or equal to zero.";
    static final String VALIDATE_RANGE_NEGATIVE_FAILURE =
            "The argument \"{0}\" cannot be validated because its value is not less than zero.";
    static final String VALIDATE_RANGE_NON_POSITIVE_FAILURE =
            "The argument \"{0}\" cannot be validated because its value is not less than or equal to zero.";
    static final String VALIDATE_PATTERN_FAILURE = "The argument \"{0}\" does not match the \"{1}\" pattern. Supply "
            + "an argument that matches \"{1}\" and try the command again.";
    static final String VALIDATE_COUNT_NOT_IN_ARRAY = "The ValidateCount attribute cannot be applied to a non-array "
            + "parameter. Either remove the attribute from the parameter or make the parameter an array parameter.";
    static final String VALIDATE_COUNT_EXACT_FAILURE =
            "The parameter requires exactly {0} value(s) - {1} value(s) were provided.";
    static final String VALIDATE_COUNT_MIN_MAX_FAILURE =
            "The parameter requires at least {0} value(s) and no more than {1} value(s) - {2} value(s) were provided.";
    static final String VALIDATE_LENGTH_NOT_STRING = "The ValidateLength attribute cannot be applied to a parameter "
            + "that is not a string or string[] parameter. Make the parameter a string or string[] parameter.";
    static final String VALIDATE_LENGTH_MIN_LENGTH_FAILURE = "The character length ({1}) of the argument is too short. "
            + "Specify an argument with a length that is greater than or equal to \"{0}\", and then try the command "
            + "again.";
    static final String VALIDATE_LENGTH_MAX_LENGTH_FAILURE = "The character length ({1}) of the argument is too long. "
            + "Specify an argument with a length that is shorter than or equal to \"{0}\", and then try the command "
            + "again.";
    static final String VALIDATE_SCRIPT_FAILURE = "The \"{1}\" validation script for the argument with value \"{0}\" "
            + "did not return a result of True. Determine why the validation script failed, and then try the command "
            + "again.";
    static final String VALIDATE_VARIABLE_NAME = "Cannot validate argument '{0}' because it is not a valid variable name.";
    static final String PARAMETER_NAME_ALREADY_EXISTS =
            "A parameter with the name '{0}' was defined multiple times for the command.";
    static final String ALIAS_ALREADY_EXISTS = "The parameter alias cannot be specified because an alias with the "
            + "name '{0}' was already defined multiple times for the command.";
    static final String PARAMETER_NAME_CONFLICTS_WITH_ALIAS = "The parameter '{0}' cannot be specified because it "
            + "conflicts with the parameter alias of the same name for parameter '{1}'.";
    static final String PARAMETER_DECLARED_IN_SET_MULTIPLE_TIMES =
            "The parameter \"{0}\" is declared in parameter-set \"{1}\" multiple times.";
    static final String TOO_MANY_PARAMETER_SETS = "Cannot get or run the command. The maximum number of parameter "
            + "sets for this command has been exceeded.";

    private ParameterBinderStrings() {
    }

    /**
     * Fills {@code {n}} placeholders as .NET's String.Format does; unlike java.text.MessageFormat it leaves
     * quotes alone, which PowerShell's templates are full of. A missing argument leaves an empty string.
     */
    static String format(String template, Object... args) {
        StringBuilder sb = new StringBuilder(template.length() + 32);
        int i = 0;
        while (i < template.length()) {
            char c = template.charAt(i);
            int close = c == '{' ? template.indexOf('}', i) : -1;
            if (close > i + 1 && isDigits(template, i + 1, close)) {
                int index = Integer.parseInt(template, i + 1, close, 10);
                if (index < args.length && args[index] != null) {
                    sb.append(args[index]);
                }
                i = close + 1;
            } else {
                sb.append(c);
                i++;
            }
        }
        return sb.toString();
    }

    private static boolean isDigits(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isDigit(s.charAt(i))) {
                return false;
            }
        }
        return true;
    }
}
