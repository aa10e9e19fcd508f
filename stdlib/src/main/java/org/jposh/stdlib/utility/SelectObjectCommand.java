package org.jposh.stdlib.utility;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateRange;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSMemberInfo;
import org.jposh.interpreter.runtime.PSNoteProperty;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.PSPropertyInfo;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.stdlib.format.FormatParameter;
import org.jposh.stdlib.format.PropertyExpression;

/**
 * Select-Object. With -Property, writes for each object a new custom object (its first type name
 * {@code Selected.<the input's type>}) holding the selected properties: names (wildcards expand to
 * every matching property, a name that matches none gives a $null property), script blocks and
 * calculated properties {@code @{Name=...; Expression=...}}, less those -ExcludeProperty names.
 * -ExpandProperty writes the property's value instead (each element of a collection), with the
 * selected properties added to it. Without either, objects pass unchanged. -First, -Last, -Skip,
 * -SkipLast, -Index and -SkipIndex choose which objects; -Unique drops repeated results.
 *
 * <p>As in pwsh, once -First (without -Last) or -Index has what it needs the commands upstream are
 * stopped, so {@code 1..1e9 | Select-Object -First 3} returns at once.
 */
@Cmdlet(verb = "Select", noun = "Object", defaultParameterSetName = SelectObjectCommand.DEFAULT)
public final class SelectObjectCommand extends PSCmdlet {
    static final String DEFAULT = "DefaultParameter";
    private static final String SKIP_LAST = "SkipLastParameter";
    private static final String INDEX = "IndexParameter";
    private static final String SKIP_INDEX = "SkipIndexParameter";
    private static final String COMMAND = "Select-Object";

    @Parameter(valueFromPipeline = true)
    private Object inputObject = AutomationNull.VALUE;

    @Parameter(parameterSetName = DEFAULT, position = 0)
    @Parameter(parameterSetName = SKIP_LAST, position = 0)
    private Object[] property;

    @Parameter(parameterSetName = DEFAULT)
    @Parameter(parameterSetName = SKIP_LAST)
    private String[] excludeProperty;

    @Parameter(parameterSetName = DEFAULT)
    @Parameter(parameterSetName = SKIP_LAST)
    private String expandProperty;

    @Parameter
    private boolean unique;

    @Parameter
    private boolean caseInsensitive;

    @Parameter(parameterSetName = DEFAULT)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int last;

    @Parameter(parameterSetName = DEFAULT)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int first;

    @Parameter(parameterSetName = DEFAULT)
    @Parameter(parameterSetName = SKIP_LAST)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int skip;

    @Parameter(parameterSetName = SKIP_LAST)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int skipLast;

    @Parameter(parameterSetName = INDEX)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int[] index;

    @Parameter(parameterSetName = SKIP_INDEX)
    @ValidateRange(min = 0, max = Integer.MAX_VALUE)
    private int[] skipIndex;

    private List<FormatParameter> properties = List.of();
    private FormatParameter expand;
    private List<WildcardPattern> exclusions;
    private boolean firstOrLast;
    private int[] indexes;
    private int nextIndex;
    private int objectIndex;
    private int streamed;
    private final Deque<Object> queue = new ArrayDeque<>();
    /** -Unique's results, written at the end: each object and how many properties were selected into it. */
    private final List<Object> uniques = new ArrayList<>();
    private final List<Integer> uniqueNoteCounts = new ArrayList<>();

    @Override
    protected void beginProcessing() {
        firstOrLast = boundParameters().containsKey("First") || boundParameters().containsKey("Last");
        if (excludeProperty != null) {
            exclusions = new ArrayList<>();
            for (String name : excludeProperty) {
                exclusions.add(new WildcardPattern(name, WildcardPattern.IGNORE_CASE));
            }
            if (property == null || property.length == 0) {
                property = new Object[] {"*"};
            }
        }
        if (property != null) {
            properties = new ArrayList<>();
            for (Object p : property) {
                properties.add(FormatParameter.parse(p, FormatParameter.Keys.SELECT, COMMAND));
            }
        }
        if (expandProperty != null && !expandProperty.isEmpty()) {
            expand = FormatParameter.parse(expandProperty, FormatParameter.Keys.SELECT, COMMAND);
        }
        int[] chosen = index != null ? index : skipIndex;
        if (chosen != null) {
            indexes = chosen.clone();
            Arrays.sort(indexes);
        }
    }

    @Override
    protected void processRecord() {
        if (inputObject == AutomationNull.VALUE || inputObject == null) {
            return;
        }
        if (indexes != null) {
            processIndexed();
            if (index != null && nextIndex == indexes.length) {
                throw stopUpstreamCommands();
            }
            return;
        }
        enqueue(inputObject);
        Object streaming = streamingDequeue();
        if (streaming != null) {
            process(streaming);
        }
        if (first > 0 && last == 0 && skipLast == 0 && streamed >= first && queue.isEmpty()) {
            throw stopUpstreamCommands();
        }
    }

    /** SelectObjectQueue.Enqueue: keeps at most what -Last (after -Skip) can still need. */
    private void enqueue(Object o) {
        if (last > 0 && queue.size() >= last + skip && first == 0) {
            queue.poll();
        } else if (last > 0 && queue.size() >= last && first != 0) {
            queue.poll();
        }
        queue.add(o);
    }

    /** SelectObjectQueue.StreamingDequeue: the object to write now, or null to wait. */
    private Object streamingDequeue() {
        if (skip == 0) {
            if (skipLast > 0) {
                return queue.size() > skipLast ? queue.poll() : null;
            }
            if (streamed < first || !firstOrLast) {
                streamed++;
                return queue.poll();
            }
            if (last == 0) {
                queue.poll();
            }
        } else if (last == 0) {
            queue.poll();
            skip--;
        } else if (first != 0) {
            skip--;
            queue.poll();
        }
        return null;
    }

    private void processIndexed() {
        boolean include = index != null;
        if (nextIndex < indexes.length && objectIndex == indexes[nextIndex]) {
            if (include) {
                process(inputObject);
            }
            while (nextIndex < indexes.length && indexes[nextIndex] == objectIndex) {
                nextIndex++;
            }
        } else if (!include) {
            process(inputObject);
        }
        objectIndex++;
    }

    @Override
    protected void endProcessing() {
        if (DEFAULT.equals(parameterSetName())) {
            if (first != 0) {
                while (!queue.isEmpty()) {
                    process(queue.poll());
                }
            } else {
                while (queue.size() > skip) {
                    process(queue.poll());
                }
            }
        }
        for (Object o : uniques) {
            writeObject(o);
        }
    }

    private void process(Object o) {
        try {
            processObject(PSObject.asPSObject(o), o);
        } catch (SelectException e) {
            writeError(e.record);
        }
    }

    private void processObject(PSObject so, Object original) {
        if (properties.isEmpty() && expand == null) {
            write(so, original, List.of());
            return;
        }
        List<PSNoteProperty> selected = new ArrayList<>();
        for (FormatParameter p : properties) {
            select(p, so, selected);
        }
        if (expand != null) {
            expand(so, selected);
            return;
        }
        PSObject result = PSObject.newCustomObject();
        List<String> names = new ArrayList<>();
        for (PSNoteProperty note : selected) {
            if (names.contains(note.name().toLowerCase(Locale.ROOT))) {
                writeAlreadyExisting(note.name(), original, "AlreadyExistingUserSpecifiedPropertyNoExpand");
            } else {
                names.add(note.name().toLowerCase(Locale.ROOT));
                result.addMember(note);
            }
        }
        write(result, original, selected);
    }

    /** The note properties one -Property argument gives for an object. */
    private void select(FormatParameter p, PSObject so, List<PSNoteProperty> selected) {
        PropertyExpression expression = p.expression();
        List<PropertyExpression> resolved = new ArrayList<>();
        List<Object> values = new ArrayList<>();
        for (PropertyExpression name : expression.resolveNames(so)) {
            if (!excluded(name)) {
                resolved.add(name);
                values.add(value(name, so));
            }
        }
        if (resolved.isEmpty() && !expression.hasWildcard()) {
            resolved.add(expression);
            values.add(null);
        } else if (p.label() != null && resolved.size() > 1) {
            writeError(errorRecord("Cannot rename multiple results.", "RenamingMultipleResults",
                    ErrorCategory.InvalidOperation, so, "InvalidOperationException"));
            return;
        }
        for (int i = 0; i < resolved.size(); i++) {
            if (excluded(resolved.get(i))) {
                continue;
            }
            String name = p.label() != null ? p.label() : resolved.get(i).toString();
            if (name.isEmpty()) {
                throw throwTerminatingError(errorRecord("A property is an empty script block and does not provide "
                        + "a name.", "EmptyScriptBlockAndNoName", ErrorCategory.InvalidArgument, null,
                        "PSArgumentException"));
            }
            selected.add(new PSNoteProperty(name, values.get(i)));
        }
    }

    private boolean excluded(PropertyExpression name) {
        if (exclusions == null || name.isScript()) {
            return false;
        }
        for (WildcardPattern pattern : exclusions) {
            if (pattern.isMatch(name.toString())) {
                return true;
            }
        }
        return false;
    }

    /**
     * An expression's value; a failure (a runtime error, a {@code throw}) gives $null silently, as pwsh's
     * PSPropertyExpression.GetValues eats its RuntimeExceptions.
     */
    private static Object value(PropertyExpression expression, PSObject so) {
        try {
            return expression.getValue(so);
        } catch (PSRuntimeException | PoshException e) {
            return null;
        }
    }

    private void expand(PSObject so, List<PSNoteProperty> selected) {
        List<PropertyExpression> names = expand.expression().resolveNames(so);
        if (names.isEmpty()) {
            throw new SelectException(errorRecord("Property \"" + expandProperty + "\" cannot be found.",
                    "ExpandPropertyNotFound", ErrorCategory.InvalidArgument, so, "PSArgumentException"));
        }
        if (names.size() > 1) {
            throw new SelectException(errorRecord("Multiple properties cannot be expanded.",
                    "MutlipleExpandProperties", ErrorCategory.InvalidArgument, so, "PSArgumentException"));
        }
        Object value;
        try {
            value = names.getFirst().getValue(so);
        } catch (PSRuntimeException e) {
            throw new SelectException(errorRecord(e.getMessage(), "PropertyEvaluationExpand",
                    ErrorCategory.InvalidResult, so, e.exceptionTypeName()));
        }
        if (value == null) {
            return;
        }
        Iterable<?> elements = PSObject.base(value) instanceof java.util.Map<?, ?> ? null
                : LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            writeExpanded(value, so, selected);
            return;
        }
        for (Object element : elements) {
            if (element != null) {
                writeExpanded(element, so, selected);
            }
        }
    }

    private void writeExpanded(Object value, PSObject input, List<PSNoteProperty> selected) {
        PSObject expanded = PSObject.asPSObject(value);
        for (PSNoteProperty note : selected) {
            if (expanded.property(note.name()) != null) {
                writeAlreadyExisting(note.name(), input, "AlreadyExistingUserSpecifiedPropertyExpand");
            } else {
                expanded.addMember(new PSNoteProperty(note.name(), note.value()));
            }
        }
        write(expanded, selected.isEmpty() ? value : expanded, selected);
    }

    private void writeAlreadyExisting(String name, Object target, String errorId) {
        writeError(errorRecord("The property cannot be processed because the property \"" + name
                + "\" already exists.", errorId, ErrorCategory.InvalidOperation, target, "PSArgumentException"));
    }

    /**
     * FilteredWriteObject: marks a new custom object as {@code Selected.<input type>} and writes it, or,
     * with -Unique, keeps it when no kept object equals it.
     */
    private void write(PSObject result, Object original, List<PSNoteProperty> added) {
        if (result.isCustomObject()) {
            String typeName = "Selected." + DotNetType.of(PSObject.base(original) == null ? result.baseObject()
                    : PSObject.base(original)).fullName();
            if (!added.isEmpty() || !result.typeNames().contains(typeName)) {
                result.typeNames().addFirst(typeName);
            }
        }
        Object output = result.isCustomObject() || !added.isEmpty() ? result : original;
        if (!unique) {
            writeObject(output);
            return;
        }
        ObjectCommandComparer comparer = new ObjectCommandComparer(true, !caseInsensitive);
        for (int i = 0; i < uniques.size(); i++) {
            PSObject kept = PSObject.asPSObject(uniques.get(i));
            if (comparer.compare(result.baseObject(), kept.baseObject()) == 0
                    && uniqueNoteCounts.get(i) == added.size() && sameNotes(kept, added, comparer)) {
                return;
            }
        }
        uniques.add(output);
        uniqueNoteCounts.add(added.size());
    }

    private static boolean sameNotes(PSObject kept, List<PSNoteProperty> added, ObjectCommandComparer comparer) {
        for (PSNoteProperty note : added) {
            PSMemberInfo p = kept.property(note.name());
            if (!(p instanceof PSPropertyInfo prop)
                    || comparer.compare(prop.getValue(kept), note.value()) != 0) {
                return false;
            }
        }
        return true;
    }

    /** An error that ends the processing of one object (pwsh's SelectObjectException). */
    private static final class SelectException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient ErrorRecord record;

        SelectException(ErrorRecord record) {
            super(record.toString(), null, false, false);
            this.record = record;
        }
    }
}
