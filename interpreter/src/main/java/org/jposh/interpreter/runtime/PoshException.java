package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.exception.AbstractTruffleException;
import com.oracle.truffle.api.nodes.Node;

/** A terminating PowerShell error, carrying its ErrorRecord up to the nearest handler. */
public final class PoshException extends AbstractTruffleException {
    private final transient ErrorRecord errorRecord;

    public PoshException(ErrorRecord errorRecord, Node location) {
        super(errorRecord.message(), location);
        this.errorRecord = errorRecord;
    }

    public ErrorRecord errorRecord() {
        return errorRecord;
    }
}
