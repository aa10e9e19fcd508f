package org.jposh.interpreter.nodes;

import com.oracle.truffle.api.CallTarget;
import com.oracle.truffle.api.frame.FrameDescriptor;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.RootNode;
import com.oracle.truffle.api.source.Source;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.nodes.controlflow.ReturnException;
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
 */
public final class ScriptBlockRootNode extends RootNode {
    private static final int SCOPE = 0;
    private static final int OUTPUT = 1;

    @Child private StatementNode body;
    private final Source source;
    private final String name;
    private final boolean endsReturn;

    public ScriptBlockRootNode(PoshLanguage language, StatementNode body, Source source, String name) {
        this(language, body, source, name, true);
    }

    private ScriptBlockRootNode(PoshLanguage language, StatementNode body, Source source, String name,
                                boolean endsReturn) {
        super(language, frameDescriptor());
        this.body = body;
        this.source = source;
        this.name = name;
        this.endsReturn = endsReturn;
    }

    /** The body of a trap, whose {@code return} reaches the script block running the trap's statement list. */
    public static ScriptBlockRootNode trapBody(PoshLanguage language, StatementNode body, Source source) {
        return new ScriptBlockRootNode(language, body, source, "trap", false);
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
     * Runs script-block code from Java code rather than from a call node: a command processor, or a .NET method
     * calling a delegate once per element. The call names no location node: Truffle's call without one reads and
     * restores a thread-local around every call (a call into the VM outside compiled code), and the errors of
     * script code carry their positions in their own records.
     */
    public static void call(CallTarget code, Object[] arguments) {
        code.call(null, arguments);
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
        SessionStateScope scope = scope(frame);
        PoshContext context = scope.context();
        boolean callerReturned = scope.returned();
        scope.setReturned(false);
        SessionState sessionState = context.sessionState();
        SessionStateScope callerScope = sessionState.currentScope();
        sessionState.setCurrentScope(scope);
        try {
            body.execute(frame, (Pipe) frame.getArguments()[OUTPUT]);
        } catch (ReturnException e) {
            // return has written its value already: leaving is all that remains
            if (!endsReturn) {
                throw e;
            }
        } finally {
            sessionState.setCurrentScope(callerScope);
            scope.setReturned(callerReturned);
        }
        return null;
    }

    public Source getSource() {
        return source;
    }

    @Override
    public String getName() {
        return name;
    }
}
