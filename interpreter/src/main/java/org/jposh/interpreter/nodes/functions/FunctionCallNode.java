package org.jposh.interpreter.nodes.functions;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.CompilationFinal;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.nodes.DirectCallNode;
import com.oracle.truffle.api.nodes.ExplodeLoop;
import com.oracle.truffle.api.nodes.IndirectCallNode;
import org.jposh.interpreter.commands.ScriptCommandProcessor;
import org.jposh.interpreter.nodes.PoshNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.CompiledScriptBlock;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PositionalSignature;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The fast path of {@code f 1 2}: a simple function called with positional arguments alone, as the
 * only command of its pipeline. It binds the arguments to the parameters directly (what the binder
 * would do for such a call: in order, converted to their types, the rest in {@code $args}) and calls
 * the function's end block, with a direct call while the same function is called from here (in the
 * interpreter mostly without Truffle's call path: see {@link ScriptBlockRootNode#callFromInterpreter}).
 */
public final class FunctionCallNode extends PoshNode {
    private static final Object[] NO_ARGS = new Object[0];

    @CompilationFinal private CallTarget cachedTarget;
    @CompilationFinal private CompiledScriptBlock cachedCode;
    @CompilationFinal(dimensions = 1) private int[] cachedSlots;
    /** Per parameter: the class a value must have to go in its slot as it is (null: any but a PSVariable). */
    @CompilationFinal(dimensions = 1) private Class<?>[] cachedClasses;
    @Child private DirectCallNode directCall;
    @Child private IndirectCallNode indirectCall = IndirectCallNode.create();

    /**
     * Calls the function with the values of its positional arguments when this path covers the call; false
     * otherwise (a function this path does not cover, or an argument that does not convert, whose error the
     * general path reports).
     */
    public boolean call(ScriptBlock function, Object[] arguments, Pipe output) {
        CompiledScriptBlock code = function.code();
        if (code.positionalSignature() == null) {
            return false;
        }
        CallTarget end = code.end();
        if (cachedTarget == null) {
            CompilerDirectives.transferToInterpreterAndInvalidate();
            cachedTarget = end;
            cachedCode = code;
            PositionalSignature signature = code.positionalSignature();
            cachedSlots = signature.slots().clone();
            cachedClasses = new Class<?>[cachedSlots.length];
            for (int i = 0; i < cachedSlots.length; i++) {
                DotNetType type = signature.types()[i];
                cachedClasses[i] = type == null ? null
                        : code.layout().parameterType(cachedSlots[i]) == type ? type.javaClass() : Void.class;
            }
            directCall = insert(DirectCallNode.create(end));
        }
        Object[] callArguments = code == cachedCode && arguments.length == cachedSlots.length
                ? bindExactly(function, arguments, output) : null;
        if (callArguments == null) {
            callArguments = bind(function, arguments, output);
        }
        if (callArguments == null) {
            return false;
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

    /**
     * The binding of the cached function when every parameter is given a value that needs no conversion,
     * as a fib(n - 1) call gives its [int]$n an int: done here, where the compiler sees it, rather than
     * behind the general path's boundary. Null when the general path must bind.
     */
    @ExplodeLoop
    private Object[] bindExactly(ScriptBlock function, Object[] arguments, Pipe output) {
        for (int i = 0; i < cachedSlots.length; i++) {
            Object value = arguments[i];
            Class<?> javaClass = cachedClasses[i];
            if (javaClass == null ? value instanceof PSVariable : value == null || value.getClass() != javaClass) {
                return null;
            }
        }
        SessionStateScope scope = new SessionStateScope(function.parentScopeForInvocation(), cachedCode.layout(),
                false);
        Object[] slots = scope.slots();
        for (int i = 0; i < cachedSlots.length; i++) {
            slots[cachedSlots[i]] = arguments[i];
        }
        ScriptCommandProcessor.completePositionalScope(slots, NO_ARGS);
        return ScriptBlockRootNode.arguments(scope, output);
    }

    @TruffleBoundary
    private static Object[] bind(ScriptBlock function, Object[] arguments, Pipe output) {
        return ScriptCommandProcessor.bindPositionally(function, arguments, null, null, output);
    }
}
