package org.jposh.interpreter.nodes.variables;

import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScopeLayout;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code $name}: a variable the block assigns is read from its slot in the block's own scope, an automatic
 * one ({@code $_}, {@code $args}) from its slot in any scope, as every layout has them in the same slots (a
 * dot-sourced ForEach-Object block reads its caller's); until it is set there, and for every other variable,
 * the scopes are searched outward by name. A variable
 * never set reads as $null, or is an error in strict mode (version 1 spares the variables written in
 * an expandable string, version 2 does not).
 */
public final class ReadVariableNode extends ExpressionNode {
    private final String name;
    private final ScopeLayout layout;
    private final boolean inExpandableString;
    @CompilationFinal private int slot = VariableSlots.UNRESOLVED;

    /**
     * @param layout             the layout of the block this node belongs to
     * @param inExpandableString whether the variable is written inside an expandable string
     */
    public ReadVariableNode(String name, ScopeLayout layout, boolean inExpandableString) {
        this.name = name;
        this.layout = layout;
        this.inExpandableString = inExpandableString;
    }

    @Override
    public Object executeGeneric(VirtualFrame frame) {
        SessionStateScope scope = ScriptBlockRootNode.scope(frame);
        if (slot == VariableSlots.UNRESOLVED) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            slot = layout.indexOf(name);
        }
        if (slot >= 0 && (slot < ScopeLayout.AUTOMATIC_SLOTS || scope.layout() == layout)) {
            Object raw = scope.slots()[slot];
            if (raw != SessionStateScope.UNSET) {
                return SessionStateScope.valueOf(raw);
            }
        }
        return lookup(scope);
    }

    @TruffleBoundary
    private Object lookup(SessionStateScope scope) {
        Object value = scope.find(name);
        return value != SessionStateScope.UNSET ? value : undefined(this, scope, name, inExpandableString);
    }

    /**
     * What reading a variable that is not set gives: $null, or in strict mode pwsh's VariableIsUndefined
     * error, positioned on the variable.
     *
     * @param userPath the variable as written, without the {@code $}
     */
    @TruffleBoundary
    static Object undefined(Node node, SessionStateScope scope, String userPath, boolean inExpandableString) {
        if (!scope.isStrictVersion(inExpandableString ? 2 : 1)) {
            return null;
        }
        PSRuntimeException error = new PSRuntimeException("VariableIsUndefined", ErrorCategory.InvalidOperation,
                "The variable '$" + userPath + "' cannot be retrieved because it has not been set.")
                .withTargetObject(userPath);
        throw new PoshException(error.toErrorRecord(extentOf(node)), node);
    }

    private static Extent extentOf(Node node) {
        for (Node n = node; n != null; n = n.getParent()) {
            if (n instanceof PoshNode posh && posh.extent() != null) {
                return posh.extent();
            }
        }
        return null;
    }

    public String name() {
        return name;
    }
}
