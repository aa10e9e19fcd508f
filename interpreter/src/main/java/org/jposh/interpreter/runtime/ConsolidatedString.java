package org.jposh.interpreter.runtime;

import java.util.Collection;

/**
 * A PSObject's type names ({@code $o.pstypenames}, {@code $o.psobject.TypeNames}): a Collection[string]
 * scripts change with Insert, Add, Remove and Clear.
 */
final class ConsolidatedString extends java.util.ArrayList<String> implements DotNetTyped {
    ConsolidatedString(Collection<String> names) {
        super(names);
    }

    @Override
    public DotNetType dotNetType() {
        return CoreTypes.COLLECTION.makeGenericType(CoreTypes.STRING);
    }
}
