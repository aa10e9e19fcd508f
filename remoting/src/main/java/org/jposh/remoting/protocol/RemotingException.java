package org.jposh.remoting.protocol;

import java.util.Objects;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.messages.ErrorRecordData;

/**
 * A remoting operation failed: the session broke, the server refused it, a pipeline failed. It
 * carries the error record PowerShell shows for it, either the one the server sent or one built
 * here from a local failure, so callers (the session cmdlets) report both kinds the same way.
 */
public final class RemotingException extends PsrpException {
    private static final long serialVersionUID = 1L;

    private final transient ErrorRecordData record;

    public RemotingException(ErrorRecordData record) {
        super(Objects.requireNonNullElse(record.fullyQualifiedErrorId(), "RemotingFailure"), record.message());
        this.record = record;
    }

    public RemotingException(ErrorRecordData record, Throwable cause) {
        super(Objects.requireNonNullElse(record.fullyQualifiedErrorId(), "RemotingFailure"), record.message(), cause);
        this.record = record;
    }

    /** The error record describing the failure. */
    public ErrorRecordData record() {
        return record;
    }
}
