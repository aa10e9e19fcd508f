package org.jposh.remoting.psrp.messages;

import java.util.Objects;
import org.jposh.remoting.psrp.MessageType;

/**
 * PUBLIC_KEY (MS-PSRP 2.2.2.5): the client's RSA public key, base64 of a Windows PUBLICKEYBLOB
 * (MS-PSRP 2.2.3.24), so the server can send it a session key for SecureStrings.
 */
public record PublicKey(String publicKey) implements MessageBody {
    public PublicKey {
        Objects.requireNonNull(publicKey, "publicKey");
    }

    @Override
    public MessageType type() {
        return MessageType.PUBLIC_KEY;
    }

    @Override
    public Object toClixml() {
        return Fields.body().addExtended("PublicKey", publicKey);
    }

    public static PublicKey decode(Object body) {
        String key = Fields.string(Fields.object(MessageType.PUBLIC_KEY, body), "PublicKey");
        if (key == null) {
            throw Fields.missing("PublicKey");
        }
        return new PublicKey(key);
    }
}
