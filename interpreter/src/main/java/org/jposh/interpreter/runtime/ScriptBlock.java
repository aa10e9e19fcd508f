package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.source.Source;
import java.util.Arrays;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.PoshLanguage;
import org.jposh.interpreter.commands.BindableScriptBlock;
import org.jposh.interpreter.commands.ScriptCommandProcessor;
import org.jposh.interpreter.commands.SteppablePipeline;

/**
 * A script block value: {@code { ... }}, a function's body, a script. It belongs to the session state
 * it was made in, and runs in a new scope that is a child of the scope current when it is invoked
 * (PowerShell's dynamic scoping) or, after {@link #getNewClosure}, of the scope holding the variables
 * it closed over.
 */
public final class ScriptBlock implements ScriptCallable, BindableScriptBlock {
    /** The compiled code; null until first needed for a delay-parsed block. */
    private CompiledScriptBlock code;
    /** A delay-parsed block's text, parsed into {@link #code} when first needed; null for the others. */
    private final Source delayedSource;
    private final SessionState sessionState;
    private final SessionStateScope closureScope;
    /**
     * The scope of the module whose code made the block, or null: called from outside the module, the block runs
     * under the module's scope (seeing its private commands), as pwsh runs a block in the session state it was made
     * in; called from the module's own code, under the caller's, as any block.
     */
    private final SessionStateScope moduleScope;
    private final boolean isFilter;

    public ScriptBlock(CompiledScriptBlock code, SessionState sessionState) {
        this(code, null, sessionState, null, null, false);
    }

    /** A block made by code running in {@code scope}: one of a module's belongs to it (see {@link #moduleScope}). */
    public ScriptBlock(CompiledScriptBlock code, SessionState sessionState, SessionStateScope scope) {
        this(code, null, sessionState, null, scope.moduleScope(), false);
    }

    private ScriptBlock(CompiledScriptBlock code, Source delayedSource, SessionState sessionState,
                        SessionStateScope closureScope, SessionStateScope moduleScope, boolean isFilter) {
        this.code = code;
        this.delayedSource = delayedSource;
        this.sessionState = sessionState;
        this.closureScope = closureScope;
        this.moduleScope = moduleScope;
        this.isFilter = isFilter;
    }

    /**
     * A block whose text is parsed when it is first run or looked into, as pwsh delay-parses the functions every
     * session starts with: starting a session then parses nothing.
     */
    public static ScriptBlock delayParsed(String name, String text, SessionState sessionState) {
        return new ScriptBlock(null, Source.newBuilder(PoshLanguage.ID, text, name).build(), sessionState, null,
                null, false);
    }

    /** [scriptblock]::Create(text): compiles the text in the current session. */
    public static ScriptBlock create(String text) {
        PoshContext context = PoshContext.get(null);
        Source source = Source.newBuilder(PoshLanguage.ID, text == null ? "" : text, "<ScriptBlock>").build();
        return new ScriptBlock(context.language().parseScriptBlock(source), context.sessionState());
    }

    /** The same code as a filter: its unnamed block is the process block. */
    public ScriptBlock asFilter() {
        return new ScriptBlock(code(), null, sessionState, closureScope, moduleScope, true);
    }

    /**
     * The same code bound to {@code scope}: wherever it is called it runs in a new scope under that one,
     * as the functions a module exports run under the module's scope and see its variables.
     */
    public ScriptBlock boundTo(SessionStateScope scope) {
        return new ScriptBlock(code(), null, sessionState, scope, moduleScope, isFilter);
    }

    public CompiledScriptBlock code() {
        CompiledScriptBlock compiled = code;
        return compiled != null ? compiled : parseDelayed();
    }

    /** A delay-parsed block's code, parsed now (outside compiled code: the parser is no partial-evaluation material). */
    @TruffleBoundary
    private CompiledScriptBlock parseDelayed() {
        // two threads may both parse; either result is the same code
        CompiledScriptBlock compiled = sessionState.global().context().language().parseScriptBlock(delayedSource);
        code = compiled;
        return compiled;
    }

    public SessionState sessionState() {
        return sessionState;
    }

    public boolean isFilter() {
        return isFilter;
    }

    /** The scope a new scope for running this block is made under. */
    public SessionStateScope parentScopeForInvocation() {
        if (closureScope != null) {
            return closureScope;
        }
        SessionStateScope current = sessionState.currentScope();
        return moduleScope != null && current.moduleScope() != moduleScope ? moduleScope : current;
    }

    /**
     * ScriptBlock.GetNewClosure(): a copy of this block bound to a new scope holding copies of the
     * variables of the current scope (as pwsh's module CaptureLocals), so later changes on either side
     * stay apart. As there, only variables without options are copied: read-only, constant, private and
     * AllScope ones are not.
     */
    public ScriptBlock getNewClosure() {
        SessionStateScope captured = new SessionStateScope(sessionState.global(), ScopeLayout.AUTOMATIC_ONLY, false);
        for (PSVariable variable : sessionState.currentScope().localVariables().values()) {
            if (!variable.hasOptions()) {
                captured.setVariable(variable.copy());
            }
        }
        return new ScriptBlock(code(), null, sessionState, captured, moduleScope, isFilter);
    }

    /**
     * Runs the block in a new scope with {@code $this}, {@code $_} and {@code $args} (each may be null
     * for none) and returns its output as is: nothing is AutomationNull, one object itself, more an
     * array (ScriptBlock.InvokeReturnAsIs).
     */
    @Override
    public Object invoke(Object dollarThis, Object dollarUnder, Object[] args) {
        CollectingPipe output = new CollectingPipe();
        ScriptCommandProcessor.invoke(this, true, dollarThis, dollarUnder, args, output);
        return output.resultAsIs();
    }

    /**
     * Runs the block in the current scope, as ForEach-Object and Where-Object do, with {@code $_} set
     * for the duration; its output goes to {@code output}.
     */
    @Override
    public void invokeDotSourced(Object dollarUnder, Object[] args, Pipe output) {
        ScriptCommandProcessor.invoke(this, false, null, dollarUnder, args, output);
    }

    /**
     * ScriptBlock.GetSteppablePipeline(): the block's one pipeline, its commands and argument values taken
     * now in the current scope, to be bound and run step by step by the caller.
     */
    public SteppablePipeline getSteppablePipeline() {
        PoshContext context = PoshContext.get(null);
        Source source = Source.newBuilder(PoshLanguage.ID, code().text(), "<ScriptBlock>").build();
        ScriptBlock steppable = new ScriptBlock(context.language().compileSteppablePipeline(source), sessionState);
        CollectingPipe output = new CollectingPipe();
        ScriptCommandProcessor.invoke(steppable, false, null, null, new Object[0], output);
        return (SteppablePipeline) output.toArray()[0];
    }

    /** ScriptBlock.Invoke(args): the output as a list. */
    public List<Object> invokeAsList(Object[] args) {
        CollectingPipe output = new CollectingPipe();
        ScriptCommandProcessor.invoke(this, true, null, null, args, output);
        return Arrays.asList(output.toArray());
    }

    @Override
    public List<Object> invokeWithDollarUnder(Object dollarUnder) {
        CollectingPipe output = new CollectingPipe();
        ScriptCommandProcessor.invoke(this, true, null, dollarUnder, null, output);
        return Arrays.asList(output.toArray());
    }

    @Override
    public List<Object> invokeWithArgument(Object argument) {
        CollectingPipe output = new CollectingPipe();
        ScriptCommandProcessor.invoke(this, true, null, null, new Object[] {argument}, output);
        return Arrays.asList(output.toArray());
    }

    /** The block's text without its braces. */
    @Override
    public String toString() {
        return code().text();
    }
}
