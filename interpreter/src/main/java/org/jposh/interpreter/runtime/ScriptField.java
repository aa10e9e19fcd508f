package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.staticobject.DefaultStaticProperty;
import com.oracle.truffle.api.staticobject.StaticProperty;
import com.oracle.truffle.api.staticobject.StaticShape;

/**
 * Where an instance property of a script class lives in its objects: a field of the class Truffle's static
 * object model generates for the script class. A {@code [long]}, {@code [int]}, {@code [double]} or
 * {@code [bool]} property is a primitive field, so a million objects of {@code class Rec { [long]$Id }}
 * are a million small objects rather than four million (object, field array, boxes) for the collector to
 * copy; every other property is an Object field.
 */
public final class ScriptField {
    // int constants rather than an enum: a switch over an enum reads a synthetic array that partial
    // evaluation cannot fold
    private static final int LONG = 0;
    private static final int INT = 1;
    private static final int DOUBLE = 2;
    private static final int BOOLEAN = 3;
    private static final int OBJECT = 4;
    private static final Class<?>[] JAVA_TYPES = {long.class, int.class, double.class, boolean.class, Object.class};

    private final StaticProperty property;
    private final int kind;

    private ScriptField(StaticProperty property, int kind) {
        this.property = property;
        this.kind = kind;
    }

    /** Declares a field for a property of {@code type} in the shape being built. */
    static ScriptField declare(StaticShape.Builder builder, String id, DotNetType type) {
        int kind = type == CoreTypes.INT64 ? LONG : type == CoreTypes.INT32 ? INT
                : type == CoreTypes.DOUBLE ? DOUBLE : type == CoreTypes.BOOLEAN ? BOOLEAN : OBJECT;
        StaticProperty property = new DefaultStaticProperty(id);
        builder.property(property, JAVA_TYPES[kind], false);
        return new ScriptField(property, kind);
    }

    /** The value, boxed as the property's type boxes it. */
    public Object get(ScriptObject instance) {
        if (kind == LONG) {
            return property.getLong(instance);
        } else if (kind == INT) {
            return property.getInt(instance);
        } else if (kind == DOUBLE) {
            return property.getDouble(instance);
        } else if (kind == BOOLEAN) {
            return property.getBoolean(instance);
        }
        return property.getObject(instance);
    }

    /** Stores a value already converted to the property's type. */
    void set(ScriptObject instance, Object value) {
        if (kind == LONG) {
            property.setLong(instance, (Long) value);
        } else if (kind == INT) {
            property.setInt(instance, (Integer) value);
        } else if (kind == DOUBLE) {
            property.setDouble(instance, (Double) value);
        } else if (kind == BOOLEAN) {
            property.setBoolean(instance, (Boolean) value);
        } else {
            property.setObject(instance, value);
        }
    }

    /** Whether a new object's zeroed field already holds {@code value}, the property type's default. */
    boolean holdsByDefault(Object value) {
        return kind != OBJECT || value == null;
    }
}
