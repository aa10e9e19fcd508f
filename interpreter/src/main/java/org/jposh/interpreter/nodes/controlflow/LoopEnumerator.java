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
 * the loop advance the same cursor; {@code Current} is the element last taken by either. Its type is the
 * enumerator pwsh's loop would hold for the same elements (an array's for an array or a scalar, a range's
 * for {@code a..b}), so it prints as pwsh prints it.
 */
public final class LoopEnumerator extends ElementCursor implements DotNetTyped {
    /** Array.GetEnumerator(): arrays, and scalars, which pwsh wraps in a one-element array. */
    static final DotNetType ARRAY_ENUMERATOR = enumeratorType("System", "ArrayEnumerator");
    /** ParserOps.GetRangeEnumerator for {@code a..b}. */
    static final DotNetType RANGE_ENUMERATOR = enumeratorType("System.Management.Automation", "RangeEnumerator");
    static final DotNetType CHAR_RANGE_ENUMERATOR = enumeratorType("System.Management.Automation",
            "CharRangeEnumerator");
    static final DotNetType ARRAY_LIST_ENUMERATOR = enumeratorType("System.Collections",
            "ArrayList+ArrayListEnumeratorSimple");
    /** List[T]'s, made with T ({@link DotNetType#makeGenericType}). */
    static final DotNetType LIST_ENUMERATOR = enumeratorType("System.Collections.Generic", "List`1+Enumerator");
    /** Collections whose .NET enumerator type JPosh does not model. */
    static final DotNetType ENUMERATOR = enumeratorType("System.Collections", "IEnumerator");

    private static DotNetType enumeratorType(String namespace, String name) {
        return CoreTypes.define(namespace, name, LoopEnumerator.class, b -> {
            b.method("MoveNext", BOOLEAN, (t, a) -> ((LoopEnumerator) t).moveNext());
            b.property("Current", OBJECT, t -> ((LoopEnumerator) t).current);
            b.method("Reset", VOID, (t, a) -> {
                throw DotNetException.notSupported("Specified method is not supported.");
            });
        });
    }

    private final ElementCursor cursor;
    private final Runnable onClose;
    private Object current;

    LoopEnumerator(ElementCursor cursor, Runnable onClose) {
        this.cursor = cursor;
        this.onClose = onClose;
    }

    @Override
    public DotNetType dotNetType() {
        return cursor.enumeratorType();
    }

    /** The enumerator's own value when the loop goes through one ({@code foreach ($e in $h.GetEnumerator())}), else null. */
    Object ownEnumerator() {
        return cursor.ownEnumerator();
    }

    /** Object.ToString(): the type's name (Type.ToString()), as {@code "$foreach"} shows it. */
    @Override
    public String toString() {
        return dotNetType().toString();
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
