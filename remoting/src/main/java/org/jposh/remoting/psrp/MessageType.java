package org.jposh.remoting.psrp;

/**
 * The PSRP message types (MS-PSRP 2.2.1), with their wire codes. The direction column of the
 * specification is kept as the destination each type travels to; SESSION_CAPABILITY goes both ways.
 */
public enum MessageType {
    SESSION_CAPABILITY(0x00010002, null),
    INIT_RUNSPACEPOOL(0x00010004, Destination.SERVER),
    PUBLIC_KEY(0x00010005, Destination.SERVER),
    ENCRYPTED_SESSION_KEY(0x00010006, Destination.CLIENT),
    PUBLIC_KEY_REQUEST(0x00010007, Destination.CLIENT),
    CONNECT_RUNSPACEPOOL(0x00010008, Destination.SERVER),
    SET_MAX_RUNSPACES(0x00021002, Destination.SERVER),
    SET_MIN_RUNSPACES(0x00021003, Destination.SERVER),
    RUNSPACE_AVAILABILITY(0x00021004, Destination.CLIENT),
    RUNSPACEPOOL_STATE(0x00021005, Destination.CLIENT),
    CREATE_PIPELINE(0x00021006, Destination.SERVER),
    GET_AVAILABLE_RUNSPACES(0x00021007, Destination.SERVER),
    USER_EVENT(0x00021008, Destination.CLIENT),
    APPLICATION_PRIVATE_DATA(0x00021009, Destination.CLIENT),
    GET_COMMAND_METADATA(0x0002100A, Destination.SERVER),
    RUNSPACEPOOL_INIT_DATA(0x0002100B, Destination.CLIENT),
    RESET_RUNSPACE_STATE(0x0002100C, Destination.SERVER),
    RUNSPACEPOOL_HOST_CALL(0x00021100, Destination.CLIENT),
    RUNSPACEPOOL_HOST_RESPONSE(0x00021101, Destination.SERVER),
    PIPELINE_INPUT(0x00041002, Destination.SERVER),
    END_OF_PIPELINE_INPUT(0x00041003, Destination.SERVER),
    PIPELINE_OUTPUT(0x00041004, Destination.CLIENT),
    ERROR_RECORD(0x00041005, Destination.CLIENT),
    PIPELINE_STATE(0x00041006, Destination.CLIENT),
    DEBUG_RECORD(0x00041007, Destination.CLIENT),
    VERBOSE_RECORD(0x00041008, Destination.CLIENT),
    WARNING_RECORD(0x00041009, Destination.CLIENT),
    PROGRESS_RECORD(0x00041010, Destination.CLIENT),
    INFORMATION_RECORD(0x00041011, Destination.CLIENT),
    PIPELINE_HOST_CALL(0x00041100, Destination.CLIENT),
    PIPELINE_HOST_RESPONSE(0x00041101, Destination.SERVER);

    private final int code;
    private final Destination destination;

    MessageType(int code, Destination destination) {
        this.code = code;
        this.destination = destination;
    }

    public int code() {
        return code;
    }

    /** Where messages of this type go; null for SESSION_CAPABILITY, which both sides send. */
    public Destination destination() {
        return destination;
    }

    public static MessageType fromCode(int code) {
        for (MessageType t : values()) {
            if (t.code == code) {
                return t;
            }
        }
        throw new PsrpException("UnknownMessageType",
                "The remoting message has an unknown message type 0x" + String.format("%08X", code) + ".");
    }
}
