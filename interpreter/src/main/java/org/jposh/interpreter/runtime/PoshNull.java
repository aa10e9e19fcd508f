package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/** $null as other languages see it; inside the interpreter $null is Java null. */
@ExportLibrary(InteropLibrary.class)
public final class PoshNull implements InteropValues.Exported {
    public static final PoshNull INSTANCE = new PoshNull();

    private PoshNull() {
    }

    @ExportMessage
    boolean isNull() {
        return true;
    }

    @Override
    public Object unwrap() {
        return null;
    }
}
