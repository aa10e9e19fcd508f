package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;

/**
 * ENCRYPTED_SESSION_KEY (MS-PSRP 2.2.2.7): the server's AES-256 session key, encrypted with the
 * client's public key, base64 of a Windows SIMPLEBLOB (MS-PSRP 2.2.3.25).
 */
public record EncryptedSessionKey(String encryptedSessionKey) implements MessageBody {
    public EncryptedSessionKey {
        Objects.requireNonNull(encryptedSessionKey, "encryptedSessionKey");
    }

    @Override
    public MessageType type() {
        return MessageType.ENCRYPTED_SESSION_KEY;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("EncryptedSessionKey", encryptedSessionKey);
    }

    public static EncryptedSessionKey decode(Object body) {
        String key = Fields.string(Fields.object(MessageType.ENCRYPTED_SESSION_KEY, body), "EncryptedSessionKey");
        if (key == null) {
            throw Fields.missing("EncryptedSessionKey");
        }
        return new EncryptedSessionKey(key);
    }
}
