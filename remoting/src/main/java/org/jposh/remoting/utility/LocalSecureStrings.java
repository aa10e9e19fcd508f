package org.jposh.remoting.utility;

import org.jposh.interpreter.runtime.SecureString;
import org.jposh.remoting.bridge.SecureStringCipher;
import org.jposh.remoting.psrp.clixml.ClixmlException;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.stdlib.security.SecureStrings;

/**
 * SecureStrings in CLIXML outside a session (Export-Clixml, Import-Clixml, PSSerializer): pwsh protects them with
 * SecureStringHelper.Protect, which on Unix, having no DPAPI, writes the UTF-16LE characters in hex, the key-less
 * form of ConvertFrom-SecureString. So such a file holds the secret readably, as pwsh's does there.
 */
final class LocalSecureStrings implements SecureStringCipher {
    static final LocalSecureStrings INSTANCE = new LocalSecureStrings();

    private LocalSecureStrings() {
    }

    @Override
    public PsSecureString encrypt(char[] chars) {
        return new PsSecureString(SecureStrings.protect(SecureString.of(chars)));
    }

    /** @throws ClixmlException with the error pwsh's Unprotect gives text that is not such hex */
    @Override
    public char[] decrypt(PsSecureString secure) {
        try {
            return SecureStrings.unprotect(secure.encrypted()).toCharArray();
        } catch (SecureStrings.FormatError e) {
            throw new ClixmlException("DeserializeSecureStringFailed", e.getMessage(), e);
        }
    }
}
