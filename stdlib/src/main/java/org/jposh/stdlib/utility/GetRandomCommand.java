package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Get-Random: numbers in [Minimum, Maximum) typed by the bounds as pwsh types them (int when both
 * are int or absent, long when they fit long, else double), or -Count items of the input picked by
 * reservoir sampling, or all of them shuffled. -SetSeed starts the session's generator anew, so the
 * numbers that follow repeat.
 */
@Cmdlet(verb = "Get", noun = "Random", defaultParameterSetName = GetRandomCommand.RANDOM_NUMBER)
public final class GetRandomCommand extends PSCmdlet {
    static final String RANDOM_NUMBER = "RandomNumberParameterSet";
    static final String RANDOM_LIST_ITEM = "RandomListItemParameterSet";
    static final String SHUFFLE = "ShuffleParameterSet";

    /** The generator of each session, kept across commands as pwsh keeps one per runspace. */
    private static final Map<PSHost, RandomNumberGenerator> GENERATORS = new WeakHashMap<>();

    @Parameter(parameterSetName = RANDOM_NUMBER, position = 0)
    private Object maximum;

    @Parameter(parameterSetName = RANDOM_NUMBER)
    private Object minimum;

    @Parameter(parameterSetName = RANDOM_LIST_ITEM, valueFromPipeline = true, position = 0, mandatory = true)
    @Parameter(parameterSetName = SHUFFLE, valueFromPipeline = true, position = 0, mandatory = true)
    @AllowNull
    private Object[] inputObject;

    @Parameter(parameterSetName = RANDOM_NUMBER)
    @Parameter(parameterSetName = RANDOM_LIST_ITEM)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int count = 1;

    @Parameter(parameterSetName = SHUFFLE, mandatory = true)
    private boolean shuffle;

    @Parameter
    private Integer setSeed;

    private RandomNumberGenerator generator;
    private boolean listItems;
    private final List<Object> chosen = new ArrayList<>();
    private int processed;

    @Override
    protected void beginProcessing() {
        generator = sessionGenerator();
        listItems = myInvocation().expectingInput() && maximum == null && minimum == null
                || !parameterSetName().equals(RANDOM_NUMBER);
        if (!listItems && PSObject.base(maximum) instanceof Object[] items) {
            inputObject = items;
            listItems = true;
        }
        if (!listItems) {
            writeNumbers();
        }
    }

    private RandomNumberGenerator sessionGenerator() {
        synchronized (GENERATORS) {
            if (setSeed != null) {
                GENERATORS.put(host(), new RandomNumberGenerator(setSeed));
            }
            return GENERATORS.computeIfAbsent(host(), h -> new RandomNumberGenerator());
        }
    }

    private void writeNumbers() {
        Object max = operand(maximum);
        Object min = operand(minimum);
        if (isInt(max) && isInt(min)) {
            int low = min == null ? 0 : (Integer) min;
            int high = max == null ? Integer.MAX_VALUE : (Integer) max;
            checkBounds(low < high, low, high);
            for (int i = 0; i < count; i++) {
                writeObject(generator.next(low, high));
            }
        } else if ((isInt(max) || max instanceof Long) && (isInt(min) || min instanceof Long)) {
            long low = min == null ? 0 : ((Number) min).longValue();
            long high = max == null ? Long.MAX_VALUE : ((Number) max).longValue();
            checkBounds(low < high, low, high);
            for (int i = 0; i < count; i++) {
                writeObject(generator.nextLong(low, high));
            }
        } else {
            double low = toDouble(min, 0.0);
            double high = toDouble(max, Double.MAX_VALUE);
            checkBounds(low < high, low, high);
            for (int i = 0; i < count; i++) {
                writeObject(generator.nextDouble(low, high));
            }
        }
    }

    /** A bound as a number: strings are read as number literals. */
    private static Object operand(Object value) {
        Object base = PSObject.base(value);
        return base instanceof String s ? LanguagePrimitives.stringToNumber(s) : base;
    }

    private static boolean isInt(Object value) {
        return value == null || value instanceof Integer;
    }

    private static double toDouble(Object value, double ifNull) {
        return value == null ? ifNull : (Double) LanguagePrimitives.convertTo(value, Double.class);
    }

    private void checkBounds(boolean ordered, Object min, Object max) {
        if (!ordered) {
            throw throwTerminatingError(errorRecord("The Minimum value (" + LanguagePrimitives.toStringValue(min)
                    + ") cannot be greater than or equal to the Maximum value (" + LanguagePrimitives.toStringValue(max)
                    + ").", "MinGreaterThanOrEqualMax", ErrorCategory.InvalidArgument, null, "ArgumentException"));
        }
    }

    @Override
    protected void processRecord() {
        if (!listItems) {
            return;
        }
        Object[] items = inputObject == null ? new Object[] {null} : inputObject;
        for (Object item : items) {
            if (shuffle || processed < count) {
                chosen.add(item);
            } else if (generator.next(0, processed + 1) < count) {
                chosen.set(generator.next(0, chosen.size()), item);
            }
            processed++;
        }
    }

    @Override
    protected void endProcessing() {
        if (!listItems) {
            return;
        }
        int n = chosen.size();
        for (int i = 0; i < n; i++) {
            int j = generator.next(i, n);
            writeObject(chosen.get(j));
            if (i != j) {
                chosen.set(j, chosen.get(i));
            }
        }
    }
}
