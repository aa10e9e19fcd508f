package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.stdlib.format.FormatParameter;

/**
 * Sort-Object: collects its input and writes it sorted by the -Property keys (the objects themselves
 * without), ascending unless -Descending or a key's own Ascending/Descending entry says otherwise;
 * strings ignore case unless -CaseSensitive. The sort is stable. -Unique drops objects whose keys equal
 * the previous one's; -Top and -Bottom keep the first or last N of the sorted objects.
 */
@Cmdlet(verb = "Sort", noun = "Object", defaultParameterSetName = "Default")
public final class SortObjectCommand extends PSCmdlet {
    @Parameter(valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private boolean descending;

    @Parameter
    private boolean unique;

    @Parameter
    private boolean caseSensitive;

    /** The sort is always stable here, so -Stable only selects its parameter set. */
    @Parameter(parameterSetName = "Default")
    private boolean stable;

    @Parameter(parameterSetName = "Top", mandatory = true)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int top;

    @Parameter(parameterSetName = "Bottom", mandatory = true)
    @ValidateRange(min = 1, max = Integer.MAX_VALUE)
    private int bottom;

    private final List<Object> inputObjects = new ArrayList<>();

    @Override
    protected void processRecord() {
        if (inputObject != null && inputObject != AutomationNull.VALUE) {
            inputObjects.add(inputObject);
        }
    }

    @Override
    protected void endProcessing() {
        OrderByProperty order = OrderByProperty.create(property, FormatParameter.Keys.SORT, "Sort-Object",
                inputObjects, (error, target) -> writeError(errorRecord(error.getMessage(), "ExpressionEvaluation",
                        ErrorCategory.InvalidResult, target, error.exceptionTypeName())));
        List<OrderByProperty.Entry> entries = order.entries(inputObjects);
        OrderByProperty.Comparator comparator = order.comparator(descending, caseSensitive);
        entries.sort(comparator);
        if (unique) {
            entries = uniqueEntries(entries, comparator);
        }
        int from = 0;
        int to = entries.size();
        if (top > 0) {
            to = Math.min(top, to);
        } else if (bottom > 0) {
            from = Math.max(0, to - bottom);
        }
        for (OrderByProperty.Entry entry : entries.subList(from, to)) {
            writeObject(entry.inputObject());
        }
    }

    /** The first of each run of equal entries. */
    private static List<OrderByProperty.Entry> uniqueEntries(List<OrderByProperty.Entry> sorted,
                                                             OrderByProperty.Comparator comparator) {
        List<OrderByProperty.Entry> result = new ArrayList<>();
        for (OrderByProperty.Entry entry : sorted) {
            if (result.isEmpty() || comparator.compare(result.getLast(), entry) != 0) {
                result.add(entry);
            }
        }
        return result;
    }
}
