package org.jposh.remoting.server;

import java.util.Objects;
import org.jposh.remoting.psrp.messages.ErrorRecordData;

/**
 * Ends a pipeline Failed with a given error record (a terminating error), which the client receives
 * as the reason of the Failed state. Any other exception fails the pipeline too, with a record
 * built from its message.
 */
public final class PipelineFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    private final transient ErrorRecordData record;

    public PipelineFailedException(ErrorRecordData record) {
        super(record.message());
        this.record = Objects.requireNonNull(record, "record");
    }

    public ErrorRecordData record() {
        return record;
    }
}
