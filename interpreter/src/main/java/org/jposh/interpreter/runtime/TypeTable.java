package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.Assumption;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.Truffle;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import java.util.function.Function;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.TypeData.TypeMemberData;

/**
 * A session's extended type data (pwsh's TypeTable): the members and standard members Update-TypeData and
 * types.ps1xml files give a type, by the type's full name. Every value whose type names
 * ({@code $x.pstypenames}: its .NET type and base types, or a custom object's PSTypeName) include that name has
 * them, after its instance members and before its adapted ones; the most specific type name's member of a name
 * wins.
 *
 * <p>Until type data is first added, {@link #UNUSED} holds, and member access pays nothing for the table.
 */
public final class TypeTable {
    /** Valid while no session has added type data. */
    public static final Assumption UNUSED = Truffle.getRuntime().createAssumption("no extended type data");
    private static final Set<String> RESERVED_NAMES = Set.of("psbase", "psadapted", "psextended", "psobject",
            "pstypenames");

    /** One type name's data as the updates so far made it, and the members made of it. */
    private record Entry(TypeData data, PSMemberInfoInternalCollection members) {
    }

    /**
     * One step of the table's making, which it replays when files are added (pwsh's SessionStateTypeEntry): a
     * types.ps1xml file, or type data added or removed.
     */
    public record Source(Path file, TypeData data, boolean remove) {
    }

    /** Reads a types.ps1xml file into type data, adding its errors to the list. */
    public interface FileReader {
        List<TypeData> read(Path file, List<String> errors);
    }

    /** The steps so far, in order; guarded by the table's lock. */
    private final List<Source> sources = new ArrayList<>();
    /** By lower-cased type name, in the order added; replaced whole on each change, so readers need no lock. */
    private volatile Map<String, Entry> entries = Map.of();
    /** Whether values of a .NET type have members here: member access asks it for values that are not PSObjects. */
    private final Map<DotNetType, Boolean> typesWithMembers = new ConcurrentHashMap<>();

    /** The table of the session this thread runs, or null outside one. */
    public static TypeTable current() {
        PoshContext context = PoshContext.enteredOrOnly();
        return context == null ? null : context.typeTable();
    }

    /** Whether a value that is not a PSObject has members here (the general member-access path then applies). */
    public static boolean hasMembers(Object value) {
        if (UNUSED.isValid() || value instanceof PSObject) {
            return false;
        }
        return lookUp(value);
    }

    @TruffleBoundary
    private static boolean lookUp(Object value) {
        TypeTable table = current();
        DotNetType type = value == null ? null : DotNetType.of(value);
        return table != null && type != null && table.typesWithMembers.computeIfAbsent(type,
                t -> table.firstMember(t.typeNameHierarchy(), null) != null);
    }

    /** The member of that name the type names give, or null. */
    @TruffleBoundary
    static PSMemberInfo member(List<String> typeNames, String name) {
        TypeTable table = current();
        return table == null ? null : table.firstMember(typeNames, name);
    }

    /** The first member of that name (of any name when null) of the first type name that has one. */
    private PSMemberInfo firstMember(List<String> typeNames, String name) {
        Map<String, Entry> current = entries;
        for (String typeName : typeNames) {
            Entry entry = current.get(key(typeName));
            if (entry != null) {
                PSMemberInfo member = name != null ? entry.members.get(name)
                        : entry.members.isEmpty() ? null : entry.members.values().getFirst();
                if (member != null) {
                    return member;
                }
            }
        }
        return null;
    }

    /** All members the type names give, the most specific type's first; a name a more specific type has is skipped. */
    @TruffleBoundary
    static List<PSMemberInfo> members(List<String> typeNames) {
        TypeTable table = current();
        if (table == null) {
            return List.of();
        }
        List<PSMemberInfo> result = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        Map<String, Entry> current = table.entries;
        for (String typeName : typeNames) {
            Entry entry = current.get(key(typeName));
            if (entry != null) {
                for (PSMemberInfo member : entry.members.values()) {
                    if (seen.add(key(member.name()))) {
                        result.add(member);
                    }
                }
            }
        }
        return result;
    }

    /**
     * The names of the DefaultDisplayPropertySet of the most specific of the type names that has one: the
     * properties formatting shows by default. Null when none has.
     */
    public static List<String> defaultDisplayPropertySet(List<String> typeNames) {
        TypeData.PropertySetData set = standardMember(typeNames, d -> d.defaultDisplayPropertySet);
        return set == null ? null : set.referencedProperties();
    }

    /** The DefaultDisplayProperty of the most specific type name that has one (Format-Wide's column), or null. */
    public static String defaultDisplayProperty(List<String> typeNames) {
        return standardMember(typeNames, d -> d.defaultDisplayProperty);
    }

    /** A standard member of the most specific of the type names that has it: pwsh's PSStandardMembers inherit. */
    @TruffleBoundary
    private static <T> T standardMember(List<String> typeNames, Function<TypeData, T> member) {
        TypeTable table = UNUSED.isValid() ? null : current();
        if (table == null) {
            return null;
        }
        Map<String, Entry> current = table.entries;
        for (String typeName : typeNames) {
            Entry entry = current.get(key(typeName));
            T value = entry == null ? null : member.apply(entry.data);
            if (value != null) {
                return value;
            }
        }
        return null;
    }

    /**
     * Adds type data, as pwsh's TypeTable.Update: a member or standard member the type already has is replaced
     * when the data is an override (-Force), else reported and left.
     *
     * @return the errors, each pwsh's {@code Error in TypeData "T": ...} message
     */
    @TruffleBoundary
    public synchronized List<String> update(TypeData data) {
        List<String> errors = add(data);
        if (errors.isEmpty()) {
            sources.add(new Source(null, data, false));
        }
        return errors;
    }

    private List<String> add(TypeData data) {
        List<String> errors = new ArrayList<>();
        String name = data.typeName();
        Entry old = entries.get(key(name));
        TypeData merged = old == null ? new TypeData(name) : old.data.copy();
        for (TypeMemberData member : data.members().values()) {
            String existing = existingKey(merged.members(), member.name());
            if (RESERVED_NAMES.contains(key(member.name()))) {
                errors.add(error(name, "The following member name is reserved: " + member.name()));
            } else if (existing != null && !data.isOverride) {
                errors.add(error(name, "The member " + member.name() + " is already present."));
            } else if (existing == null || existing.equals(member.name())) {
                merged.members().put(member.name(), member);
            } else {
                replaceKeepingPosition(merged.members(), existing, member);
            }
        }
        mergeStandard(errors, data, merged, "SerializationMethod", d -> d.serializationMethod,
                (d, v) -> d.serializationMethod = v);
        mergeStandard(errors, data, merged, "TargetTypeForDeserialization", d -> d.targetTypeForDeserialization,
                (d, v) -> d.targetTypeForDeserialization = v);
        mergeStandard(errors, data, merged, "SerializationDepth", d -> d.serializationDepth,
                (d, v) -> d.serializationDepth = v);
        mergeStandard(errors, data, merged, "DefaultDisplayProperty", d -> d.defaultDisplayProperty,
                (d, v) -> d.defaultDisplayProperty = v);
        mergeStandard(errors, data, merged, "InheritPropertySerializationSet", d -> d.inheritPropertySerializationSet,
                (d, v) -> d.inheritPropertySerializationSet = v);
        mergeStandard(errors, data, merged, "StringSerializationSource", d -> d.stringSerializationSource,
                (d, v) -> d.stringSerializationSource = v);
        mergeStandard(errors, data, merged, "DefaultDisplayPropertySet", d -> d.defaultDisplayPropertySet,
                (d, v) -> d.defaultDisplayPropertySet = v);
        mergeStandard(errors, data, merged, "DefaultKeyPropertySet", d -> d.defaultKeyPropertySet,
                (d, v) -> d.defaultKeyPropertySet = v);
        mergeStandard(errors, data, merged, "PropertySerializationSet", d -> d.propertySerializationSet,
                (d, v) -> d.propertySerializationSet = v);
        if (data.typeConverter != null) {
            if (merged.typeConverter != null && !data.isOverride) {
                errors.add(error(name, "The TypeConverter was ignored because it already occurs."));
            } else {
                merged.typeConverter = data.typeConverter;
            }
        }
        if (data.typeAdapter != null) {
            if (merged.typeAdapter != null && !data.isOverride) {
                errors.add(error(name, "The TypeAdapter was ignored because it already occurs."));
            } else {
                merged.typeAdapter = data.typeAdapter;
            }
        }
        PSMemberInfoInternalCollection members = new PSMemberInfoInternalCollection();
        for (TypeMemberData member : merged.members().values()) {
            PSMemberInfo info = member.toMember();
            if (info != null) {
                members.put(info);
            }
        }
        Map<String, Entry> changed = new LinkedHashMap<>(entries);
        changed.put(key(name), new Entry(merged, members));
        publish(changed);
        return errors;
    }

    private static <T> void mergeStandard(List<String> errors, TypeData data, TypeData merged, String memberName,
                                          Function<TypeData, T> get, BiConsumer<TypeData, T> set) {
        T value = get.apply(data);
        if (value == null) {
            return;
        }
        if (get.apply(merged) != null && !data.isOverride) {
            errors.add(error(data.typeName(), "The member " + memberName + " is already present."));
        } else {
            set.accept(merged, value);
        }
    }

    /**
     * Removes all of a type name's data (pwsh's ProcessTypeDataToRemove).
     *
     * @return null, or the error when the table has no data for the name
     */
    @TruffleBoundary
    public synchronized String remove(String typeName) {
        String error = delete(typeName);
        if (error == null) {
            sources.add(new Source(null, new TypeData(typeName), true));
        }
        return error;
    }

    private String delete(String typeName) {
        if (!entries.containsKey(key(typeName))) {
            return error(typeName, "The type \"" + typeName + "\" was not found. The type name value must be the full "
                    + "name of the type. Verify the type name and run the command again.");
        }
        Map<String, Entry> changed = new LinkedHashMap<>(entries);
        changed.remove(key(typeName));
        publish(changed);
        return null;
    }

    /** The files the table was made of, in order. */
    public synchronized List<Path> files() {
        List<Path> files = new ArrayList<>();
        for (Source source : sources) {
            if (source.file != null) {
                files.add(source.file);
            }
        }
        return files;
    }

    /**
     * Makes the table anew from its files and type data with some files put before and after them (Update-TypeData
     * -PrependPath and -AppendPath; pwsh's ProcessTypeFiles), or some files left out (Remove-TypeData -Path). A file
     * already among them stays where it was; every file is read again. A member a later step gives again is
     * that step's error, so a prepended file's members win over the others'.
     *
     * @return the errors of the reading and of the steps
     */
    @TruffleBoundary
    public synchronized List<String> reload(List<Path> prepend, List<Path> append, List<Path> removed,
                                            FileReader reader) {
        List<Source> steps = new ArrayList<>();
        Set<Path> seen = new HashSet<>(removed);
        for (Path file : prepend) {
            if (seen.add(file)) {
                steps.add(new Source(file, null, false));
            }
        }
        for (Source source : sources) {
            if (source.file == null || seen.add(source.file)) {
                steps.add(source);
            }
        }
        for (Path file : append) {
            if (seen.add(file)) {
                steps.add(new Source(file, null, false));
            }
        }
        sources.clear();
        sources.addAll(steps);
        publish(Map.of());
        List<String> errors = new ArrayList<>();
        for (Source step : steps) {
            if (step.file != null) {
                for (TypeData data : reader.read(step.file, errors)) {
                    errors.addAll(add(data));
                }
            } else if (step.remove) {
                String error = delete(step.data.typeName());
                if (error != null) {
                    errors.add(error);
                }
            } else {
                errors.addAll(add(step.data));
            }
        }
        return errors;
    }

    /** Copies of the type data of every type name, in the order first added (what Get-TypeData lists). */
    @TruffleBoundary
    public List<TypeData> typeData() {
        List<TypeData> result = new ArrayList<>();
        for (Entry entry : entries.values()) {
            result.add(entry.data.copy());
        }
        return result;
    }

    private void publish(Map<String, Entry> changed) {
        entries = changed;
        typesWithMembers.clear();
        UNUSED.invalidate();
    }

    /** Puts a member in the place of one whose name differs only in case, as pwsh's collection replaces it. */
    private static void replaceKeepingPosition(Map<String, TypeMemberData> members, String existing,
                                               TypeMemberData member) {
        Map<String, TypeMemberData> before = new LinkedHashMap<>(members);
        members.clear();
        before.forEach((key, value) -> {
            boolean replaced = key.equals(existing);
            members.put(replaced ? member.name() : key, replaced ? member : value);
        });
    }

    private static String existingKey(Map<String, TypeMemberData> members, String name) {
        for (String key : members.keySet()) {
            if (key.equalsIgnoreCase(name)) {
                return key;
            }
        }
        return null;
    }

    private static String error(String typeName, String message) {
        return "Error in TypeData \"" + typeName + "\": " + message;
    }

    private static String key(String typeName) {
        return typeName.toLowerCase(Locale.ROOT);
    }
}
