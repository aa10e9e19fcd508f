package org.jposh.interpreter.commands;

import org.jposh.grammar.ast.Extent;

/**
 * How a command is being run: which command, where it is written, its position in the pipeline
 * (1-based) and whether pipeline input can come (false for the first command of a pipeline without
 * input: it runs once with its command-line values).
 */
public record InvocationInfo(CommandMetadata command, Extent scriptPosition, int pipelinePosition,
                             boolean expectingInput) {
}
