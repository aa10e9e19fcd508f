package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.runtime.xml.XmlNode;
import org.jposh.interpreter.runtime.xml.XmlNodeAdapter;

/**
 * A value with PowerShell's extended type system on top: its base object, a list of type names
 * (what formatting and {@code PSTypeName} go by, such as {@code Deserialized.System.Diagnostics.Process}
 * for objects that came back from a remote session) and instance members kept in the order they were
 * added (note, script and alias properties, script methods). Member names are case-insensitive;
 * instance members hide those the session's type data gives the type names ({@link TypeTable}), and both hide the
 * base object's members of the same name. A PSObject over a reference type
 * shares its instance members with every other PSObject over the same object ({@link InstanceMemberTable}).
 *
 * <p>{@code [pscustomobject]@{...}} makes one whose base object is {@link PSCustomObject#SELF}.
 */
public final class PSObject {
    private static final List<String> CUSTOM_OBJECT_TYPE_NAMES = List.of(
            "System.Management.Automation.PSCustomObject", "System.Object");

    private final Object baseObject;
    private List<String> typeNames;
    /** The instance members: null until there are some; for most base objects, the table's ({@link #members}). */
    private PSMemberInfoInternalCollection members;
    private String toStringFromDeserialization;
    /** A copy's members are its own, not the table's of its base object. */
    private boolean localMembers;

    /** Wraps a value; a PSObject given is not wrapped again (use {@link #asPSObject}). */
    public PSObject(Object baseObject) {
        if (baseObject == null || baseObject instanceof PSObject) {
            throw new IllegalArgumentException("PSObject wraps a non-null, non-PSObject value");
        }
        this.baseObject = baseObject;
    }

    /** A new, empty custom object: what {@code [pscustomobject]@{}} and {@code New-Object psobject} give. */
    public static PSObject newCustomObject() {
        return new PSObject(PSCustomObject.SELF);
    }

    /**
     * {@code [pscustomobject]$dictionary}: a custom object with a note property per entry, in the
     * dictionary's order. A {@code PSTypeName} key with a string value becomes the first type name
     * instead of a property.
     */
    @TruffleBoundary
    public static PSObject fromDictionary(Map<?, ?> dictionary) {
        PSObject result = newCustomObject();
        for (Map.Entry<?, ?> e : dictionary.entrySet()) {
            String name = LanguagePrimitives.toStringValue(e.getKey());
            if (name.equalsIgnoreCase("PSTypeName") && e.getValue() instanceof String typeName) {
                result.typeNames().addFirst(typeName);
            } else {
                result.setNoteProperty(name, e.getValue());
            }
        }
        return result;
    }

    /** The value as a PSObject: PSObjects as they are, other values wrapped. */
    public static PSObject asPSObject(Object value) {
        return value instanceof PSObject pso ? pso : new PSObject(value);
    }

    /** The base object of a PSObject, other values as they are; AutomationNull becomes null. */
    public static Object base(Object value) {
        if (value instanceof PSObject pso) {
            return pso.baseObject;
        }
        return value == AutomationNull.VALUE ? null : value;
    }

    public Object baseObject() {
        return baseObject;
    }

    public boolean isCustomObject() {
        return baseObject == PSCustomObject.SELF;
    }

    /** The type names, most specific first; the list is the object's own and can be changed. */
    public List<String> typeNames() {
        if (typeNames == null) {
            typeNames = new ConsolidatedString(isCustomObject() ? CUSTOM_OBJECT_TYPE_NAMES
                    : DotNetType.of(baseObject).typeNameHierarchy());
        }
        return typeNames;
    }

    /**
     * The {@code <ToString>} text a deserialized object arrived with (pwsh's ToStringFromDeserialization),
     * or null: what the object shows as a string, and what it sends on if serialized again.
     */
    public String toStringFromDeserialization() {
        return toStringFromDeserialization;
    }

    /**
     * Gives a deserialized object the ToString text its sender wrote, and, as pwsh's deserializer does,
     * a ToString() method of its own that returns it (the base object's would not know the text).
     */
    @TruffleBoundary
    public void setToStringFromDeserialization(String text) {
        toStringFromDeserialization = text;
        removeMember("ToString");
        addMember(new PSMethod("ToString", new MethodOverload[] {new MethodOverload(CoreTypes.STRING,
                new MethodOverload.Parameter[0], false, false, (target, args) -> text)}));
    }

    /**
     * Adds an instance member.
     *
     * @throws PSRuntimeException MemberAlreadyPresent when one of that name exists
     */
    @TruffleBoundary
    public void addMember(PSMemberInfo member) {
        PSMemberInfoInternalCollection members = members(true);
        if (members.get(member.name()) != null) {
            throw new PSRuntimeException("AlreadyPresentPSMemberInfoInternalCollectionAdd",
                    ErrorCategory.InvalidOperation, "The member \"" + member.name() + "\" is already present.");
        }
        members.put(member);
    }

    /** Removes an instance member; returns it, or null when there was none. */
    @TruffleBoundary
    public PSMemberInfo removeMember(String name) {
        PSMemberInfoInternalCollection members = members(false);
        return members == null ? null : members.remove(name);
    }

    /** Sets a note property, adding it when absent (what assigning a new key of {@code [pscustomobject]@{}} does). */
    @TruffleBoundary
    public void setNoteProperty(String name, Object value) {
        PSMemberInfoInternalCollection members = members(true);
        PSMemberInfo existing = members.get(name);
        if (existing instanceof PSNoteProperty note) {
            note.setValue(this, value);
        } else {
            members.put(new PSNoteProperty(name, value));
        }
    }

    /** An instance member, or null. */
    @TruffleBoundary
    public PSMemberInfo instanceMember(String name) {
        PSMemberInfoInternalCollection members = members(false);
        return members == null ? null : members.get(name);
    }

    /**
     * An extended member: the instance member of that name, else the one the session's type data gives the
     * object's type names ({@link TypeTable}); null when neither has one.
     */
    @TruffleBoundary
    public PSMemberInfo extendedMember(String name) {
        PSMemberInfo member = instanceMember(name);
        if (member != null || TypeTable.UNUSED.isValid()) {
            return member;
        }
        return TypeTable.member(typeNames(), name);
    }

    /** The members the session's type data gives the object's type names that no instance member hides. */
    private List<PSMemberInfo> typeMembers() {
        if (TypeTable.UNUSED.isValid()) {
            return List.of();
        }
        List<PSMemberInfo> result = new ArrayList<>();
        for (PSMemberInfo m : TypeTable.members(typeNames())) {
            if (instanceMember(m.name()) == null) {
                result.add(m);
            }
        }
        return result;
    }

    /** The instance members in order, as they are now (later changes do not show in the collection). */
    public Collection<PSMemberInfo> instanceMembers() {
        PSMemberInfoInternalCollection members = members(false);
        return members == null || members.isEmpty() ? List.of() : members.values();
    }

    /**
     * The instance members, or null when there are none and {@code create} is false. A base object the
     * table keeps members for gets them from there: those another PSObject over it added count here too.
     */
    private PSMemberInfoInternalCollection members(boolean create) {
        if (members == null && (create || !InstanceMemberTable.UNUSED.isValid())) {
            if (!localMembers && InstanceMemberTable.keepsMembersOf(baseObject)) {
                members = InstanceMemberTable.membersOf(baseObject, create);
            } else if (create) {
                members = new PSMemberInfoInternalCollection();
            }
        }
        return members;
    }

    /** A property by name: extended ones (instance, then type data's) first, then the base object's adapted ones. */
    @TruffleBoundary
    public PSPropertyInfo property(String name) {
        if (extendedMember(name) instanceof PSPropertyInfo p) {
            return p;
        }
        if (isCustomObject()) {
            return null;
        }
        PSProperty adapted = baseObject instanceof XmlNode xml ? XmlNodeAdapter.property(xml, name) : null;
        return adapted != null ? adapted : DotNetType.of(baseObject).adapter().property(name);
    }

    /**
     * A method by name: script methods (instance, then type data's) first, then the base object's adapted methods and
     * parameterized properties (which scripts call as methods).
     */
    @TruffleBoundary
    public PSMethodInfo method(String name) {
        if (extendedMember(name) instanceof PSMethodInfo m) {
            return m;
        }
        return DotNetType.of(baseObject).adapter().invocable(name);
    }

    /**
     * All properties, instance ones in the order added, then the adapted ones (an XML node's attributes and children
     * before its type's): what {@code Format-List *} shows.
     */
    @TruffleBoundary
    public List<PSPropertyInfo> properties() {
        List<PSPropertyInfo> result = new ArrayList<>();
        for (PSMemberInfo m : instanceMembers()) {
            if (m instanceof PSPropertyInfo p) {
                result.add(p);
            }
        }
        for (PSMemberInfo m : typeMembers()) {
            if (m instanceof PSPropertyInfo p) {
                result.add(p);
            }
        }
        if (!isCustomObject()) {
            List<PSProperty> adapted = adaptedProperties();
            for (PSProperty p : adapted) {
                if (extendedMember(p.name()) == null) {
                    result.add(p);
                }
            }
            for (PSProperty p : DotNetType.of(baseObject).adapter().properties()) {
                if (extendedMember(p.name()) == null && !containsName(adapted, p.name())) {
                    result.add(p);
                }
            }
        }
        return result;
    }

    /**
     * The properties an adapter makes of the base object's content, which come before its type's: an XML node's
     * attributes and children. What formatting shows of such an object when it has any, as pwsh does.
     */
    @TruffleBoundary
    public List<PSProperty> adaptedProperties() {
        return baseObject instanceof XmlNode xml ? XmlNodeAdapter.properties(xml) : List.of();
    }

    private static boolean containsName(List<PSProperty> properties, String name) {
        for (PSProperty p : properties) {
            if (p.name().equalsIgnoreCase(name)) {
                return true;
            }
        }
        return false;
    }

    /**
     * All members, as Get-Member and the member-name forms of ForEach-Object and Where-Object search
     * them: the properties (as {@link #properties}), the base object's parameterized properties, then the
     * script methods, then the base object's adapted methods that no instance member hides.
     */
    @TruffleBoundary
    public List<PSMemberInfo> members() {
        List<PSMemberInfo> result = new ArrayList<>(properties());
        if (!isCustomObject()) {
            for (PSParameterizedProperty p : DotNetType.of(baseObject).adapter().parameterizedProperties()) {
                if (extendedMember(p.name()) == null) {
                    result.add(p);
                }
            }
        }
        for (PSMemberInfo m : instanceMembers()) {
            if (m instanceof PSMethodInfo) {
                result.add(m);
            }
        }
        for (PSMemberInfo m : typeMembers()) {
            if (m instanceof PSMethodInfo) {
                result.add(m);
            }
        }
        for (PSMethod m : DotNetType.of(baseObject).adapter().methods()) {
            if (extendedMember(m.name()) == null) {
                result.add(m);
            }
        }
        return result;
    }

    /**
     * {@code $o.psobject.Copy()}: a new PSObject over the same base object with copies of the instance members
     * (a note property's value is shared, not cloned) and of the type names.
     */
    @TruffleBoundary
    public PSObject copy() {
        PSObject result = new PSObject(baseObject);
        result.localMembers = true;
        for (PSMemberInfo m : instanceMembers()) {
            result.addMember(m instanceof PSNoteProperty note ? new PSNoteProperty(note.name(), note.value()) : m);
        }
        if (typeNames != null) {
            result.typeNames = new ConsolidatedString(typeNames);
        }
        result.toStringFromDeserialization = toStringFromDeserialization;
        return result;
    }

    /**
     * PSObject.ToString: a brokered ToString script method, a deserialized object's received text,
     * {@code @{a=1; b=2}} for custom objects, else the base's string.
     */
    @Override
    public String toString() {
        return LanguagePrimitives.toStringValue(this);
    }

    /** Two PSObjects are equal when their base objects are (custom objects only to themselves). */
    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        return !isCustomObject() && other instanceof PSObject o && baseObject.equals(o.baseObject);
    }

    @Override
    public int hashCode() {
        return isCustomObject() ? System.identityHashCode(this) : baseObject.hashCode();
    }
}
