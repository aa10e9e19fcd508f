package org.jposh.remoting.protocol;

import java.util.List;
import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.messages.ErrorRecordData;

/**
 * The error records remoting produces itself, in the shape pwsh gives them: the exception type
 * hierarchy decides what the other side shows (pwsh rehydrates by type name), the error id and the
 * category decide FullyQualifiedErrorId and CategoryInfo.
 */
public final class RemotingErrors {
    private RemotingErrors() {
    }

    /** ErrorCategory values used here. */
    static final int NOT_SPECIFIED = 0;
    static final int OPEN_ERROR = 1;
    static final int OPERATION_STOPPED = 14;

    private static final List<String> RUNTIME_EXCEPTION = List.of("System.Management.Automation.RuntimeException",
            "System.SystemException");
    private static final List<String> PIPELINE_STOPPED = List.of("System.Management.Automation.PipelineStoppedException",
            "System.Management.Automation.RuntimeException", "System.SystemException");
    private static final List<String> TRANSPORT_EXCEPTION = List.of(
            "System.Management.Automation.Remoting.PSRemotingTransportException",
            "System.Management.Automation.RuntimeException", "System.SystemException");
    private static final List<String> DATA_STRUCTURE_EXCEPTION = List.of(
            "System.Management.Automation.Remoting.PSRemotingDataStructureException",
            "System.Management.Automation.RuntimeException", "System.SystemException");

    /** The reason of a Stopped pipeline: pwsh's PipelineStoppedException. */
    public static ErrorRecordData pipelineStopped() {
        return ErrorRecordData.create(PIPELINE_STOPPED, "The pipeline has been stopped.", "PipelineStopped", OPERATION_STOPPED,
                "", "", "", null);
    }

    /**
     * A failure that is not an error record already, as pwsh reports one in a state message: a
     * RuntimeException with the given error id (RemotePSInvocationStateInfoReason for pipelines,
     * RemoteRunspaceStateInfoReason for pools).
     */
    public static ErrorRecordData fromException(Throwable e, String errorId) {
        String message = e.getMessage() != null ? e.getMessage() : e.getClass().getSimpleName();
        return ErrorRecordData.create(RUNTIME_EXCEPTION, message, errorId, NOT_SPECIFIED, "", "", "", null);
    }

    /** A broken or unreachable connection (PSRemotingTransportException). */
    public static ErrorRecordData transport(PsrpException e) {
        return ErrorRecordData.create(TRANSPORT_EXCEPTION, e.getMessage(), e.errorId(), OPEN_ERROR, "", "", "", null);
    }

    /** A protocol-level refusal, such as a failed version negotiation (PSRemotingDataStructureException). */
    public static ErrorRecordData dataStructure(PsrpException e) {
        return ErrorRecordData.create(DATA_STRUCTURE_EXCEPTION, e.getMessage(), e.errorId(), NOT_SPECIFIED, "", "", "", null);
    }
}
