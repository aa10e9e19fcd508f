package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.stdlib.format.FormatParameter;

/**
 * Compare-Object: walks the reference and difference objects side by side and writes the objects found
 * on one side only, with a SideIndicator of {@code <=} (reference) or {@code =>} (difference); with
 * -IncludeEqual also those on both ({@code ==}). An object unmatched at its position waits in a backlog
 * of -SyncWindow objects for a match further on. Objects match when their -Property keys (or the
 * objects themselves) compare equal, as Sort-Object compares them.
 */
@Cmdlet(verb = "Compare", noun = "Object")
public final class CompareObjectCommand extends PSCmdlet {
    private static final String SIDE_INDICATOR = "SideIndicator";

    @Parameter(position = 0, mandatory = true)
    @AllowEmptyCollection
    private Object[] referenceObject;

    @Parameter(position = 1, mandatory = true, valueFromPipeline = true)
    @AllowEmptyCollection
    private Object[] differenceObject;

    @Parameter
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int syncWindow = Integer.MAX_VALUE;

    @Parameter
    private Object[] property;

    @Parameter
    private boolean excludeDifferent;

    @Parameter
    private boolean includeEqual;

    @Parameter
    private boolean passThru;

    @Parameter
    private boolean caseSensitive;

    private OrderByProperty order;
    private OrderByProperty.Comparator comparator;
    private List<OrderByProperty.Entry> referenceEntries;
    private int referenceIndex;
    private final List<OrderByProperty.Entry> referenceBacklog = new ArrayList<>();
    private final List<OrderByProperty.Entry> differenceBacklog = new ArrayList<>();

    @Override
    protected void beginProcessing() {
        if (excludeDifferent && !(boundParameters().containsKey("IncludeEqual") && !includeEqual)) {
            includeEqual = true;
        }
    }

    @Override
    protected void processRecord() {
        if (referenceObject == null || referenceObject.length == 0) {
            if (differenceObject != null && differenceObject.length > 0) {
                List<Object> differences = Arrays.asList(differenceObject);
                order = keys(differences);
                for (OrderByProperty.Entry entry : order.entries(differences)) {
                    emitDifferenceOnly(entry);
                }
            }
            return;
        }
        initComparer();
        if (differenceObject == null || differenceObject.length == 0) {
            process(null);
            return;
        }
        for (OrderByProperty.Entry entry : order.entries(Arrays.asList(differenceObject))) {
            process(entry);
        }
    }

    @Override
    protected void endProcessing() {
        if (referenceEntries != null) {
            while (referenceIndex < referenceEntries.size()) {
                process(null);
            }
        }
        for (OrderByProperty.Entry entry : differenceBacklog) {
            emitDifferenceOnly(entry);
        }
        differenceBacklog.clear();
        for (OrderByProperty.Entry entry : referenceBacklog) {
            emitReferenceOnly(entry);
        }
        referenceBacklog.clear();
    }

    private OrderByProperty keys(List<Object> objects) {
        return OrderByProperty.create(property, FormatParameter.Keys.GROUP, "Compare-Object", objects,
                (error, target) -> writeError(errorRecord(error.getMessage(), "ExpressionEvaluation",
                        ErrorCategory.InvalidResult, target, error.exceptionTypeName())));
    }

    private void initComparer() {
        if (comparator == null) {
            List<Object> references = Arrays.asList(referenceObject);
            order = keys(references);
            comparator = order.comparator(false, caseSensitive);
            referenceEntries = order.entries(references);
        }
    }

    /** Matches the next reference object against a difference object (null when only references are left). */
    private void process(OrderByProperty.Entry difference) {
        OrderByProperty.Entry reference = referenceIndex < referenceEntries.size()
                ? referenceEntries.get(referenceIndex++) : null;
        if (reference != null && difference != null && comparator.compare(reference, difference) == 0) {
            emitMatch(reference);
            return;
        }
        OrderByProperty.Entry match = matchAndRemove(difference, referenceBacklog);
        if (match != null) {
            emitMatch(match);
            difference = null;
        }
        if (matchAndRemove(reference, differenceBacklog) != null) {
            emitMatch(reference);
            reference = null;
        }
        if (difference != null) {
            addToBacklog(difference, differenceBacklog, true);
        }
        if (reference != null) {
            addToBacklog(reference, referenceBacklog, false);
        }
    }

    private void addToBacklog(OrderByProperty.Entry entry, List<OrderByProperty.Entry> backlog, boolean difference) {
        if (syncWindow == 0) {
            emit(entry, difference);
            return;
        }
        while (backlog.size() >= syncWindow) {
            emit(backlog.removeFirst(), difference);
        }
        backlog.add(entry);
    }

    private void emit(OrderByProperty.Entry entry, boolean difference) {
        if (difference) {
            emitDifferenceOnly(entry);
        } else {
            emitReferenceOnly(entry);
        }
    }

    private OrderByProperty.Entry matchAndRemove(OrderByProperty.Entry entry, List<OrderByProperty.Entry> backlog) {
        if (entry == null) {
            return null;
        }
        for (int i = 0; i < backlog.size(); i++) {
            if (comparator.compare(entry, backlog.get(i)) == 0) {
                return backlog.remove(i);
            }
        }
        return null;
    }

    private void emitMatch(OrderByProperty.Entry entry) {
        if (includeEqual) {
            emit(entry, "==");
        }
    }

    private void emitDifferenceOnly(OrderByProperty.Entry entry) {
        if (!excludeDifferent) {
            emit(entry, "=>");
        }
    }

    private void emitReferenceOnly(OrderByProperty.Entry entry) {
        if (!excludeDifferent) {
            emit(entry, "<=");
        }
    }

    /** Writes the object (-PassThru) or a custom object of its keys (InputObject without -Property), with the side. */
    private void emit(OrderByProperty.Entry entry, String side) {
        PSObject result;
        if (passThru) {
            result = PSObject.asPSObject(entry.inputObject());
        } else {
            result = PSObject.newCustomObject();
            if (property == null || property.length == 0) {
                result.setNoteProperty("InputObject", entry.inputObject());
            } else {
                List<FormatParameter> keys = order.keys();
                for (int i = 0; i < keys.size(); i++) {
                    Object value = entry.values().get(i);
                    result.setNoteProperty(keys.get(i).expression().toString(),
                            value == OrderByProperty.NON_EXISTING ? null : value);
                }
            }
        }
        result.removeMember(SIDE_INDICATOR);
        result.addMember(new PSNoteProperty(SIDE_INDICATOR, side));
        writeObject(result);
    }
}
