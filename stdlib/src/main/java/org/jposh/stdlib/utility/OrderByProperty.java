package org.jposh.stdlib.utility;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.stdlib.format.FormatParameter;
import org.jposh.stdlib.format.PropertyExpression;

/**
 * The keys Sort-Object, Group-Object and Compare-Object order and match objects by (pwsh's
 * OrderByProperty): each -Property argument (a name, possibly with wildcards, a script block, or a
 * hashtable with Expression and, for Sort-Object, Ascending/Descending) evaluated for each object.
 * Without -Property the key is the object itself. A property an object lacks sorts after every value.
 */
final class OrderByProperty {
    /** The key of a property the object does not have. */
    static final Object NON_EXISTING = new Object();

    /** One object with its key values, and its position in the input (what makes sorting stable). */
    record Entry(Object inputObject, List<Object> values, int index) {
    }

    /** Reports a key that could not be evaluated (ExpressionEvaluation) for an object. */
    @FunctionalInterface
    interface ErrorSink {
        void evaluationFailed(PSRuntimeException error, Object inputObject);
    }

    private final List<FormatParameter> keys;
    private final ErrorSink errors;

    private OrderByProperty(List<FormatParameter> keys, ErrorSink errors) {
        this.keys = keys;
        this.errors = errors;
    }

    /**
     * The keys for these -Property arguments (null: the objects themselves), with wildcard names
     * expanded against the given objects: the matching names of all of them, in name order.
     *
     * @throws PoshException for a malformed calculated property, as the formatting cmdlets report it
     */
    static OrderByProperty create(Object[] property, FormatParameter.Keys allowed, String command,
                                  List<?> objects, ErrorSink errors) {
        List<FormatParameter> keys = new ArrayList<>();
        if (property != null) {
            for (Object argument : property) {
                FormatParameter key = FormatParameter.parse(argument, allowed, command);
                if (!key.expression().hasWildcard()) {
                    keys.add(key);
                    continue;
                }
                Map<String, PropertyExpression> names = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
                for (Object o : objects) {
                    if (PSObject.base(o) != null) {
                        for (PropertyExpression name : key.expression().resolveNames(PSObject.asPSObject(o))) {
                            names.put(name.toString(), name);
                        }
                    }
                }
                for (PropertyExpression name : names.values()) {
                    keys.add(new FormatParameter(name, key.label(), 0, key.alignment(), null, key.ascending()));
                }
            }
        }
        return new OrderByProperty(keys, errors);
    }

    /** The keys after wildcard expansion; empty when the objects themselves are the key. */
    List<FormatParameter> keys() {
        return keys;
    }

    /** The entries of the objects, in input order; nulls are left out, as pwsh's order matrix leaves them. */
    List<Entry> entries(List<?> objects) {
        List<Entry> result = new ArrayList<>();
        for (int i = 0; i < objects.size(); i++) {
            Object o = objects.get(i);
            if (o != null && o != AutomationNull.VALUE) {
                result.add(entry(o, i));
            }
        }
        return result;
    }

    Entry entry(Object inputObject, int index) {
        if (keys.isEmpty()) {
            List<Object> self = new ArrayList<>(1);
            self.add(inputObject);
            return new Entry(inputObject, self, index);
        }
        PSObject so = PSObject.asPSObject(inputObject);
        List<Object> values = new ArrayList<>(keys.size());
        for (FormatParameter key : keys) {
            PropertyExpression expression = key.expression();
            if (!expression.isScript() && expression.resolveNames(so).isEmpty()) {
                values.add(NON_EXISTING);
                continue;
            }
            try {
                values.add(expression.getValue(so));
            } catch (PSRuntimeException e) {
                errors.evaluationFailed(e, inputObject);
                values.add(null);
            }
        }
        return new Entry(inputObject, values, index);
    }

    /**
     * The order of entries: key by key, each ascending unless {@code descending} (or the key's own
     * direction) says otherwise.
     */
    Comparator comparator(boolean descending, boolean caseSensitive) {
        ObjectCommandComparer[] comparers = new ObjectCommandComparer[Math.max(keys.size(), 1)];
        for (int k = 0; k < comparers.length; k++) {
            Boolean own = k < keys.size() ? keys.get(k).ascending() : null;
            comparers[k] = new ObjectCommandComparer(own != null ? own : !descending, caseSensitive);
        }
        return new Comparator(comparers);
    }

    /** OrderByPropertyComparer: compares two entries key by key. */
    static final class Comparator implements java.util.Comparator<Entry> {
        private final ObjectCommandComparer[] comparers;

        private Comparator(ObjectCommandComparer[] comparers) {
            this.comparers = comparers;
        }

        @Override
        public int compare(Entry first, Entry second) {
            for (int k = 0; k < comparers.length; k++) {
                Object a = k < first.values().size() ? first.values().get(k) : NON_EXISTING;
                Object b = k < second.values().size() ? second.values().get(k) : NON_EXISTING;
                int order;
                if (a == NON_EXISTING || b == NON_EXISTING) {
                    order = a == b ? 0 : a == NON_EXISTING ? 1 : -1;
                } else {
                    order = comparers[k].compare(a, b);
                }
                if (order != 0) {
                    return order;
                }
            }
            return 0;
        }
    }
}
