package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.StopIterationException;
import com.oracle.truffle.api.interop.TruffleObject;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.Iterator;

/** A Java iterator over values already exported, as an interop iterator (a dictionary's entries). */
@ExportLibrary(InteropLibrary.class)
final class InteropIterator implements TruffleObject {
    private final Iterator<Object> iterator;

    InteropIterator(Iterator<Object> iterator) {
        this.iterator = iterator;
    }

    @ExportMessage
    boolean isIterator() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    boolean hasIteratorNextElement() {
        return iterator.hasNext();
    }

    @ExportMessage
    @TruffleBoundary
    Object getIteratorNextElement() throws StopIterationException {
        if (!iterator.hasNext()) {
            throw StopIterationException.create();
        }
        return iterator.next();
    }
}
