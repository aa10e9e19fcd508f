package org.jposh.remoting.psrp.clixml;

import java.util.ArrayList;
import java.util.List;

/**
 * A serialized PowerShell object ({@code <Obj>}): what the other side knew about a PSObject.
 *
 * <ul>
 *   <li>{@link #typeNames()}: the type-name hierarchy, most derived first, as sent ({@code TN});
 *       {@link #deserializedTypeNames()} gives the names PowerShell shows after deserialization;</li>
 *   <li>{@link #toStringValue()}: the sender's ToString() ({@code ToString}), or null;</li>
 *   <li>{@link #baseValue()}: the wrapped value, or null: a primitive (an enum's number, a string
 *       with notes), a {@link PsCollection}, a {@link PsDictionary} or a nested object;</li>
 *   <li>{@link #adaptedProperties()}: the .NET properties ({@code Props}), in order;</li>
 *   <li>{@link #extendedProperties()}: the note and other extended properties ({@code MS}), in order.</li>
 * </ul>
 *
 * The class is mutable because CLIXML can reference an object from inside itself
 * ({@code <Ref RefId>} to an enclosing {@code Obj}): the reader registers the object before it
 * reads its contents. Equality is structural (and safe on such cycles); writing the same instance
 * twice produces a {@code Ref} the second time, as PowerShell's serializer does.
 */
public final class PsObjectData {
    private final List<String> typeNames = new ArrayList<>();
    private String toStringValue;
    private Object baseValue;
    private final List<PsProperty> adaptedProperties = new ArrayList<>();
    private final List<PsProperty> extendedProperties = new ArrayList<>();

    public PsObjectData() {
    }

    /** An object with the given type names, most derived first. */
    public PsObjectData(String... typeNames) {
        this.typeNames.addAll(List.of(typeNames));
    }

    /** The type names as sent, most derived first (live list). */
    public List<String> typeNames() {
        return typeNames;
    }

    /**
     * The type names PowerShell gives the object after deserializing it: each sent name prefixed
     * with {@code Deserialized.} unless it already has the prefix.
     */
    public List<String> deserializedTypeNames() {
        List<String> names = new ArrayList<>(typeNames.size());
        for (String name : typeNames) {
            names.add(name.startsWith(DESERIALIZED_PREFIX) ? name : DESERIALIZED_PREFIX + name);
        }
        return names;
    }

    /** The prefix PowerShell puts on the type names of objects it could not rehydrate. */
    public static final String DESERIALIZED_PREFIX = "Deserialized.";

    public String toStringValue() {
        return toStringValue;
    }

    public PsObjectData setToStringValue(String value) {
        this.toStringValue = value;
        return this;
    }

    public Object baseValue() {
        return baseValue;
    }

    public PsObjectData setBaseValue(Object value) {
        this.baseValue = value;
        return this;
    }

    /** The adapted (.NET) properties, in order (live list). */
    public List<PsProperty> adaptedProperties() {
        return adaptedProperties;
    }

    /** The extended (note) properties, in order (live list). */
    public List<PsProperty> extendedProperties() {
        return extendedProperties;
    }

    public PsObjectData addAdapted(String name, Object value) {
        adaptedProperties.add(new PsProperty(name, value));
        return this;
    }

    public PsObjectData addExtended(String name, Object value) {
        extendedProperties.add(new PsProperty(name, value));
        return this;
    }

    /**
     * The property called {@code name}, ignoring case as PowerShell does; extended properties win
     * over adapted ones, as instance members do on a PSObject. Null when there is none.
     */
    public PsProperty property(String name) {
        for (PsProperty p : extendedProperties) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        for (PsProperty p : adaptedProperties) {
            if (p.name().equalsIgnoreCase(name)) {
                return p;
            }
        }
        return null;
    }

    /** The value of {@link #property(String)}, or null when the property is missing or null. */
    public Object propertyValue(String name) {
        PsProperty p = property(name);
        return p == null ? null : p.value();
    }

    /** True when the object has one of the type names, compared ignoring case. */
    public boolean isA(String typeName) {
        for (String name : typeNames) {
            if (name.equalsIgnoreCase(typeName)
                    || name.regionMatches(true, 0, DESERIALIZED_PREFIX, 0, DESERIALIZED_PREFIX.length())
                            && name.substring(DESERIALIZED_PREFIX.length()).equalsIgnoreCase(typeName)) {
                return true;
            }
        }
        return false;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PsObjectData o && PsValues.deepEquals(this, o);
    }

    @Override
    public int hashCode() {
        return typeNames.hashCode() * 31 + extendedProperties.size() * 7 + adaptedProperties.size();
    }

    @Override
    public String toString() {
        return toStringValue != null ? toStringValue
                : typeNames.isEmpty() ? "PsObjectData" : typeNames.get(0);
    }
}
