package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.ScriptCallable;
import org.jposh.stdlib.format.PropertyExpression;

/**
 * Measure-Object: counts its input and, as asked, sums, averages, finds the extremes and the standard
 * deviation of the objects (or of each -Property), or counts the lines, words and characters of their
 * strings. One result per property, in the order the properties were first seen.
 */
@Cmdlet(verb = "Measure", noun = "Object", defaultParameterSetName = MeasureObjectCommand.GENERIC)
public final class MeasureObjectCommand extends PSCmdlet {
    static final String GENERIC = "GenericMeasure";
    private static final String TEXT = "TextMeasure";
    /** The key of the objects themselves when no -Property is given. */
    private static final String THIS_OBJECT = "$_";

    @Parameter(valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(position = 0)
    @ValidateNotNullOrEmpty
    private Object[] property;

    @Parameter(parameterSetName = GENERIC)
    private boolean standardDeviation;

    @Parameter(parameterSetName = GENERIC)
    private boolean sum;

    @Parameter(parameterSetName = GENERIC)
    private boolean allStats;

    @Parameter(parameterSetName = GENERIC)
    private boolean average;

    @Parameter(parameterSetName = GENERIC)
    private boolean maximum;

    @Parameter(parameterSetName = GENERIC)
    private boolean minimum;

    @Parameter(parameterSetName = TEXT)
    private boolean line;

    @Parameter(parameterSetName = TEXT)
    private boolean word;

    @Parameter(parameterSetName = TEXT)
    private boolean character;

    @Parameter(parameterSetName = TEXT)
    private boolean ignoreWhiteSpace;

    /** The running statistics of one property. */
    private static final class Statistics {
        final String name;
        int count;
        double sum;
        double variance;
        Object max;
        Object min;
        int characters;
        int words;
        int lines;

        Statistics(String name) {
            this.name = name;
        }
    }

    private final Map<String, Statistics> statistics = new LinkedHashMap<>();
    private final List<PropertyExpression> expressions = new ArrayList<>();
    private boolean nonNumericError;
    private int totalRecordCount;

    @Override
    protected void beginProcessing() {
        if (allStats) {
            sum = standardDeviation = average = maximum = minimum = true;
        }
        if (property != null) {
            for (Object p : property) {
                expressions.add(PSObject.base(p) instanceof ScriptCallable script ? PropertyExpression.ofScript(script)
                        : PropertyExpression.ofName(LanguagePrimitives.toStringValue(p)));
            }
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == null || inputObject == AutomationNull.VALUE) {
            return;
        }
        totalRecordCount++;
        if (property == null) {
            analyzeValue(THIS_OBJECT, PSObject.base(inputObject));
            return;
        }
        PSObject so = PSObject.asPSObject(inputObject);
        List<String> counted = new ArrayList<>();
        for (PropertyExpression expression : expressions) {
            List<PropertyExpression> names = expression.resolveNames(so);
            if (names.isEmpty() && !expression.hasWildcard()) {
                entry(expression.toString());
            }
            for (PropertyExpression name : names) {
                String key = name.toString().toLowerCase(Locale.ROOT);
                if (!counted.contains(key)) {
                    counted.add(key);
                    analyzeValue(name.toString(), name.getValue(so));
                }
            }
        }
    }

    private Statistics entry(String name) {
        return statistics.computeIfAbsent(name.toLowerCase(Locale.ROOT), k -> new Statistics(name));
    }

    private void analyzeValue(String name, Object value) {
        Statistics stat = entry(name);
        stat.count++;
        if (character || word || line) {
            String text = value == null ? "" : LanguagePrimitives.toStringValue(value);
            stat.characters += ignoreWhiteSpace ? nonWhiteSpaceLength(text) : text.length();
            stat.words += wordCount(text);
            stat.lines += lineCount(text);
        }
        if (average || sum || standardDeviation) {
            Double number = toDouble(value);
            if (number == null) {
                nonNumericError = true;
                writeError(errorRecord("Input object \"" + LanguagePrimitives.toStringValue(value)
                        + "\" is not numeric.", "NonNumericInputObject", ErrorCategory.InvalidType, value,
                        "PSInvalidOperationException"));
                return;
            }
            double previousSum = stat.sum;
            stat.sum += number;
            if (standardDeviation && stat.count > 1) {
                double previousAverage = previousSum / (stat.count - 1);
                stat.variance *= (stat.count - 2.0) / (stat.count - 1);
                stat.variance += (number - previousAverage) * (number - previousAverage) / stat.count;
            }
        }
        if (minimum) {
            stat.min = extreme(value, stat.min, true);
        }
        if (maximum) {
            stat.max = extreme(value, stat.max, false);
        }
    }

    /** The new minimum (or maximum): numbers compare as doubles, values of different types as strings. */
    private static Object extreme(Object value, Object current, boolean isMin) {
        if (current == null) {
            return value;
        }
        Object a = value != null && toDouble(value) != null ? toDouble(value) : value;
        Object b = toDouble(current) != null ? toDouble(current) : current;
        if (a != null && a.getClass() != b.getClass()) {
            a = LanguagePrimitives.toStringValue(a);
            b = LanguagePrimitives.toStringValue(b);
        }
        int c = ComparisonOperators.compareValues(b, a, false);
        return (isMin ? c : -c) > 0 ? value : current;
    }

    /** The value as a double, as pwsh's TryConvertTo; null when it does not convert. */
    private static Double toDouble(Object value) {
        try {
            return (Double) LanguagePrimitives.convertTo(value, CoreTypes.DOUBLE);
        } catch (PSRuntimeException | DotNetException e) {
            return null;
        }
    }

    private static int nonWhiteSpaceLength(String text) {
        int n = 0;
        for (int i = 0; i < text.length(); i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                n++;
            }
        }
        return n;
    }

    private static int wordCount(String text) {
        int words = 0;
        boolean afterSpace = true;
        for (int i = 0; i < text.length(); i++) {
            boolean space = Character.isWhitespace(text.charAt(i));
            if (!space && afterSpace) {
                words++;
            }
            afterSpace = space;
        }
        return words;
    }

    /** Lines as pwsh counts them: each newline ends one, and text after the last is one more. */
    private static int lineCount(String text) {
        if (text.isEmpty()) {
            return 0;
        }
        int lines = 0;
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                lines++;
            }
        }
        return text.charAt(text.length() - 1) == '\n' ? lines : lines + 1;
    }

    @Override
    protected void endProcessing() {
        if (totalRecordCount == 0 && property == null) {
            entry(THIS_OBJECT);
        }
        for (Statistics stat : statistics.values()) {
            boolean generic = GENERIC.equals(parameterSetName());
            if (stat.count == 0 && property != null) {
                if (sessionState().currentScope().isStrictVersion(2)) {
                    writeError(errorRecord("The property \"" + stat.name + "\" cannot be found in the input for any "
                            + "objects.", generic ? "GenericMeasurePropertyNotFound" : "TextMeasurePropertyNotFound",
                            ErrorCategory.ObjectNotFound, null, "PSArgumentException"));
                }
                continue;
            }
            MeasureInfo info = generic ? genericInfo(stat) : textInfo(stat);
            if (property != null) {
                info.property = stat.name;
            }
            writeObject(info);
        }
    }

    private MeasureInfo genericInfo(Statistics stat) {
        boolean numericExtremes = (stat.min == null || toDouble(stat.min) != null)
                && (stat.max == null || toDouble(stat.max) != null);
        MeasureInfo info = numericExtremes ? new MeasureInfo.Generic() : new MeasureInfo.GenericObject();
        info.count = stat.count;
        if (!nonNumericError) {
            info.sum = sum ? stat.sum : null;
            info.average = average && stat.count > 0 ? stat.sum / stat.count : null;
            info.standardDeviation = standardDeviation ? Math.sqrt(stat.variance) : null;
        }
        if (maximum && stat.max != null) {
            info.maximum = numericExtremes ? toDouble(stat.max) : stat.max;
        }
        if (minimum && stat.min != null) {
            info.minimum = numericExtremes ? toDouble(stat.min) : stat.min;
        }
        return info;
    }

    private MeasureInfo textInfo(Statistics stat) {
        MeasureInfo info = new MeasureInfo.Text();
        info.characters = character ? stat.characters : null;
        info.words = word ? stat.words : null;
        info.lines = line ? stat.lines : null;
        return info;
    }
}
