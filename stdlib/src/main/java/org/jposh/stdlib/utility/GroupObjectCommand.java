package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.stdlib.format.FormatParameter;

/**
 * Group-Object: groups its input by the -Property keys (the objects themselves without) into
 * GroupInfo objects. When every object's keys have the same types the groups come out sorted by key
 * (case-insensitively unless -CaseSensitive), otherwise in the order their first objects came.
 * -AsHashTable writes one hashtable from key (or, with -AsString, the key's string) to the group's objects.
 */
@Cmdlet(verb = "Group", noun = "Object")
public final class GroupObjectCommand extends PSCmdlet {
    private static final String COMMAND = "Group-Object";

    @Parameter(valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(position = 0)
    private Object[] property;

    @Parameter
    private boolean noElement;

    @Parameter(parameterSetName = "HashTable")
    @Alias("AHT")
    private boolean asHashTable;

    @Parameter(parameterSetName = "HashTable")
    private boolean asString;

    @Parameter
    private boolean caseSensitive;

    private final List<Object> inputObjects = new ArrayList<>();

    @Override
    protected void beginProcessing() {
        if (asString && !asHashTable) {
            throw throwTerminatingError(errorRecord("The command cannot be run because the AsString parameter "
                    + "requires that you specify the AsHashtable parameter.", "ArgumentException",
                    ErrorCategory.InvalidArgument, true, "ArgumentException"));
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject != null && inputObject != AutomationNull.VALUE) {
            inputObjects.add(inputObject);
        }
    }

    @Override
    protected void endProcessing() {
        OrderByProperty order = OrderByProperty.create(property, FormatParameter.Keys.GROUP, COMMAND, inputObjects,
                (error, target) -> writeError(errorRecord(error.getMessage(), "ExpressionEvaluation",
                        ErrorCategory.InvalidResult, target, error.exceptionTypeName())));
        if (asHashTable && !asString && order.keys().size() > 1) {
            throw throwTerminatingError(errorRecord("The command cannot be run because using the AsHashTable "
                    + "parameter with more than one property requires adding the AsString parameter.",
                    "ArgumentException", ErrorCategory.InvalidArgument, property, "ArgumentException"));
        }
        List<OrderByProperty.Entry> entries = order.entries(inputObjects);
        OrderByProperty.Comparator comparator = order.comparator(false, caseSensitive);
        List<GroupInfo> groups = new ArrayList<>();
        if (sameKeyTypes(entries)) {
            entries.sort(comparator);
            for (OrderByProperty.Entry entry : entries) {
                GroupInfo last = groups.isEmpty() ? null : groups.getLast();
                addToGroup(entry, last != null && sameKey(last, entry, comparator) ? last : null, groups);
            }
        } else {
            for (OrderByProperty.Entry entry : entries) {
                GroupInfo match = null;
                for (GroupInfo group : groups) {
                    if (sameKey(group, entry, comparator)) {
                        match = group;
                        break;
                    }
                }
                addToGroup(entry, match, groups);
            }
        }
        if (groups.isEmpty()) {
            return;
        }
        if (asHashTable) {
            Hashtable table = toHashtable(groups);
            if (table != null) {
                writeObject(table);
            }
        } else {
            for (GroupInfo group : groups) {
                writeObject(group.toPSObject());
            }
        }
    }

    private void addToGroup(OrderByProperty.Entry entry, GroupInfo group, List<GroupInfo> groups) {
        if (group != null) {
            group.add(entry.inputObject());
        } else {
            groups.add(new GroupInfo(entry.values(), entry.inputObject(), !noElement));
        }
    }

    private static boolean sameKey(GroupInfo group, OrderByProperty.Entry entry, OrderByProperty.Comparator comparator) {
        return comparator.compare(new OrderByProperty.Entry(null, group.values(), 0), entry) == 0;
    }

    /** Whether every key position holds values of one type (nulls aside), which lets the groups be sorted. */
    private static boolean sameKeyTypes(List<OrderByProperty.Entry> entries) {
        List<DotNetType> types = null;
        for (OrderByProperty.Entry entry : entries) {
            List<Object> values = entry.values();
            if (types == null) {
                types = new ArrayList<>();
                for (Object v : values) {
                    types.add(typeOf(v));
                }
                continue;
            }
            if (types.size() != values.size()) {
                return false;
            }
            for (int i = 0; i < values.size(); i++) {
                DotNetType type = typeOf(values.get(i));
                if (type == null) {
                    continue;
                }
                if (types.get(i) == null) {
                    types.set(i, type);
                } else if (types.get(i) != type) {
                    return false;
                }
            }
        }
        return true;
    }

    private static DotNetType typeOf(Object value) {
        return value == OrderByProperty.NON_EXISTING ? null : DotNetType.of(PSObject.base(value));
    }

    /** The groups by key, or null after reporting two groups whose keys the hashtable cannot tell apart. */
    private Hashtable toHashtable(List<GroupInfo> groups) {
        Hashtable table = new Hashtable(!caseSensitive);
        for (GroupInfo group : groups) {
            Object key = asString ? group.name() : PSObject.base(group.values().getFirst());
            if (key == OrderByProperty.NON_EXISTING || table.containsKey(key)) {
                writeError(errorRecord("The objects grouped by this property cannot be expanded because there is a "
                        + "key duplication. Provide a valid value for the property, and then try again.",
                        "The objects grouped by this property cannot be expanded because there is a key duplication. "
                                + "Provide a valid value for the property, and then try again.",
                        ErrorCategory.InvalidArgument, null, "Exception"));
                return null;
            }
            table.put(key, group.group());
        }
        return table;
    }
}
