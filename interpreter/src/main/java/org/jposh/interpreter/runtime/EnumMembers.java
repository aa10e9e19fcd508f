package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.ENUM;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.RUNTIME_TYPE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.List;

/**
 * System.Enum: the members every enum value has ({@code value__}, {@code HasFlag}) and the static
 * helpers scripts call as {@code [enum]::GetNames([Color])}.
 */
final class EnumMembers {
    private EnumMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.property("value__", OBJECT, e -> underlyingValue((EnumValue) e));
        b.method("HasFlag", BOOLEAN, (e, a) -> hasFlag((EnumValue) e, a[0]), param("flag", ENUM));
        b.method("ToString", STRING, (e, a) -> e.toString());
        b.method("ToString", STRING, (e, a) -> ((EnumValue) e).dotNetType().enumType().format(((EnumValue) e).value(),
                (String) a[0]), param("format", STRING));
        b.staticMethod("Format", STRING, (t, a) -> {
            EnumValue value = (EnumValue) toObject((DotNetType) a[0], a[1]);
            return enumType(a[0]).format(value.value(), (String) a[2]);
        }, param("enumType", RUNTIME_TYPE), param("value", OBJECT), param("format", STRING));
        b.staticMethod("GetNames", CoreTypes.STRING_ARRAY, (t, a) -> names(enumType(a[0])),
                param("enumType", RUNTIME_TYPE));
        b.staticMethod("GetValues", ENUM.arrayType(), (t, a) -> values((DotNetType) a[0]),
                param("enumType", RUNTIME_TYPE));
        b.staticMethod("GetName", STRING, (t, a) -> name((DotNetType) a[0], a[1]),
                param("enumType", RUNTIME_TYPE), param("value", OBJECT));
        b.staticMethod("IsDefined", BOOLEAN, (t, a) -> isDefined((DotNetType) a[0], a[1]),
                param("enumType", RUNTIME_TYPE), param("value", OBJECT));
        b.staticMethod("Parse", OBJECT, (t, a) -> parse((DotNetType) a[0], (String) a[1]),
                param("enumType", RUNTIME_TYPE), param("value", STRING));
        b.staticMethod("Parse", OBJECT, (t, a) -> parse((DotNetType) a[0], (String) a[1]),
                param("enumType", RUNTIME_TYPE), param("value", STRING), param("ignoreCase", BOOLEAN));
        b.genericStaticMethod("GetNames", 1, types -> new MethodOverload(CoreTypes.STRING_ARRAY,
                new MethodOverload.Parameter[0], false, true, (t, a) -> names(enumType(types[0]))));
        b.genericStaticMethod("GetValues", 1, types -> new MethodOverload(types[0].arrayType(),
                new MethodOverload.Parameter[0], false, true, (t, a) -> values(types[0])));
        b.genericStaticMethod("Parse", 1, types -> new MethodOverload(types[0],
                new MethodOverload.Parameter[] {param("value", STRING)}, false, true,
                (t, a) -> parse(types[0], (String) a[0])));
        b.genericStaticMethod("Parse", 1, types -> new MethodOverload(types[0],
                new MethodOverload.Parameter[] {param("value", STRING), param("ignoreCase", BOOLEAN)}, false, true,
                (t, a) -> parse(types[0], (String) a[0])));
        b.staticMethod("GetUnderlyingType", RUNTIME_TYPE, (t, a) -> enumType(a[0]).underlyingType(),
                param("enumType", RUNTIME_TYPE));
        b.staticMethod("ToObject", OBJECT, (t, a) -> toObject((DotNetType) a[0], a[1]),
                param("enumType", RUNTIME_TYPE), param("value", OBJECT));
    }

    /** The value as its underlying type: {@code [Color]::Red.value__} is an int. */
    static Object underlyingValue(EnumValue e) {
        return e.dotNetType().enumType().underlyingValue(e.value());
    }

    private static boolean hasFlag(EnumValue e, Object flag) {
        EnumValue f = (EnumValue) flag;
        if (f.dotNetType() != e.dotNetType()) {
            throw DotNetException.argument("The argument type, '" + f.dotNetType() + "', is not the same as the "
                    + "enum type '" + e.dotNetType() + "'.", null);
        }
        return (e.value() & f.value()) == f.value();
    }

    static EnumType enumType(Object type) {
        EnumType e = type == null ? null : ((DotNetType) type).enumType();
        if (e == null) {
            throw DotNetException.argument("Type provided must be an Enum.", "enumType");
        }
        return e;
    }

    static String[] names(EnumType e) {
        List<Integer> order = e.orderByValue();
        String[] result = new String[order.size()];
        for (int i = 0; i < result.length; i++) {
            result[i] = e.names().get(order.get(i));
        }
        return result;
    }

    static Object[] values(DotNetType type) {
        EnumType e = enumType(type);
        List<Integer> order = e.orderByValue();
        Object[] result = LanguagePrimitives.newArray(type, order.size());
        for (int i = 0; i < result.length; i++) {
            result[i] = new EnumValue(type, e.value(order.get(i)));
        }
        return result;
    }

    static String name(DotNetType type, Object value) {
        EnumType e = enumType(type);
        long v = PSObject.base(value) instanceof EnumValue ev ? ev.value()
                : ((Number) LanguagePrimitives.convertTo(value, CoreTypes.INT64)).longValue();
        for (int i : e.orderByValue()) {
            if (e.value(i) == v) {
                return e.names().get(i);
            }
        }
        return null;
    }

    static boolean isDefined(DotNetType type, Object value) {
        EnumType e = enumType(type);
        Object v = PSObject.base(value);
        if (v instanceof String s) {
            return e.names().contains(s);
        }
        return name(type, v) != null;
    }

    private static Object parse(DotNetType type, String text) {
        enumType(type);
        try {
            return LanguagePrimitives.convertTo(text, type);
        } catch (PSInvalidCastException ex) {
            throw DotNetException.argument("Requested value '" + text + "' was not found.", null);
        }
    }

    private static Object toObject(DotNetType type, Object value) {
        enumType(type);
        Object base = PSObject.base(value);
        long v = base instanceof EnumValue e ? e.value()
                : ((Number) LanguagePrimitives.convertTo(value, CoreTypes.INT64)).longValue();
        return new EnumValue(type, v);
    }
}
