package org.jposh.grammar;

/** Parse error messages, worded as in PowerShell's ParserStrings resources; the constant names are the error ids. */
final class ParserStrings {
    static final String EXPECTED_VALUE_EXPRESSION = "You must provide a value expression following the '%s' operator.";
    static final String UNEXPECTED_TOKEN = "Unexpected token '%s' in expression or statement.";
    static final String MISSING_END_PARENTHESIS_IN_EXPRESSION = "Missing closing ')' in expression.";
    static final String TERMINATOR_EXPECTED_AT_END_OF_STRING = "The string is missing the terminator: %s.";
    static final String MISSING_EXPRESSION_AFTER_TOKEN = "Missing expression after '%s'.";

    private ParserStrings() {
    }
}
