package org.jposh.stdlib.security;

import java.util.Arrays;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.SecureString;

/**
 * ConvertFrom-SecureString: the text in clear (-AsPlainText), encrypted with -Key or -SecureKey, or
 * without either in pwsh's keyless Unix form (see {@link SecureStrings}).
 */
@Cmdlet(verb = "ConvertFrom", noun = "SecureString", defaultParameterSetName = "Secure")
public final class ConvertFromSecureStringCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private SecureString secureString;

    @Parameter(parameterSetName = "AsPlainText")
    private boolean asPlainText;

    @Parameter(position = 1, parameterSetName = "Secure")
    private SecureString secureKey;

    @Parameter(parameterSetName = "Open")
    private byte[] key;

    @Override
    protected void processRecord() {
        if (secureString.length() == 0) {
            throw throwTerminatingError(errorRecord("Value does not fall within the expected range. (Parameter "
                    + "'SecureString')", "System.ArgumentException", ErrorCategory.NotSpecified, null,
                    "ArgumentException"));
        }
        try {
            writeObject(convert());
        } catch (SecureStrings.FormatError e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), "System.ArgumentException",
                    ErrorCategory.NotSpecified, null, "ArgumentException"));
        }
    }

    private String convert() throws SecureStrings.FormatError {
        if (secureKey != null) {
            byte[] keyBytes = SecureStrings.bytes(secureKey);
            try {
                return SecureStrings.encrypt(secureString, keyBytes);
            } finally {
                Arrays.fill(keyBytes, (byte) 0);
            }
        }
        if (key != null) {
            return SecureStrings.encrypt(secureString, key);
        }
        if (asPlainText) {
            char[] chars = secureString.toCharArray();
            try {
                return new String(chars);
            } finally {
                Arrays.fill(chars, '\0');
            }
        }
        return SecureStrings.protect(secureString);
    }
}
