package org.jposh.remoting.psrp.messages;

import org.jposh.remoting.psrp.MessageType;

/** PUBLIC_KEY_REQUEST (MS-PSRP 2.2.2.12): the server asks the client for its public key; pwsh sends an empty string. */
public record PublicKeyRequest() implements MessageBody {
    @Override
    public MessageType type() {
        return MessageType.PUBLIC_KEY_REQUEST;
    }

    @Override
    public Object toClixml() {
        return "";
    }
}
