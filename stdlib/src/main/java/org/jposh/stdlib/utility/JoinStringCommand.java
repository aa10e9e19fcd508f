package org.jposh.stdlib.utility;

import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CompositeFormatter;
import org.jposh.interpreter.runtime.CultureInfo;
import org.jposh.interpreter.runtime.DateTime;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.stdlib.format.PropertyExpression;

/**
 * Join-String: the strings of all pipeline objects (or of one property or script block of each) in one string,
 * between -OutputPrefix and -OutputSuffix, separated by -Separator ($OFS unless given), each quoted or formatted
 * on request. Strings are culture-invariant unless -UseCulture.
 */
@Cmdlet(verb = "Join", noun = "String", defaultParameterSetName = "default",
        dotNetTypeName = "Microsoft.PowerShell.Commands.Utility.JoinStringCommand")
public final class JoinStringCommand extends PSCmdlet {
    @Parameter(position = 0)
    private Object property;

    @Parameter(position = 1)
    @AllowEmptyString
    private String separator;

    @Parameter
    @Alias("op")
    private String outputPrefix;

    @Parameter
    @Alias("os")
    private String outputSuffix;

    @Parameter(parameterSetName = "SingleQuote")
    private boolean singleQuote;

    @Parameter(parameterSetName = "DoubleQuote")
    private boolean doubleQuote;

    @Parameter(parameterSetName = "Format")
    private String formatString;

    @Parameter
    private boolean useCulture;

    @Parameter(valueFromPipeline = true)
    private Object[] inputObject;

    private final StringBuilder output = new StringBuilder();
    private PropertyExpression expression;
    private CultureInfo culture;
    private boolean first = true;

    @Override
    protected void beginProcessing() {
        if (property != null) {
            expression = PSObject.base(property) instanceof ScriptCallable script ? PropertyExpression.ofScript(script)
                    : PropertyExpression.ofName(LanguagePrimitives.toStringValue(property));
        }
        culture = useCulture ? CultureInfo.current() : CultureInfo.INVARIANT;
        if (outputPrefix != null) {
            output.append(outputPrefix);
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == null) {
            return;
        }
        for (Object item : inputObject) {
            if (item == null || item == AutomationNull.VALUE) {
                continue;
            }
            Object value = expression == null ? item : firstValue(PSObject.asPSObject(item));
            if (first) {
                first = false;
            } else {
                // read each time, as pwsh's Separator getter reads $OFS
                output.append(separator());
            }
            if (singleQuote || doubleQuote) {
                char quote = singleQuote ? '\'' : '"';
                output.append(quote).append(string(value)).append(quote);
            } else if (formatString == null || formatString.isEmpty()) {
                output.append(string(value));
            } else {
                output.append(CompositeFormatter.format(culture, formatString, new Object[] {value}));
            }
        }
    }

    @Override
    protected void endProcessing() {
        if (outputSuffix != null) {
            output.append(outputSuffix);
        }
        writeObject(output.toString());
    }

    /** The expression's first value for the object, $null when it has none or its evaluation fails (pwsh eats those errors). */
    private Object firstValue(PSObject item) {
        List<PropertyExpression> names = expression.resolveNames(item);
        if (names.isEmpty()) {
            return null;
        }
        try {
            return names.getFirst().getValue(item);
        } catch (PSRuntimeException | PoshException e) {
            return null;
        }
    }

    private String separator() {
        if (separator != null) {
            return separator;
        }
        return LanguagePrimitives.toStringValue(sessionState().currentScope().get("OFS"));
    }

    /** [string]$value in the cmdlet's culture: numbers and dates follow it, collections join with $OFS. */
    private String string(Object value) {
        Object base = PSObject.base(value);
        if (base instanceof String s) {
            return s;
        }
        if (useCulture && (base instanceof Number || base instanceof DateTime)) {
            return CompositeFormatter.formatValue(base, null, culture);
        }
        Object ofs = sessionState().currentScope().get("OFS");
        return LanguagePrimitives.toStringValue(value, ofs == null ? null : LanguagePrimitives.toStringValue(ofs));
    }
}
