package org.jposh.interpreter;

/**
 * How a pipeline ended, as PowerShell's PipelineState names it: completed (non-terminating errors
 * included), failed with a terminating error, or stopped by its caller (Ctrl+C).
 */
public enum PipelineState {
    Completed, Failed, Stopped
}
