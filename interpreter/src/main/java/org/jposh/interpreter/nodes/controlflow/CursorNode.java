package org.jposh.interpreter.nodes.controlflow;

import com.oracle.truffle.api.dsl.TypeSystemReference;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.PoshTypes;

/** Evaluates what a {@code foreach} or {@code switch} enumerates and starts a cursor over its elements. */
@TypeSystemReference(PoshTypes.class)
public abstract class CursorNode extends PoshNode {
    abstract ElementCursor executeCursor(VirtualFrame frame);
}
