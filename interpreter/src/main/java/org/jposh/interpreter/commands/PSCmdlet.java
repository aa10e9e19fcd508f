package org.jposh.interpreter.commands;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;

/**
 * The base of cmdlets written in Java. The binder sets the annotated parameter fields, then the
 * pipeline calls {@link #beginProcessing}, {@link #processRecord} once per input object (once with
 * no input for the first command of a pipeline) and {@link #endProcessing}.
 */
public abstract class PSCmdlet {
    private PoshContext context;
    private Pipe output;

    final void setContext(PoshContext context) {
        this.context = context;
    }

    final void setOutput(Pipe output) {
        this.output = output;
    }

    /** The host the session runs in, for cmdlets that talk to the user directly. */
    protected final PSHost host() {
        return context.host();
    }

    protected void beginProcessing() {
    }

    protected void processRecord() {
    }

    protected void endProcessing() {
    }

    /** Writes one object to the pipeline. */
    protected final void writeObject(Object value) {
        output.write(value);
    }

    /** Writes an object to the pipeline, unrolling it one level first when {@code enumerateCollection} is set. */
    protected final void writeObject(Object value, boolean enumerateCollection) {
        if (enumerateCollection) {
            LanguagePrimitives.writeEnumerated(output, value);
        } else {
            output.write(value);
        }
    }
}
