package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ConcurrentModificationException;
import java.util.Iterator;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PSRuntimeException;

/**
 * The elements a {@code foreach} or {@code switch} goes through, one at a time. Arrays and int ranges
 * are walked without leaving compiled code; other collections through their Java iterator.
 */
public abstract class ElementCursor {
    private static final Object[] NONE = {};

    abstract boolean hasNext();

    abstract Object next();

    /** The .NET enumerator pwsh's loop holds for these elements: the type of {@code $foreach} and {@code $switch}. */
    DotNetType enumeratorType() {
        return LoopEnumerator.ENUMERATOR;
    }

    /** The .NET enumerator the elements come from when it is a value of its own (a GetEnumerator() result), else null. */
    Object ownEnumerator() {
        return null;
    }

    /** Releases what the cursor holds open (the file of {@code switch -file}). */
    void close() {
    }

    static ElementCursor empty() {
        return new ArrayCursor(NONE);
    }

    static ElementCursor single(Object element) {
        return new ArrayCursor(new Object[]{element});
    }

    static final class ArrayCursor extends ElementCursor {
        private final Object[] elements;
        private int index;

        ArrayCursor(Object[] elements) {
            this.elements = elements;
        }

        @Override
        DotNetType enumeratorType() {
            return LoopEnumerator.ARRAY_ENUMERATOR;
        }

        @Override
        boolean hasNext() {
            return index < elements.length;
        }

        @Override
        Object next() {
            return elements[index++];
        }
    }

    /** {@code a..b} on ints, counting down when a &gt; b. */
    static final class IntRangeCursor extends ElementCursor {
        private final int last;
        private final int step;
        private long next;

        IntRangeCursor(int first, int last) {
            this.last = last;
            this.step = first <= last ? 1 : -1;
            this.next = first;
        }

        @Override
        DotNetType enumeratorType() {
            return LoopEnumerator.RANGE_ENUMERATOR;
        }

        @Override
        boolean hasNext() {
            return step > 0 ? next <= last : next >= last;
        }

        @Override
        Object next() {
            int value = (int) next;
            next += step;
            return value;
        }
    }

    /**
     * Any other collection, or an enumerator itself ({@code ownEnumerator}, which the loop then advances);
     * changing a collection while the loop goes through it is an error, as in .NET.
     */
    static final class IteratorCursor extends ElementCursor {
        private final Iterator<?> iterator;
        private final DotNetType enumeratorType;
        private final Object ownEnumerator;

        IteratorCursor(Iterator<?> iterator, DotNetType enumeratorType, Object ownEnumerator) {
            this.iterator = iterator;
            this.enumeratorType = enumeratorType;
            this.ownEnumerator = ownEnumerator;
        }

        @Override
        DotNetType enumeratorType() {
            return enumeratorType;
        }

        @Override
        Object ownEnumerator() {
            return ownEnumerator;
        }

        @Override
        @TruffleBoundary
        boolean hasNext() {
            try {
                return iterator.hasNext();
            } catch (ConcurrentModificationException e) {
                throw collectionModified();
            }
        }

        @Override
        @TruffleBoundary
        Object next() {
            try {
                return iterator.next();
            } catch (ConcurrentModificationException e) {
                throw collectionModified();
            }
        }

        private static PSRuntimeException collectionModified() {
            return PSRuntimeException.fromDotNetException(DotNetException.invalidOperation(
                    "Collection was modified; enumeration operation may not execute."));
        }
    }
}
