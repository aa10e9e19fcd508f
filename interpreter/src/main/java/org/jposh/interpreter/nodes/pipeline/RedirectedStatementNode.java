package org.jposh.interpreter.nodes.pipeline;

import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandProcessor;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.Streams;

/**
 * An expression statement with redirections ({@code $x.Method() 2>&1}, {@code 'text' > file}): the
 * session's streams are redirected while it runs and restored after.
 */
public final class RedirectedStatementNode extends StatementNode {
    @Child private StatementNode statement;
    @Child private RedirectionsNode redirections;

    public RedirectedStatementNode(StatementNode statement, RedirectionsNode redirections) {
        this.statement = statement;
        this.redirections = redirections;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        PoshContext context = ScriptBlockRootNode.context(frame);
        Streams previous = context.streams();
        StreamsTarget target = new StreamsTarget(context, output);
        List<CommandProcessor> files = redirections.apply(frame, target);
        try {
            statement.execute(frame, target.output);
        } finally {
            restore(context, previous, files);
        }
    }

    @TruffleBoundary
    private static void restore(PoshContext context, Streams previous, List<CommandProcessor> files) {
        context.setStreams(previous);
        RedirectionsNode.end(files);
    }

    /** Redirects the session's streams, and the statement's output. */
    private static final class StreamsTarget implements RedirectionsNode.Target {
        private final PoshContext context;
        private Pipe output;

        StreamsTarget(PoshContext context, Pipe output) {
            this.context = context;
            this.output = output;
        }

        @Override
        public void redirect(int stream, Pipe pipe) {
            context.setStreams(context.streams().with(stream, pipe));
        }

        @Override
        public void merge(int stream) {
            redirect(stream, output);
        }

        @Override
        public void redirectOutput(Pipe pipe) {
            output = pipe;
        }
    }
}
