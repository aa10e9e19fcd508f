package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.clixml.PsCollection;
import org.jposh.remoting.psrp.clixml.PsObjectData;
import org.jposh.remoting.psrp.clixml.PsVersion;

/**
 * Reading and writing the note properties of message bodies. Property names are matched ignoring
 * case, as PSObject does (pypsrp sends {@code CI} where pwsh sends {@code ci}); numbers are accepted
 * in any integral width, and enums as the {@code Obj} form or the bare number. A missing or
 * mistyped property is PowerShell's {@code MissingProperty} error.
 */
final class Fields {
    private Fields() {
    }

    static String[] enumTypeNames(String type) {
        return new String[] {type, "System.Enum", "System.ValueType", "System.Object"};
    }

    /** The body as an object; PSRP bodies of typed messages are always one. */
    static PsObjectData object(MessageType type, Object body) {
        if (body instanceof PsObjectData o) {
            return o;
        }
        throw new PsrpException("InvalidMessageBody", "The body of the " + type + " message is not an object.");
    }

    static boolean has(PsObjectData o, String name) {
        return o.property(name) != null;
    }

    static Object value(PsObjectData o, String name) {
        if (o.property(name) == null) {
            throw missing(name);
        }
        return o.propertyValue(name);
    }

    static PsrpException missing(String name) {
        return new PsrpException("MissingProperty", "Remoting data is missing " + name + " property.");
    }

    private static PsrpException wrongType(String name, String expected, Object actual) {
        return new PsrpException("InvalidPropertyType", "Remoting data property " + name + " should be " + expected + " but is "
                + (actual == null ? "null" : actual.getClass().getSimpleName()) + ".");
    }

    static long int64(PsObjectData o, String name) {
        Object v = unwrap(value(o, name));
        if (v instanceof Integer || v instanceof Long || v instanceof Short || v instanceof Byte) {
            return ((Number) v).longValue();
        }
        throw wrongType(name, "an integer", v);
    }

    static int int32(PsObjectData o, String name) {
        long v = int64(o, name);
        if (v != (int) v) {
            throw wrongType(name, "a 32-bit integer", v);
        }
        return (int) v;
    }

    static boolean bool(PsObjectData o, String name) {
        Object v = unwrap(value(o, name));
        if (v instanceof Boolean b) {
            return b;
        }
        throw wrongType(name, "a Boolean", v);
    }

    /** A string property; null stays null. */
    static String string(PsObjectData o, String name) {
        Object v = unwrap(value(o, name));
        if (v == null || v instanceof String) {
            return (String) v;
        }
        throw wrongType(name, "a string", v);
    }

    static PsVersion version(PsObjectData o, String name) {
        Object v = unwrap(value(o, name));
        if (v instanceof PsVersion version) {
            return version;
        }
        throw wrongType(name, "a Version", v);
    }

    /** An object property; null stays null. */
    static PsObjectData objectOrNull(PsObjectData o, String name) {
        Object v = value(o, name);
        if (v == null || v instanceof PsObjectData) {
            return (PsObjectData) v;
        }
        throw wrongType(name, "an object", v);
    }

    /** A list property (an object whose base value is a collection); null stays null. */
    static PsCollection listOrNull(PsObjectData o, String name) {
        Object v = value(o, name);
        if (v == null) {
            return null;
        }
        if (v instanceof PsObjectData obj && obj.baseValue() instanceof PsCollection c) {
            return c;
        }
        throw wrongType(name, "a list", v);
    }

    static <E extends Enum<E> & DotNetEnum> E enumValue(PsObjectData o, String name, Class<E> type) {
        Object v = unwrap(value(o, name));
        if (!(v instanceof Integer number)) {
            throw wrongType(name, type.getSimpleName(), v);
        }
        for (E e : type.getEnumConstants()) {
            if (e.value() == number) {
                return e;
            }
        }
        throw new PsrpException("InvalidPropertyValue", "Remoting data property " + name + " has the value " + number
                + ", which is not a " + type.getSimpleName() + ".");
    }

    /** A primitive wrapped in an object (an enum, a string with notes) stands for its base value. */
    static Object unwrap(Object v) {
        if (v instanceof PsObjectData o && o.baseValue() != null && !(o.baseValue() instanceof PsObjectData)) {
            return o.baseValue();
        }
        return v;
    }

    /** An enum as pwsh writes it: type names, ToString of the name, the number. */
    static PsObjectData enumObject(String[] typeNames, DotNetEnum value) {
        return enumObject(typeNames, value.dotNetName(), value.value());
    }

    static PsObjectData enumObject(String[] typeNames, String name, int value) {
        return new PsObjectData(typeNames).setToStringValue(name).setBaseValue(value);
    }

    /** An object with only note properties, as pwsh builds message bodies (no type names). */
    static PsObjectData body() {
        return new PsObjectData();
    }
}
