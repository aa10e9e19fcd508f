package org.jposh.stdlib.security;

import java.util.Arrays;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.SecureString;

/**
 * ConvertTo-SecureString: plain text (-AsPlainText; -Force is accepted and, as in pwsh 7, no longer
 * required), the text ConvertFrom-SecureString wrote without a key, or with -Key/-SecureKey the
 * encrypted standard string (see {@link SecureStrings}).
 */
@Cmdlet(verb = "ConvertTo", noun = "SecureString", defaultParameterSetName = "Secure")
public final class ConvertToSecureStringCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private String string;

    @Parameter(position = 1, parameterSetName = "PlainText")
    private boolean asPlainText;

    @Parameter(position = 2, parameterSetName = "PlainText")
    private boolean force;

    @Parameter(position = 1, parameterSetName = "Secure")
    private SecureString secureKey;

    @Parameter(parameterSetName = "Open")
    private byte[] key;

    @Override
    protected void processRecord() {
        try {
            writeObject(convert());
        } catch (SecureStrings.FormatError e) {
            writeError(errorRecord(e.getMessage(), e.cryptographic
                    ? "ImportSecureString_InvalidArgument_CryptographicError" : "ImportSecureString_InvalidArgument",
                    ErrorCategory.InvalidArgument, null,
                    e.cryptographic ? "CryptographicException" : "PSArgumentException"));
        }
    }

    private SecureString convert() throws SecureStrings.FormatError {
        if (secureKey != null) {
            byte[] keyBytes = SecureStrings.bytes(secureKey);
            try {
                return SecureStrings.decrypt(string, keyBytes);
            } finally {
                Arrays.fill(keyBytes, (byte) 0);
            }
        }
        if (key != null) {
            return SecureStrings.decrypt(string, key);
        }
        if (asPlainText) {
            char[] chars = string.toCharArray();
            try {
                return SecureString.of(chars);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
        return SecureStrings.unprotect(string);
    }
}
