package org.jposh.interpreter.commands;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * What {@code $block.GetSteppablePipeline()} returns (pwsh's SteppablePipeline): the commands of a
 * script block's one pipeline, their arguments taken when it was made, which the caller drives itself
 * one step at a time. This is how a proxy function wraps a command: its begin block calls
 * {@code Begin($PSCmdlet)}, its process block {@code Process($_)}, its end block {@code End()}.
 *
 * <p>The commands are bound when the pipeline begins, once it is known whether input will come
 * ({@code Begin($true)}), so that a mandatory parameter the input binds is not missing. With
 * {@code Begin($bool)} each of Process and End returns what the pipeline wrote meanwhile; with
 * {@code Begin($PSCmdlet)} the output goes straight to the calling function's output.
 */
public final class SteppablePipeline implements DotNetTyped {
    private static final DotNetType TYPE = CoreTypes.define("System.Management.Automation", "SteppablePipeline",
            SteppablePipeline.class, SteppablePipeline::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    /** Makes the pipeline's processors, bound with the arguments taken earlier. */
    @FunctionalInterface
    public interface Commands {
        CommandProcessorBase[] create(boolean expectInput);
    }

    private final Commands commands;
    private CommandProcessorBase[] processors;
    private final List<Object> results = new ArrayList<>();
    private boolean expectInput;
    private boolean processed;
    /** The first command still running: those before it were stopped by one downstream (Select-Object -First). */
    private int first;
    private boolean done;

    public SteppablePipeline(Commands commands) {
        this.commands = commands;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.method("Begin", CoreTypes.VOID, (t, a) -> ((SteppablePipeline) t).begin((Boolean) a[0], null),
                param("expectInput", CoreTypes.BOOLEAN));
        b.method("Begin", CoreTypes.VOID, (t, a) -> {
            ScriptCmdlet command = (ScriptCmdlet) a[0];
            if (command == null) {
                throw DotNetException.argumentNull("command");
            }
            return ((SteppablePipeline) t).begin(command.processor().expectingInput(), command.processor().output());
        }, param("command", ScriptCmdlet.TYPE));
        b.method("Process", CoreTypes.OBJECT_ARRAY, (t, a) -> ((SteppablePipeline) t).process(AutomationNull.VALUE));
        b.method("Process", CoreTypes.OBJECT_ARRAY, (t, a) -> ((SteppablePipeline) t).process(a[0]),
                param("input", CoreTypes.OBJECT));
        b.method("End", CoreTypes.OBJECT_ARRAY, (t, a) -> ((SteppablePipeline) t).end());
        b.method("Clean", CoreTypes.VOID, (t, a) -> ((SteppablePipeline) t).dispose());
        b.method("Dispose", CoreTypes.VOID, (t, a) -> ((SteppablePipeline) t).dispose());
    }

    /** @param output where the last command writes, or null to collect what Process and End return */
    private Object begin(boolean expectInput, Pipe output) {
        this.expectInput = expectInput;
        processors = commands.create(expectInput);
        for (int i = 0; i < processors.length; i++) {
            processors[i].setOutput(i + 1 < processors.length ? processors[i + 1]::processFromUpstream
                    : output != null ? output : results::add);
        }
        run(() -> {
            for (CommandProcessorBase processor : processors) {
                processor.beginOnce();
            }
        });
        return AutomationNull.VALUE;
    }

    /** One step: the input object to the first command, or (not expecting input) its one process step without any. */
    private Object[] process(Object input) {
        checkNotDone();
        if (processors == null) {
            begin(false, null);
        }
        if (first == 0) {
            run(() -> {
                if (expectInput && input != AutomationNull.VALUE) {
                    processors[0].process(input);
                } else {
                    processors[0].processWithoutInput();
                }
            });
            processed = true;
        }
        return takeResults();
    }

    private Object[] end() {
        checkNotDone();
        if (processors == null) {
            throw DotNetException.invalidOperation("Cannot complete the pipeline operation because it has not yet been "
                    + "started. You must call the Begin() method before calling End() on a steppable pipeline.");
        }
        try {
            if (!expectInput && !processed && first == 0) {
                run(processors[0]::processWithoutInput);
            }
            for (int i = first; i < processors.length; i++) {
                try {
                    processors[i].end();
                } catch (StopUpstreamCommandsException e) {
                    // asked while this command ended: the commands between it and the one that asked are stopped
                    if (e.source() != processors[i]) {
                        i = CommandProcessorBase.stopUpstream(processors, e, i + 1) - 1;
                    }
                }
            }
        } finally {
            finish();
        }
        return takeResults();
    }

    private Object dispose() {
        if (processors != null && !done) {
            for (int i = first; i < processors.length; i++) {
                processors[i].stop();
            }
            finish();
        }
        return AutomationNull.VALUE;
    }

    private void finish() {
        done = true;
        try {
            CommandProcessorBase.cleanBegun(processors, null);
        } finally {
            for (CommandProcessorBase processor : processors) {
                processor.endRedirectionFiles();
            }
        }
    }

    /** Once ended or disposed, the pipeline has no commands left, as pwsh's. */
    private void checkNotDone() {
        if (done) {
            throw DotNetException.invalidOperation("Cannot run the pipeline because there are no commands. Add at least "
                    + "one command to the pipeline, and then run it again.");
        }
    }

    /** Runs a step; a command that stops those upstream of it (Select-Object -First) stops them for the rest. */
    private void run(Runnable step) {
        try {
            step.run();
        } catch (StopUpstreamCommandsException e) {
            first = CommandProcessorBase.stopUpstream(processors, e, first);
        }
    }

    private Object[] takeResults() {
        Object[] taken = results.toArray();
        results.clear();
        return taken;
    }
}
