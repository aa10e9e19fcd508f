package org.jposh.stdlib.core;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.CompletionResult: what an argument completer returns for one match (a string is
 * taken as a ParameterValue match of that text): the text that replaces the word, the text a list shows, its
 * kind (CompletionResultType) and a tool tip.
 */
public record CompletionResult(String completionText, String listItemText, EnumValue resultType, String toolTip)
        implements DotNetTyped {
    /** System.Management.Automation.CompletionResultType, with .NET's values. */
    public static final DotNetType RESULT_TYPE = CoreTypes.defineEnum("System.Management.Automation",
            "CompletionResultType", false, "Text", "History", "Command", "ProviderItem", "ProviderContainer",
            "Property", "Method", "ParameterName", "ParameterValue", "Variable", "Namespace", "Type", "Keyword",
            "DynamicKeyword");
    private static final int PARAMETER_VALUE = 8;
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "CompletionResult",
            CompletionResult.class, CompletionResult::defineMembers);

    /** Makes {@code [System.Management.Automation.CompletionResult]} resolve before a completion has run. */
    public static void registerTypeLazily() {
        CoreTypes.registerLazily("System.Management.Automation.CompletionResult", () -> TYPE);
        CoreTypes.registerLazily("System.Management.Automation.CompletionResultType", () -> RESULT_TYPE);
    }

    /** What a completer's output object means: a CompletionResult as it is, anything else a value of its text. */
    public static CompletionResult of(Object output) {
        if (PSObject.base(output) instanceof CompletionResult result) {
            return result;
        }
        String text = LanguagePrimitives.toStringValue(output);
        return new CompletionResult(text, text, new EnumValue(RESULT_TYPE, PARAMETER_VALUE), text);
    }

    /** The result's kind by name (ParameterValue, Command...). */
    public String resultTypeName() {
        return LanguagePrimitives.toStringValue(resultType);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    private static String string(Object value) {
        return value == null ? "" : LanguagePrimitives.toStringValue(value);
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.constructor((t, a) -> of(string(a[0])), param("completionText", CoreTypes.STRING));
        b.constructor((t, a) -> new CompletionResult(string(a[0]), string(a[1]), (EnumValue) a[2], string(a[3])),
                param("completionText", CoreTypes.STRING), param("listItemText", CoreTypes.STRING),
                param("resultType", RESULT_TYPE), param("toolTip", CoreTypes.STRING));
        b.property("CompletionText", CoreTypes.STRING, r -> ((CompletionResult) r).completionText);
        b.property("ListItemText", CoreTypes.STRING, r -> ((CompletionResult) r).listItemText);
        b.property("ResultType", RESULT_TYPE, r -> ((CompletionResult) r).resultType);
        b.property("ToolTip", CoreTypes.STRING, r -> ((CompletionResult) r).toolTip);
    }
}
