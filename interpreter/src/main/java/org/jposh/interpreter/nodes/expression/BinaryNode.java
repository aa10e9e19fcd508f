package org.jposh.interpreter.nodes.expression;

import com.oracle.truffle.api.dsl.NodeChild;
import org.jposh.interpreter.nodes.ExpressionNode;

/** An operator with a left and a right operand, evaluated left first. */
@NodeChild("left")
@NodeChild("right")
public abstract class BinaryNode extends ExpressionNode {
}
