package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;

/**
 * A script block as other languages see it: executable, with the arguments in {@code $args}; the
 * result is its output (null for none, the object for one, an array for more).
 */
@ExportLibrary(InteropLibrary.class)
public final class ScriptBlockValue implements InteropValues.Exported {
    private final ScriptCallable script;

    ScriptBlockValue(ScriptCallable script) {
        this.script = script;
    }

    @Override
    public Object unwrap() {
        return script;
    }

    @ExportMessage
    boolean isExecutable() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object execute(Object[] arguments) {
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = ForeignObjects.importValue(arguments[i]);
        }
        try {
            return InteropValues.export(script.invoke(null, null, args));
        } catch (PSRuntimeException e) {
            throw new PoshException(e.toErrorRecord(null), null);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return LanguagePrimitives.toStringValue(script);
    }
}
