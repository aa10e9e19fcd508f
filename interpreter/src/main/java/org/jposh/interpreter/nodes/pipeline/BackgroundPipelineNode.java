package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.regex.Pattern;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandProcessorBase;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * {@code pipeline &}: runs the pipeline in a background job, as pwsh's InvokePipelineInBackground does. The
 * pipeline's text becomes the script block of a Start-Job in the current location, each variable that exists here
 * (but the constants and the session's own, such as $PID and $Host) read from this session as {@code ${using:name}};
 * the job is the statement's output.
 */
public final class BackgroundPipelineNode extends StatementNode {
    private static final Pattern SESSION_VARIABLE = Pattern.compile(
            "^(global:)?(PID|PSVersionTable|PSEdition|PSHOME|HOST|TRUE|FALSE|NULL)$", Pattern.CASE_INSENSITIVE);

    private final String text;
    /** The variables of the text: where each starts and ends in it, and its name as written. */
    private final int[] starts;
    private final int[] ends;
    private final String[] names;

    public BackgroundPipelineNode(String text, int[] starts, int[] ends, String[] names) {
        this.text = text;
        this.starts = starts;
        this.ends = ends;
        this.names = names;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        ScriptBlockRootNode.markPosition(frame, extent());
        start(ScriptBlockRootNode.context(frame), ScriptBlockRootNode.scope(frame), output);
    }

    @TruffleBoundary
    private void start(PoshContext context, SessionStateScope scope, Pipe output) {
        StringBuilder script = new StringBuilder(text.length() + 16);
        int position = 0;
        for (int i = 0; i < names.length; i++) {
            if (scope.getVariable(names[i]) == null || SESSION_VARIABLE.matcher(names[i]).matches()) {
                continue;
            }
            script.append(text, position, starts[i]).append("${using:").append(names[i]).append('}');
            position = ends[i];
        }
        script.append(text, position, text.length());
        CommandArgument[] arguments = {
            CommandArgument.named("WorkingDirectory", context.sessionState().location().toString(), extent()),
            CommandArgument.named("ScriptBlock", ScriptBlock.create(script.toString()), extent())};
        CommandProcessorBase processor = CommandDiscovery.createProcessor(context, "Start-Job", false, arguments,
                extent(), 1, false);
        CommandProcessorBase.runPipeline(new CommandProcessorBase[]{processor}, null, output);
    }
}
