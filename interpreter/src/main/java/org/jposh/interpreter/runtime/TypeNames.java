package org.jposh.interpreter.runtime;

/** The .NET names of values' types, as error records show them. */
public final class TypeNames {
    private TypeNames() {
    }

    /** The short type name used in CategoryInfo, such as {@code String} or {@code Int32}. */
    public static String shortName(Object value) {
        return DotNetType.of(value).name();
    }

    public static String fullName(Object value) {
        return DotNetType.of(value).fullName();
    }
}
