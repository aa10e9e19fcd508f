package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.runtime.PSVariable;

/**
 * {@code $true = ...} and {@code $false = ...}: the constants cannot be assigned, in any scope, as pwsh's
 * VariableNotWritable says (they are Constant and AllScope there); reading them for {@code $true += 1} reads the
 * constant.
 */
public final class ConstantTargetNode extends AssignmentTargetNode {
    private final String name;
    @Child private ExpressionNode reader;

    public ConstantTargetNode(String name, ExpressionNode reader) {
        this.name = name;
        this.reader = reader;
    }

    @Override
    public void assign(VirtualFrame frame, Object value) {
        CompilerDirectives.transferToInterpreter();
        throw PSVariable.notWritable(name);
    }

    @Override
    public Object read(VirtualFrame frame) {
        return reader.executeGeneric(frame);
    }
}
