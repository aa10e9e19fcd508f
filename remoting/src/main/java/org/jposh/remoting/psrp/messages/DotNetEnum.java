package org.jposh.remoting.psrp.messages;

/**
 * A Java enum standing for a .NET enum that travels in message bodies. On the wire such a value is an
 * {@code Obj} with the enum's type-name list, its name as ToString and its number as {@code I32}
 * ({@link Fields#enumObject}); readers accept the bare number too, as pwsh does.
 */
public interface DotNetEnum {
    /** The .NET value. */
    int value();

    /** The .NET member name (its ToString). */
    String dotNetName();
}
