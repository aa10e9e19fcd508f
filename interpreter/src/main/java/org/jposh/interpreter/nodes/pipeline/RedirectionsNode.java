package org.jposh.interpreter.nodes.pipeline;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import com.oracle.truffle.api.nodes.Node;
import java.util.ArrayList;
import java.util.List;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandProcessor;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.ScriptBlockRootNode;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The redirections written after a command or expression: {@code 2>&1} (streams 2 to 6, or {@code *}
 * for all) merges a stream into the output, where its records (ErrorRecords, WarningRecords...) travel
 * as objects; {@code > file}, {@code >> file}, {@code 2> file}, {@code *> file} write streams to a file
 * as Out-File does (UTF-8 without BOM), emptying it first unless appending; {@code > $null} discards.
 * Merges go to the output wherever that is redirected, so {@code cmd > file 2>&1} writes both to the file.
 */
public final class RedirectionsNode extends Node {
    /** Output stream number; the others are 2 to 6, as written in scripts. */
    static final int OUTPUT = 1;

    /** What the redirections act on: a command of a pipeline, or the streams of an expression statement. */
    interface Target {
        /** Sends stream 2 to 6 to the pipe. */
        void redirect(int stream, Pipe pipe);

        /** Sends stream 2 to 6 into the output, wherever the output goes. */
        void merge(int stream);

        /** Sends the output to the pipe instead of downstream. */
        void redirectOutput(Pipe pipe);
    }

    private final int[] mergedStreams;
    private final int[][] fileStreams;
    @Children private final ExpressionNode[] fileTargets;
    private final boolean[] append;
    private final Extent extent;

    /**
     * @param mergedStreams the streams merged into the output
     * @param fileStreams per file redirection, the streams it takes (1 to 6)
     * @param fileTargets per file redirection, the path expression ($null discards)
     * @param extent the command or expression redirected, where file errors are reported
     */
    public RedirectionsNode(int[] mergedStreams, int[][] fileStreams, ExpressionNode[] fileTargets, boolean[] append,
                            Extent extent) {
        this.extent = extent;
        this.mergedStreams = mergedStreams;
        this.fileStreams = fileStreams;
        this.fileTargets = fileTargets;
        this.append = append;
    }

    /**
     * Applies the redirections to the target; returns the Out-File commands writing the files, which
     * the caller ends when the command or statement ends.
     */
    public List<CommandProcessor> apply(VirtualFrame frame, Target target) {
        Object[] paths = ExpressionNode.executeAll(frame, fileTargets);
        return apply(ScriptBlockRootNode.context(frame), ScriptBlockRootNode.scope(frame), paths, target);
    }

    @TruffleBoundary
    private List<CommandProcessor> apply(PoshContext context, SessionStateScope scope, Object[] paths,
                                         Target target) {
        List<CommandProcessor> files = new ArrayList<>();
        try {
            for (int i = 0; i < fileStreams.length; i++) {
                Pipe file = openFile(context, scope, paths[i], append[i], files);
                for (int stream : fileStreams[i]) {
                    if (stream == OUTPUT) {
                        target.redirectOutput(file);
                    } else {
                        target.redirect(stream, file);
                    }
                }
            }
        } catch (RuntimeException e) {
            end(files);
            throw e;
        }
        for (int stream : mergedStreams) {
            target.merge(stream);
        }
        return files;
    }

    /** A file as Out-File writes it, begun now; $null discards. */
    private Pipe openFile(PoshContext context, SessionStateScope scope, Object path, boolean appending,
                          List<CommandProcessor> files) {
        if (LanguagePrimitives.isNull(path)) {
            return value -> { };
        }
        List<CommandArgument> arguments = new ArrayList<>();
        arguments.add(CommandArgument.named("FilePath", LanguagePrimitives.toStringValue(path), extent));
        if (appending) {
            arguments.add(CommandArgument.parameter("Append", extent));
        }
        CommandProcessor outFile = CommandProcessor.create(context, scope,
                context.sessionState().commands().find("Out-File"), arguments.toArray(CommandArgument[]::new), extent,
                1, true);
        outFile.begin();
        files.add(outFile);
        return outFile::process;
    }

    /** Ends the Out-File commands of {@link #apply}, which flushes and closes the files. */
    @TruffleBoundary
    public static void end(List<CommandProcessor> files) {
        for (CommandProcessor file : files) {
            file.end();
        }
    }
}
