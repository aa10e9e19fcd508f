package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.PoshNode;

/**
 * The left side of an assignment: a variable, a typed variable, an index, a member, or a list of
 * targets. {@link #read} gives the current value for compound assignment and {@code ++}/{@code --}.
 */
public abstract class AssignmentTargetNode extends PoshNode {

    public abstract void assign(VirtualFrame frame, Object value);

    public abstract Object read(VirtualFrame frame);
}
