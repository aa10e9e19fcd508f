package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.CompilerDirectives;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.RootCallTarget;
import com.oracle.truffle.api.Truffle;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import java.util.List;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.nodes.controlflow.ReturnException;
import org.jposh.interpreter.runtime.CallStack;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionTypes;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The code of a script or script block. It is called with two arguments: the scope it runs in
 * and the pipe its output goes to. A {@code return} anywhere in it ends here, except in the body of a
 * trap: there, as in pwsh, it leaves the script block that holds the trap.
 *
 * <p>A {@code return} reached only through statement lists and {@code if} bodies from here (the usual
 * {@code if ($n -lt 2) { return $n }}) does not throw: it marks the block as returned and the statement
 * lists on its way stop (see {@link org.jposh.interpreter.nodes.controlflow.ReturnNode}). A thrown exception
 * that crosses frames of the interpreter costs a microsecond or more to unwind, which a recursive function
 * would pay for every call.
 *
 * <p>Function, method and delegate calls from the interpreter mostly run the body directly rather than through
 * Truffle's call path ({@link #callFromInterpreter}); a call too deep for the thread's stack ends as pwsh's
 * CallDepthOverflow.
 */
public final class ScriptBlockRootNode extends RootNode implements CallStack.Code {
    private static final int SCOPE = 0;
    private static final int OUTPUT = 1;
    /** See {@link #callFromInterpreter}; a power of two. */
    private static final int CALLS_PER_TRUFFLE_CALL = 16;

    @Child private StatementNode body;
    private final Source source;
    private final String name;
    private final boolean endsReturn;
    /** The parameters a frame of this code shows as its arguments (Get-PSCallStack), or null when it is no frame. */
    private final List<String> frameParameters;
    private final Extent extent;

    /** Whether this code ran compiled by Truffle: from then on every call goes through Truffle's call path. */
    private boolean ranCompiled;
    private int callsFromInterpreter;

    /**
     * A named block of a script block, function, script or class method, which runs as a frame of the call stack.
     *
     * @param extent the block's text
     * @param name the function name the frame shows ({@code <ScriptBlock>}, {@code f}, {@code f<Begin>})
     * @param parameters the names of the block's parameters
     */
    public static ScriptBlockRootNode frame(PoshLanguage language, StatementNode body, Source source, Extent extent,
                                            String name, List<String> parameters) {
        return new ScriptBlockRootNode(language, body, source, extent, name, true, parameters);
    }

    /**
     * Code run on behalf of a frame, which is no frame itself, as in pwsh: a parameter's default value, a
     * constructor's base-class arguments, a class property's initial value.
     */
    public static ScriptBlockRootNode helper(PoshLanguage language, StatementNode body, Source source, String name) {
        return new ScriptBlockRootNode(language, body, source, null, name, true, null);
    }

    /** The body of a trap, whose {@code return} reaches the script block running the trap's statement list. */
    public static ScriptBlockRootNode trapBody(PoshLanguage language, StatementNode body, Source source) {
        return new ScriptBlockRootNode(language, body, source, null, "trap", false, null);
    }

    private ScriptBlockRootNode(PoshLanguage language, StatementNode body, Source source, Extent extent, String name,
                                boolean endsReturn, List<String> frameParameters) {
        super(language, frameDescriptor());
        this.body = body;
        this.source = source;
        this.extent = extent;
        this.name = name;
        this.endsReturn = endsReturn;
        this.frameParameters = frameParameters;
    }

    /**
     * No slots: variables live in the scope, and so does the returned flag (Truffle allocates three arrays per
     * call for a frame with slots). One descriptor per block, as the block's loops add auxiliary slots to it
     * (LoopBodyNode): shared, every frame would carry a slot for every loop of the session.
     */
    private static FrameDescriptor frameDescriptor() {
        return FrameDescriptor.newBuilder().build();
    }

    /**
     * The context the block runs in: the one its scope belongs to. Nodes ask here rather than Truffle, whose
     * lookup outside compiled code reads a thread-local with a call into the VM.
     */
    public static PoshContext context(VirtualFrame frame) {
        return scope(frame).context();
    }

    /**
     * Marks where the block is, as a command or method call starts: the position its frame of the call stack shows
     * while the call runs.
     */
    public static void markPosition(VirtualFrame frame, Extent position) {
        scope(frame).setPosition(position);
    }

    /** Marks the block as returned: the statement lists between the return and this root stop. */
    public static void markReturned(VirtualFrame frame) {
        scope(frame).setReturned(true);
    }

    /** Whether a {@code return} marked the block as returned. */
    public static boolean hasReturned(VirtualFrame frame) {
        return scope(frame).returned();
    }

    /** A class method's {@code return}: the value, kept until the method's body ends (see MethodBodyNode). */
    public static void setReturnValue(VirtualFrame frame, Object value) {
        scope(frame).setReturnValue(value);
    }

    public static Object returnValue(VirtualFrame frame) {
        return scope(frame).returnValue();
    }

    public static Object[] arguments(SessionStateScope scope, Pipe output) {
        return new Object[]{scope, output};
    }

    /**
     * Runs script-block code from Java code rather than from a call node: a command processor's blocks (a
     * pipeline's begin, process and end, ForEach-Object's and Where-Object's blocks). The call names no location
     * node: Truffle's call without one reads and restores a thread-local around every call (a call into the VM
     * outside compiled code), and the errors of script code carry their positions in their own records.
     */
    public static void call(CallTarget code, Object[] arguments) {
        code.call(null, arguments);
    }

    /**
     * As {@link #call}, for a function, a class's constructor or method, or a delegate a .NET method calls once
     * per element (a comparison): mostly without Truffle's call path while the code has not run compiled (see
     * {@link #callFromInterpreter}). A command processor's blocks stay on Truffle's path: through this one the
     * pipeline benchmark ran 10 to 13% slower, C2 then compiling each block into every cmdlet's record path.
     */
    public static void callFunction(CallTarget code, Object[] arguments) {
        if (!callFromInterpreter(code, arguments)) {
            code.call(null, arguments);
        }
    }

    /**
     * Runs the code directly, without Truffle's call path, when called from the interpreter before Truffle has
     * compiled it; true when it did. That path costs more than a small function's body: its call boundary stays
     * in HotSpot's bytecode interpreter until Truffle's own compiler has initialised, which takes longer than a
     * short script runs (README, "Performance"). One call in {@value #CALLS_PER_TRUFFLE_CALL} still goes through
     * Truffle, whose call counts so see a hot function and compile it, only that many calls later; once the
     * compiled code has run, every call takes it.
     */
    public static boolean callFromInterpreter(CallTarget code, Object[] arguments) {
        if (CompilerDirectives.inInterpreter() && code instanceof RootCallTarget target
                && target.getRootNode() instanceof ScriptBlockRootNode root && !root.ranCompiled
                && (root.callsFromInterpreter++ & (CALLS_PER_TRUFFLE_CALL - 1)) != 0) {
            root.execute(Truffle.getRuntime().createVirtualFrame(arguments, root.getFrameDescriptor()));
            return true;
        }
        return false;
    }

    /** The scope the code running in {@code frame} reads and writes variables in. */
    public static SessionStateScope scope(VirtualFrame frame) {
        return (SessionStateScope) frame.getArguments()[SCOPE];
    }

    /** The pipe the script block's output goes to (pwsh's FunctionContext output pipe). */
    public static Pipe output(VirtualFrame frame) {
        return (Pipe) frame.getArguments()[OUTPUT];
    }

    /** Runs the body with its scope as the session's current scope, restoring the caller's afterwards. */
    @Override
    public Object execute(VirtualFrame frame) {
        if (CompilerDirectives.inCompiledCode() && !ranCompiled) {
            ranCompiled = true;
        }
        SessionStateScope scope = scope(frame);
        PoshContext context = scope.context();
        boolean callerReturned = scope.returned();
        scope.setReturned(false);
        SessionState sessionState = context.sessionState();
        SessionStateScope callerScope = sessionState.currentScope();
        sessionState.setCurrentScope(scope);
        CallStack callStack = sessionState.callStack();
        boolean isFrame = frameParameters != null;
        if (isFrame) {
            callStack.push(this, scope);
        }
        try {
            body.execute(frame, (Pipe) frame.getArguments()[OUTPUT]);
        } catch (ReturnException e) {
            // return has written its value already: leaving is all that remains
            if (!endsReturn) {
                throw e;
            }
        } catch (StackOverflowError e) {
            CompilerDirectives.transferToInterpreter();
            if (!sessionState.handlesStackOverflow(e)) {
                throw e;
            }
            throw callDepthOverflow();
        } finally {
            if (isFrame) {
                callStack.pop();
            }
            sessionState.setCurrentScope(callerScope);
            scope.setReturned(callerReturned);
        }
        return null;
    }

    /**
     * pwsh's ScriptCallDepthException, which it raises when the stack runs short (there is no fixed depth), its
     * record holding a ParentContainsErrorRecordException as pwsh's does. It passes the statements on its way
     * out, as pwsh's does, up to a try/catch or trap, or the top.
     */
    @TruffleBoundary
    private static PoshException callDepthOverflow() {
        ErrorRecord error = new ErrorRecord("The script failed due to call depth overflow.", "CallDepthOverflow",
                ErrorCategory.InvalidOperation, 0, null, "ParentContainsErrorRecordException", null);
        return new PoshException(error, null, PoshException.Severity.STOPPED, ExceptionTypes.SCRIPT_CALL_DEPTH_EXCEPTION);
    }

    public Source getSource() {
        return source;
    }

    @Override
    public String getName() {
        return name;
    }

    @Override
    public String functionName() {
        return name;
    }

    @Override
    public Extent extent() {
        return extent;
    }

    @Override
    public List<String> parameterNames() {
        return frameParameters;
    }
}
