package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.jposh.grammar.ast.Extent;

/**
 * The script frames of a session running now, outermost first: pwsh's debugger call stack, which
 * Get-PSCallStack lists and an error's ScriptStackTrace copies. Every script block, function, script and
 * class method that runs is a frame; a parameter's default value and a trap's body are not, as in pwsh.
 *
 * <p>Where a frame is (its position) is the command or method call it runs now, which code marks in the
 * frame's scope as it starts one ({@link SessionStateScope#setPosition}): a store per call instead of one
 * per statement, as pwsh's sequence points cost. A dot-sourced block runs in its caller's scope, so pushing
 * it keeps the caller's position aside and popping it puts the position back.
 *
 * <p>A session runs on one thread at a time; the thread that entered the outermost frame owns the stack,
 * and an error made on another thread (a remote session's reader) takes no copy of it.
 */
public final class CallStack {
    private static final int INITIAL_CAPACITY = 64;

    /** What a frame runs. */
    public interface Code {
        /**
         * The name pwsh's FunctionContext has: {@code f}, {@code f<Begin>} for a named block, {@code <ScriptBlock>}
         * for a script or script block.
         */
        String functionName();

        /** The code's text, where a frame that has marked no position yet stands; null if unknown. */
        Extent extent();

        /** The names of the code's parameters, in order. */
        List<String> parameterNames();
    }

    private Code[] codes = new Code[INITIAL_CAPACITY];
    private SessionStateScope[] scopes = new SessionStateScope[INITIAL_CAPACITY];
    /** A frame's position, kept while a dot-sourced frame above it shares its scope. */
    private Extent[] callerPositions = new Extent[INITIAL_CAPACITY];
    private int depth;
    private Thread owner;

    /** A frame starts running {@code code} in {@code scope}. */
    public void push(Code code, SessionStateScope scope) {
        if (depth == codes.length) {
            grow();
        }
        if (depth == 0) {
            owner = Thread.currentThread();
        } else if (scopes[depth - 1] == scope) {
            callerPositions[depth - 1] = scope.position();
        }
        codes[depth] = code;
        scopes[depth] = scope;
        depth++;
    }

    /** The innermost frame has ended. */
    public void pop() {
        depth--;
        SessionStateScope scope = scopes[depth];
        scopes[depth] = null;
        if (depth > 0 && scopes[depth - 1] == scope) {
            scope.setPosition(callerPositions[depth - 1]);
            callerPositions[depth - 1] = null;
        }
    }

    public int depth() {
        return depth;
    }

    @TruffleBoundary
    private void grow() {
        int capacity = codes.length * 2;
        codes = Arrays.copyOf(codes, capacity);
        scopes = Arrays.copyOf(scopes, capacity);
        callerPositions = Arrays.copyOf(callerPositions, capacity);
    }

    /**
     * The frames, innermost first, as Get-PSCallStack lists them.
     *
     * @param innermostPosition where the innermost frame is, or null for the position its scope marks
     */
    @TruffleBoundary
    public List<CallStackFrame> frames(Extent innermostPosition) {
        List<CallStackFrame> frames = new ArrayList<>(depth);
        for (int i = depth - 1; i >= 0; i--) {
            Extent position = i == depth - 1 && innermostPosition != null ? innermostPosition : position(i);
            SessionStateScope scope = scopes[i];
            boolean ownScope = i == 0 || scopes[i - 1] != scope;
            frames.add(new CallStackFrame(codes[i], position, ownScope ? scope : null));
        }
        return frames;
    }

    private Extent position(int frame) {
        return frame + 1 < depth && scopes[frame + 1] == scopes[frame] ? callerPositions[frame]
                : scopes[frame].position();
    }

    /**
     * pwsh's ScriptStackTrace of an error raised at {@code position} in the innermost frame: a line per frame,
     * innermost first; empty when the stack is empty or belongs to another thread.
     */
    @TruffleBoundary
    public String scriptStackTrace(Extent position) {
        if (depth == 0 || owner != Thread.currentThread()) {
            return "";
        }
        StringBuilder trace = new StringBuilder();
        for (CallStackFrame frame : frames(position)) {
            if (!trace.isEmpty()) {
                trace.append(System.lineSeparator());
            }
            trace.append(frame);
        }
        return trace.toString();
    }
}
