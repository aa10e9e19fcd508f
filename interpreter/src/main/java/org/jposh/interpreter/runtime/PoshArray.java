package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.InvalidArrayIndexException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.Arrays;
import java.util.List;

/**
 * A PowerShell array ({@code object[]}) or list ({@code ArrayList}, {@code List[T]}) as other
 * languages see it: read-only array elements.
 */
@ExportLibrary(InteropLibrary.class)
public final class PoshArray implements InteropValues.Exported {
    private final Object value;
    private final List<?> elements;

    public PoshArray(Object[] elements) {
        this.value = elements;
        this.elements = Arrays.asList(elements);
    }

    public PoshArray(List<?> elements) {
        this.value = elements;
        this.elements = elements;
    }

    @Override
    public Object unwrap() {
        return value;
    }

    @ExportMessage
    boolean hasArrayElements() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    long getArraySize() {
        return elements.size();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isArrayElementReadable(long index) {
        return index >= 0 && index < elements.size();
    }

    @ExportMessage
    @TruffleBoundary
    Object readArrayElement(long index) throws InvalidArrayIndexException {
        if (!isArrayElementReadable(index)) {
            throw InvalidArrayIndexException.create(index);
        }
        return InteropValues.export(elements.get((int) index));
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return LanguagePrimitives.toStringValue(value);
    }
}
