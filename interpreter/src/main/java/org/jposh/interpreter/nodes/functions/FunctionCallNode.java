package org.jposh.interpreter.nodes.functions;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import org.jposh.interpreter.commands.ScriptCommandProcessor;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * The fast path of {@code f 1 2}: a simple function called with positional arguments alone, as the
 * only command of its pipeline. It binds the arguments to the parameters directly (what the binder
 * would do for such a call: in order, converted to their types, the rest in {@code $args}) and calls
 * the function's end block, with a direct call while the same function is called from here (in the
 * interpreter mostly without Truffle's call path: see {@link ScriptBlockRootNode#callFromInterpreter}).
 */
public final class FunctionCallNode extends PoshNode {
    @CompilationFinal private CallTarget cachedTarget;
    @Child private DirectCallNode directCall;
    @Child private IndirectCallNode indirectCall = IndirectCallNode.create();

    /**
     * Calls the function with the values of its positional arguments when this path covers the call; false
     * otherwise (a function this path does not cover, or an argument that does not convert, whose error the
     * general path reports).
     */
    public boolean call(ScriptBlock function, Object[] arguments, Pipe output) {
        if (function.code().positionalSignature() == null) {
            return false;
        }
        Object[] callArguments = bind(function, arguments, output);
        if (callArguments == null) {
            return false;
        }
        CallTarget end = function.code().end();
        if (cachedTarget == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedTarget = end;
            directCall = insert(DirectCallNode.create(end));
        }
        if (ScriptBlockRootNode.callFromInterpreter(end, callArguments)) {
            return true;
        }
        if (end == cachedTarget) {
            directCall.call(callArguments);
        } else {
            indirectCall.call(end, callArguments);
        }
        return true;
    }

    @TruffleBoundary
    private static Object[] bind(ScriptBlock function, Object[] arguments, Pipe output) {
        return ScriptCommandProcessor.bindPositionally(function, arguments, null, null, output);
    }
}
