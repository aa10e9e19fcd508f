package org.jposh.remoting.psrp.clixml;

/**
 * A SecureString ({@code SS}) as it travels: the text of the encrypted blob (base64 of the data
 * encrypted with the session key exchanged through PUBLIC_KEY / ENCRYPTED_SESSION_KEY). Decrypting
 * it is the session's business, not the serializer's.
 */
public record PsSecureString(String encrypted) {
    @Override
    public String toString() {
        return "System.Security.SecureString";
    }
}
