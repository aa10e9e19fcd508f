package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The elements of a {@code foreach} or {@code switch} whose body uses {@code $foreach} or {@code $switch}:
 * the cursor is exposed as that variable, an enumerator whose {@code MoveNext()} consumes elements the loop
 * then skips; a loop over an enumerator ({@code $h.GetEnumerator()}) exposes that enumerator itself, as
 * pwsh does. The variable gets its previous value back when the loop ends. The compiler adds this node
 * only to loops that mention the variable, so other loops pay nothing.
 */
public final class EnumeratorVariableNode extends CursorNode {
    @Child private CursorNode elements;
    private final String name;

    public EnumeratorVariableNode(CursorNode elements, String name) {
        this.elements = elements;
        this.name = name;
    }

    @Override
    ElementCursor executeCursor(VirtualFrame frame) {
        return expose(ScriptBlockRootNode.scope(frame), elements.executeCursor(frame));
    }

    @TruffleBoundary
    private ElementCursor expose(SessionStateScope scope, ElementCursor cursor) {
        Object previous = scope.get(name);
        LoopEnumerator enumerator = new LoopEnumerator(cursor, () -> scope.set(name, previous));
        scope.set(name, enumerator.ownEnumerator() != null ? enumerator.ownEnumerator() : enumerator);
        return enumerator;
    }
}
