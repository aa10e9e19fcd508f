package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.dsl.Fallback;
import com.oracle.truffle.api.dsl.NodeChild;
import com.oracle.truffle.api.dsl.Specialization;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CollectionEnumerator;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.GenericList;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;

/**
 * The elements of a value as pwsh's foreach and switch enumerate it (LanguagePrimitives.GetEnumerable):
 * a collection element by element, a scalar (a string, a hashtable) once. They differ on $null: foreach
 * runs zero times (PowerShell 3 and later), switch once with {@code $_} = $null. No output
 * (AutomationNull) is zero elements for both.
 */
@NodeChild(value = "value", type = ExpressionNode.class)
public abstract class EnumerateNode extends CursorNode {
    private final boolean nullIsElement;

    protected EnumerateNode(boolean nullIsElement) {
        this.nullIsElement = nullIsElement;
    }

    @Specialization
    protected ElementCursor array(Object[] elements) {
        return new ElementCursor.ArrayCursor(elements);
    }

    @Fallback
    protected ElementCursor other(Object value) {
        if (value == AutomationNull.VALUE || (value == null && !nullIsElement)) {
            return ElementCursor.empty();
        }
        return enumerate(value);
    }

    @TruffleBoundary
    private static ElementCursor enumerate(Object value) {
        Iterable<?> elements = LanguagePrimitives.getEnumerable(value);
        if (elements == null) {
            return ElementCursor.single(value);
        }
        Object base = PSObject.base(value);
        return new ElementCursor.IteratorCursor(elements.iterator(), enumeratorType(base),
                base instanceof CollectionEnumerator ? base : null);
    }

    /** The type of the enumerator pwsh's loop gets from the collection's GetEnumerator(). */
    private static DotNetType enumeratorType(Object collection) {
        if (collection instanceof CollectionEnumerator enumerator) {
            return enumerator.dotNetType();
        } else if (collection instanceof GenericList list) {
            return LoopEnumerator.LIST_ENUMERATOR.makeGenericType(list.elementType());
        }
        return DotNetType.of(collection) == CoreTypes.ARRAY_LIST ? LoopEnumerator.ARRAY_LIST_ENUMERATOR
                : LoopEnumerator.ENUMERATOR;
    }
}
