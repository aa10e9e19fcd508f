package org.jposh.interpreter.runtime;

import java.util.Iterator;
import java.util.function.Supplier;
import java.util.stream.Stream;

/**
 * What System.Linq.Enumerable's deferred operators return (Where, Select, Range, ...): a query that runs each
 * time it is enumerated, over the source as it is then, as .NET's iterators do. PowerShell enumerates it when
 * it is output, piped or wrapped in {@code @()}.
 */
final class LinqSequence implements Iterable<Object>, DotNetTyped {
    private final DotNetType type;
    private final Supplier<Stream<Object>> query;

    LinqSequence(DotNetType elementType, Supplier<Stream<Object>> query) {
        this.type = CoreTypes.LINQ_ITERATOR.makeGenericType(elementType);
        this.query = query;
    }

    /** The type of the elements, as the query's result type names it. */
    DotNetType elementType() {
        return type.genericArgument(0);
    }

    Stream<Object> stream() {
        return query.get();
    }

    @Override
    public Iterator<Object> iterator() {
        return query.get().iterator();
    }

    @Override
    public DotNetType dotNetType() {
        return type;
    }

    @Override
    public String toString() {
        return type.toString();
    }
}
