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

    /**
     * The query's elements; a .NET exception the query raises on the way (a Cast that cannot cast) is pwsh's
     * BadEnumeration error around it, as pwsh reports what an enumerator throws.
     */
    @Override
    public Iterator<Object> iterator() {
        Iterator<Object> elements = query.get().iterator();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return elements.hasNext();
                } catch (DotNetException e) {
                    throw badEnumeration(e);
                }
            }

            @Override
            public Object next() {
                try {
                    return elements.next();
                } catch (DotNetException e) {
                    throw badEnumeration(e);
                }
            }
        };
    }

    private static PSRuntimeException badEnumeration(DotNetException e) {
        return new PSRuntimeException("BadEnumeration", ErrorCategory.NotSpecified,
                "An error occurred while enumerating through a collection: " + e.getMessage() + ".")
                .withInnerException(ExceptionValue.of(e));
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
