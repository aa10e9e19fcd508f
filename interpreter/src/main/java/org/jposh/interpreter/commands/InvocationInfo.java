package org.jposh.interpreter.commands;

/**
 * How a command is being run: which command, its position in the pipeline (1-based, shown when
 * prompting) and whether pipeline input can come (false for the first command of a pipeline without
 * input: it runs once with its command-line values).
 */
public record InvocationInfo(CommandMetadata command, int pipelinePosition, boolean expectingInput) {
}
