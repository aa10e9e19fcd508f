package org.jposh.interpreter.nodes.controlflow;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.VOID;

import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;

/**
 * {@code $foreach} and {@code $switch}: an IEnumerator over the loop's own cursor. {@code MoveNext()} and
 * the loop advance the same cursor; {@code Current} is the element last taken by either.
 */
public final class LoopEnumerator extends ElementCursor implements DotNetTyped {
    private static final DotNetType TYPE = CoreTypes.define("System.Collections", "IEnumerator",
            LoopEnumerator.class, b -> {
                b.method("MoveNext", BOOLEAN, (t, a) -> ((LoopEnumerator) t).moveNext());
                b.property("Current", OBJECT, t -> ((LoopEnumerator) t).current);
                b.method("Reset", VOID, (t, a) -> {
                    throw DotNetException.notSupported("Specified method is not supported.");
                });
            });

    private final ElementCursor cursor;
    private final Runnable onClose;
    private Object current;

    LoopEnumerator(ElementCursor cursor, Runnable onClose) {
        this.cursor = cursor;
        this.onClose = onClose;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    private boolean moveNext() {
        if (!cursor.hasNext()) {
            return false;
        }
        current = cursor.next();
        return true;
    }

    @Override
    boolean hasNext() {
        return cursor.hasNext();
    }

    @Override
    Object next() {
        current = cursor.next();
        return current;
    }

    @Override
    void close() {
        cursor.close();
        onClose.run();
    }
}
