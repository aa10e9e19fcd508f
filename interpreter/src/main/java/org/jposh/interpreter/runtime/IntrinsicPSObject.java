package org.jposh.interpreter.runtime;

/**
 * The value of the intrinsic member {@code psobject}: the PSObject itself, reached through its own members
 * ({@code Properties}, {@code BaseObject}, {@code TypeNames}, {@code Copy()}...) where member access on a
 * PSObject otherwise reaches its base object's.
 */
public record IntrinsicPSObject(PSObject target) implements DotNetTyped {
    @Override
    public DotNetType dotNetType() {
        return CoreTypes.PS_OBJECT;
    }

    @Override
    public String toString() {
        return target.toString();
    }
}
