package org.jposh.stdlib.format;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.ComparisonOperators;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.InformationRecord;
import org.jposh.interpreter.runtime.InformationalRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.stdlib.format.FormatData.Entry;
import org.jposh.stdlib.format.FormatData.FormatEnd;
import org.jposh.stdlib.format.FormatData.FormatStart;
import org.jposh.stdlib.format.FormatData.GroupEnd;
import org.jposh.stdlib.format.FormatData.GroupStart;
import org.jposh.stdlib.format.FormatData.Shape;
import org.jposh.stdlib.format.FormatData.TableColumn;

/**
 * Turns a stream of objects into format data, as pwsh's InnerFormatShapeCommand and view generators:
 * what Format-Table/List/Wide do, and what Out-* do with objects that were not formatted yet (the
 * default formatting, with no shape asked for).
 *
 * <p>The first object that is not shown by its string chooses the view: a known view of its type
 * (dictionary entries: the Name/Value table), else a table of its properties when it has at most four
 * (ten columns at most), else a list. Later objects are formatted in that view; a view of properties
 * takes every object (a missing property is an empty cell), a known view only objects of its type,
 * others being written out of band as a list. Scalars (strings, numbers, booleans, dates), objects
 * without properties and error records are always written out of band, by their string (error
 * records by their error view). Collections are enumerated one level, dictionaries into their entries.
 */
public final class FormatProcessor {
    private static final String ERROR_RECORD_TYPE = "System.Management.Automation.ErrorRecord";
    private static final int PROPERTY_COUNT_FOR_TABLE = 4;
    private static final int MAX_TABLE_COLUMNS = 10;

    private final Shape shape;
    private final FormatOptions options;
    private View view;
    private boolean inDocument;
    private boolean inGroup;
    private Object groupingValue = AutomationNull.VALUE;
    /** The header of the current group, or null when objects are not grouped. */
    private String groupHeader;

    /**
     * @param shape   the shape asked for, or null for the default formatting
     * @param options the command line of a Format-* command, or null
     */
    public FormatProcessor(Shape shape, FormatOptions options) {
        this.shape = shape;
        this.options = options;
    }

    /** Formats one pipeline object; format data passes through unchanged. */
    public void process(Object input, Consumer<FormatData> out) {
        if (input == null || input == AutomationNull.VALUE) {
            return;
        }
        if (PSObject.base(input) instanceof FormatData data) {
            out.accept(data);
            return;
        }
        if (input instanceof String || input instanceof Number || input instanceof Boolean
                || input instanceof Character) {
            // The common case of Out-Default: a plain scalar, printed without wrapping it in a PSObject.
            out.accept(new Entry(new FormatData.RawText(LanguagePrimitives.toStringValue(input)), true));
            return;
        }
        Iterable<?> elements = DisplayValues.enumerable(input);
        if (elements == null) {
            processObject(PSObject.asPSObject(input), out);
        } else {
            for (Object element : elements) {
                if (element != null) {
                    processObject(PSObject.asPSObject(element), out);
                }
            }
        }
    }

    /** Closes the open group and view. */
    public void end(Consumer<FormatData> out) {
        if (inGroup) {
            out.accept(new GroupEnd());
            inGroup = false;
        }
        if (inDocument) {
            out.accept(new FormatEnd());
            inDocument = false;
        }
    }

    private void processObject(PSObject so, Consumer<FormatData> out) {
        if (PSObject.base(so) instanceof FormatData data) {
            out.accept(data);
            return;
        }
        Entry outOfBand = outOfBandEntry(so, options != null && options.force());
        if (outOfBand != null) {
            out.accept(outOfBand);
            return;
        }
        if (!inDocument) {
            view = chooseView(so);
            out.accept(view.startData(so));
            inDocument = true;
        }
        if (!view.appliesTo(so)) {
            out.accept(new Entry(listEntry(so, allProperties(so)), true));
            return;
        }
        boolean groupChanged = updateGroupingValue(so);
        if (!inGroup) {
            out.accept(new GroupStart(groupHeader));
            inGroup = true;
        } else if (groupChanged) {
            out.accept(new Entry(new FormatData.BlankLine(), true));
            out.accept(new GroupEnd());
            out.accept(new GroupStart(groupHeader));
        }
        out.accept(new Entry(view.payload(so), false));
    }

    /**
     * The entry of an object shown outside any view (scalars, objects without properties, errors unless
     * {@code force} or typed otherwise (Get-Error's), script blocks, which pwsh shows as their text), or null.
     */
    private static Entry outOfBandEntry(PSObject so, boolean force) {
        if (PSObject.base(so) instanceof ErrorRecord error && !force && so.typeNames().contains(ERROR_RECORD_TYPE)) {
            // A program's redirected stderr line: pwsh's error view shows its text alone, as output, not as an error.
            return new Entry(isNativeStderr(error) ? new FormatData.RawText(error.message())
                    : new FormatData.ErrorText(error.normalView()), true);
        }
        if (PSObject.base(so) instanceof InformationalRecord record) {
            return new Entry(new FormatData.StreamText(record.kind(), record.message()), true);
        }
        if (PSObject.base(so) instanceof InformationRecord record) {
            return new Entry(new FormatData.RawText(record.toString()), true);
        }
        if (DisplayValues.isScalar(so) || PropertyExpression.allPropertyNames(so).isEmpty()
                || PSObject.base(so) instanceof ScriptBlock) {
            return new Entry(new FormatData.RawText(LanguagePrimitives.toStringValue(so)), true);
        }
        return null;
    }

    private static boolean isNativeStderr(ErrorRecord error) {
        String id = error.fullyQualifiedErrorId();
        return id.equals("NativeCommandError") || id.equals("NativeCommandErrorMessage");
    }

    // ---- views ----

    private View chooseView(PSObject so) {
        if (!propertiesGiven()) {
            ViewDefinition registered = options != null && options.view() != null ? namedView(so)
                    : DefaultViews.forObject(so, shape);
            if (registered != null) {
                return new RegisteredView(registered);
            }
        }
        Shape chosen = shape;
        if (chosen == null || chosen == Shape.CUSTOM) {
            chosen = PropertyExpression.displayPropertyNames(so).size() <= PROPERTY_COUNT_FOR_TABLE ? Shape.TABLE : Shape.LIST;
        }
        return switch (chosen) {
            case TABLE, CUSTOM -> new PropertyTableView(so);
            case LIST -> new PropertyListView();
            case WIDE -> new PropertyWideView();
        };
    }

    /** The view -View names among the object's views of this shape, as pwsh's FormatViewManager finds it. */
    private ViewDefinition namedView(PSObject so) {
        List<ViewDefinition> candidates = DefaultViews.viewsFor(so, shape);
        for (ViewDefinition candidate : candidates) {
            if (candidate.name().equalsIgnoreCase(options.view())) {
                return candidate;
            }
        }
        String command = switch (shape) {
            case LIST -> "Format-List";
            case WIDE -> "Format-Wide";
            case TABLE, CUSTOM -> "Format-Table";
        };
        String typeName = so.typeNames().getFirst();
        StringBuilder names = new StringBuilder();
        for (ViewDefinition candidate : candidates) {
            names.append(names.isEmpty() ? "" : ", ").append(candidate.name());
        }
        throw FormatParameter.error(command, "FormatViewNotFound", "The view name " + options.view()
                + " cannot be found. Specify one of the following " + typeName + " views and try again: "
                + names + ".");
    }

    /** The properties an object shows without a view: all of them, or an XML node's attributes and children alone. */
    private static List<Field> allProperties(PSObject so) {
        List<Field> fields = new ArrayList<>();
        for (String name : PropertyExpression.displayPropertyNames(so)) {
            fields.add(new Field(null, PropertyExpression.ofName(name)));
        }
        return fields;
    }

    /** The -Property arguments resolved on an object; a table keeps names that match nothing as columns. */
    private List<Field> givenProperties(PSObject so, boolean keepUnresolved) {
        List<Field> fields = new ArrayList<>();
        for (FormatParameter p : options.properties()) {
            List<PropertyExpression> resolved = p.expression().resolveNames(so);
            if (keepUnresolved && resolved.isEmpty() && !p.expression().hasWildcard()) {
                fields.add(new Field(p, p.expression()));
            }
            for (PropertyExpression e : resolved) {
                fields.add(new Field(p, e));
            }
        }
        return fields;
    }

    private boolean propertiesGiven() {
        return options != null && !options.properties().isEmpty();
    }

    private static FormatData.ListEntry listEntry(PSObject so, List<Field> fields) {
        String[] labels = new String[fields.size()];
        String[] values = new String[fields.size()];
        for (int k = 0; k < fields.size(); k++) {
            labels[k] = fields.get(k).label();
            values[k] = fields.get(k).display(so, false);
        }
        return new FormatData.ListEntry(labels, values);
    }

    /** A resolved expression and the -Property argument it came from (null for default properties). */
    private record Field(FormatParameter parameter, PropertyExpression expression) {
        String label() {
            return parameter != null && parameter.label() != null ? parameter.label() : expression.toString();
        }

        Object value(PSObject so) {
            try {
                return expression.getValue(so);
            } catch (PoshException | PSRuntimeException e) {
                return null;
            }
        }

        String display(PSObject so, boolean isTable) {
            return DisplayValues.formatField(value(so), parameter == null ? null : parameter.formatString(),
                    isTable);
        }
    }

    private abstract class View {
        abstract FormatStart startData(PSObject so);

        abstract FormatData.Content payload(PSObject so);

        boolean appliesTo(PSObject so) {
            return true;
        }

        /** The view's own grouping, used when the command line gives no -GroupBy. */
        ViewDefinition.GroupBy groupBy() {
            return null;
        }
    }

    private final class PropertyTableView extends View {
        private final List<Field> fields;

        PropertyTableView(PSObject first) {
            if (propertiesGiven()) {
                fields = givenProperties(first, true);
            } else {
                List<Field> all = allProperties(first);
                fields = all.size() > MAX_TABLE_COLUMNS ? all.subList(0, MAX_TABLE_COLUMNS) : all;
            }
        }

        @Override
        FormatStart startData(PSObject so) {
            List<TableColumn> columns = new ArrayList<>();
            for (Field f : fields) {
                FormatParameter p = f.parameter();
                Alignment alignment = p != null && p.alignment() != Alignment.UNDEFINED ? p.alignment()
                        : defaultAlignment(f.value(so));
                columns.add(new TableColumn(f.label(), p == null ? 0 : p.width(), alignment));
            }
            return new FormatStart(Shape.TABLE, columns, hideTableHeaders(), 0, autoSize());
        }

        @Override
        FormatData.Content payload(PSObject so) {
            String[] values = new String[fields.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = fields.get(k).display(so, true);
            }
            return new FormatData.TableRow(values, null, wrap());
        }
    }

    /** Numbers and other scalars other than strings are right-aligned, as the first object's values decide. */
    private static Alignment defaultAlignment(Object value) {
        if (value == null) {
            return Alignment.LEFT;
        }
        PSObject pso = PSObject.asPSObject(value);
        if ("System.String".equals(pso.typeNames().getFirst())) {
            return Alignment.LEFT;
        }
        return DisplayValues.isScalar(pso) ? Alignment.RIGHT : Alignment.LEFT;
    }

    private final class PropertyListView extends View {
        @Override
        FormatStart startData(PSObject so) {
            return new FormatStart(Shape.LIST, List.of(), false, 0, false);
        }

        @Override
        FormatData.Content payload(PSObject so) {
            return listEntry(so, propertiesGiven() ? givenProperties(so, false) : allProperties(so));
        }
    }

    private final class PropertyWideView extends View {
        @Override
        FormatStart startData(PSObject so) {
            return new FormatStart(Shape.WIDE, List.of(), false, options == null ? 0 : options.wideColumns(),
                    autoSize());
        }

        @Override
        FormatData.Content payload(PSObject so) {
            Field field = null;
            if (propertiesGiven()) {
                List<Field> given = givenProperties(so, false);
                field = given.isEmpty() ? null : given.getFirst();
            } else {
                PropertyExpression name = DisplayValues.displayNameExpression(so);
                List<Field> all = allProperties(so);
                field = name != null ? new Field(null, name) : all.isEmpty() ? null : all.getFirst();
            }
            return new FormatData.WideEntry(field == null ? "" : field.display(so, false));
        }
    }

    /** A view of the registry (pwsh's format.ps1xml views); it takes only objects of its types. */
    private final class RegisteredView extends View {
        private final ViewDefinition definition;

        RegisteredView(ViewDefinition definition) {
            this.definition = definition;
        }

        @Override
        FormatStart startData(PSObject so) {
            List<TableColumn> columns = new ArrayList<>();
            if (definition.shape() == Shape.TABLE) {
                for (ViewDefinition.Item column : definition.entries().getFirst().items()) {
                    columns.add(new TableColumn(column.header(), column.width(), column.alignment()));
                }
            }
            return new FormatStart(definition.shape(), columns, hideTableHeaders(),
                    options == null ? 0 : options.wideColumns(), autoSize());
        }

        @Override
        FormatData.Content payload(PSObject so) {
            ViewDefinition.ViewEntry entry = definition.entryFor(so);
            List<ViewDefinition.Item> items = entry == null ? List.of() : entry.items();
            String[] values = new String[items.size()];
            for (int k = 0; k < values.length; k++) {
                values[k] = display(items.get(k), so);
            }
            return switch (definition.shape()) {
                case TABLE -> new FormatData.TableRow(values, null, wrap() || definition.wrapRows());
                case LIST -> new FormatData.ListEntry(items.stream().map(ViewDefinition.Item::header)
                        .toArray(String[]::new), values);
                case WIDE -> new FormatData.WideEntry(values.length == 0 ? "" : values[0]);
                case CUSTOM -> new FormatData.CustomEntry(values.length == 0 ? "" : values[0]);
            };
        }

        @Override
        boolean appliesTo(PSObject so) {
            return definition.appliesTo(so);
        }

        @Override
        ViewDefinition.GroupBy groupBy() {
            return definition.groupBy();
        }

        private static String display(ViewDefinition.Item item, PSObject so) {
            try {
                return item.display(so);
            } catch (PoshException | PSRuntimeException e) {
                return "";
            }
        }
    }

    private boolean hideTableHeaders() {
        return options != null && options.hideTableHeaders();
    }

    private boolean autoSize() {
        return options != null && options.autoSize();
    }

    private boolean wrap() {
        return options != null && options.wrap();
    }

    // ---- grouping: -GroupBy, else the view's group-by ----

    /**
     * Evaluates the grouping value on the object; true when it differs from the previous object's, the
     * group header then being made from this object (the first of its group).
     */
    private boolean updateGroupingValue(PSObject so) {
        FormatParameter groupBy = options == null ? null : options.groupBy();
        ViewDefinition.GroupBy viewGroupBy = groupBy == null ? view.groupBy() : null;
        if (groupBy == null && viewGroupBy == null) {
            return false;
        }
        PropertyExpression resolved = null;
        Object newValue;
        try {
            if (groupBy != null) {
                List<PropertyExpression> names = groupBy.expression().resolveNames(so);
                if (names.isEmpty()) {
                    return false;
                }
                resolved = names.getFirst();
                newValue = resolved.getValue(so);
            } else {
                newValue = viewGroupBy.value().get(so);
                if (newValue == null) {
                    return false;
                }
            }
        } catch (PoshException | PSRuntimeException e) {
            return false;
        }
        Object oldValue = groupingValue;
        groupingValue = newValue;
        boolean changed = oldValue == AutomationNull.VALUE || !sameGroup(oldValue, newValue);
        if (changed) {
            groupHeader = groupBy == null ? viewGroupBy.label().apply(so)
                    : "   " + (groupBy.label() != null ? groupBy.label() : resolved.toString()) + ": "
                            + DisplayValues.formatField(newValue, groupBy.formatString(), false);
        }
        return changed;
    }

    private static boolean sameGroup(Object first, Object second) {
        try {
            return ComparisonOperators.equal(first, second, true);
        } catch (PSRuntimeException e) {
            return LanguagePrimitives.toStringValue(first).equalsIgnoreCase(LanguagePrimitives.toStringValue(second));
        }
    }
}
