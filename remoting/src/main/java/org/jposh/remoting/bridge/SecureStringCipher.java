package org.jposh.remoting.bridge;

import org.jposh.remoting.psrp.clixml.PsSecureString;

/**
 * Encrypts and decrypts the SecureStrings of one PSRP session with its session key (pwsh's
 * PSRemotingCryptoHelper): what lets {@link PsObjectBridge} send a SecureString, or a PSCredential
 * holding one, as {@code <SS>} and read it back. Each side exchanges the key when it first needs it.
 */
public interface SecureStringCipher {
    /** The characters as they travel; the caller clears them after. */
    PsSecureString encrypt(char[] chars);

    /** The characters of a received SecureString; the caller clears them after use. */
    char[] decrypt(PsSecureString secure);
}
