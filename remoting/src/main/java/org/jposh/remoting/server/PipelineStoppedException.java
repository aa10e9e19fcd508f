package org.jposh.remoting.server;

/**
 * Thrown by {@link PipelineContext} once the client has stopped the pipeline, so that an executor
 * writing output or reading input stops at its next step. Executors let it propagate.
 */
public final class PipelineStoppedException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public PipelineStoppedException() {
        super("The pipeline has been stopped.");
    }
}
