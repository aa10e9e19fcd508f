package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.PsrpMessage;

/** Decodes the body of a received message into its {@link MessageBody} record. */
public final class Messages {
    private Messages() {
    }

    public static MessageBody decode(PsrpMessage message) {
        Object body = message.bodyValue();
        return switch (message.type()) {
            case SESSION_CAPABILITY -> SessionCapability.decode(body);
            case INIT_RUNSPACEPOOL -> InitRunspacePool.decode(body);
            case PUBLIC_KEY -> PublicKey.decode(body);
            case ENCRYPTED_SESSION_KEY -> EncryptedSessionKey.decode(body);
            case PUBLIC_KEY_REQUEST -> new PublicKeyRequest();
            case CONNECT_RUNSPACEPOOL -> ConnectRunspacePool.decode(body);
            case SET_MAX_RUNSPACES -> SetMaxRunspaces.decode(body);
            case SET_MIN_RUNSPACES -> SetMinRunspaces.decode(body);
            case RUNSPACE_AVAILABILITY -> RunspaceAvailability.decode(body);
            case RUNSPACEPOOL_STATE -> RunspacePoolStateInfo.decode(body);
            case CREATE_PIPELINE -> CreatePipeline.decode(body);
            case GET_AVAILABLE_RUNSPACES -> GetAvailableRunspaces.decode(body);
            case APPLICATION_PRIVATE_DATA -> ApplicationPrivateData.decode(body);
            case RUNSPACEPOOL_INIT_DATA -> RunspacePoolInitData.decode(body);
            case RESET_RUNSPACE_STATE -> ResetRunspaceState.decode(body);
            case RUNSPACEPOOL_HOST_CALL, PIPELINE_HOST_CALL -> HostCall.decode(message.type(), body);
            case RUNSPACEPOOL_HOST_RESPONSE, PIPELINE_HOST_RESPONSE -> HostResponse.decode(message.type(), body);
            case PIPELINE_INPUT -> PipelineInput.decode(body);
            case END_OF_PIPELINE_INPUT -> new EndOfPipelineInput();
            case PIPELINE_OUTPUT -> PipelineOutput.decode(body);
            case ERROR_RECORD -> ErrorRecordMessage.decode(body);
            case PIPELINE_STATE -> PipelineStateInfo.decode(body);
            case DEBUG_RECORD, VERBOSE_RECORD, WARNING_RECORD -> InformationalRecordMessage.decode(message.type(), body);
            case PROGRESS_RECORD -> ProgressRecordMessage.decode(body);
            case INFORMATION_RECORD -> InformationRecordMessage.decode(body);
            case GET_COMMAND_METADATA, USER_EVENT -> new UntypedBody(message.type(), body);
        };
    }
}
