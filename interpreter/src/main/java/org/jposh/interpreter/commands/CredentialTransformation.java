package org.jposh.interpreter.commands;

import org.jposh.interpreter.host.PSHost;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSCredential;
import org.jposh.interpreter.runtime.PSObject;

/**
 * [Credential()] (CredentialAttribute): a PSCredential passes; a user name, or $null for a mandatory
 * parameter, makes the host prompt for the credential. Leaving an optional credential out prompts for
 * nothing.
 */
public final class CredentialTransformation implements ArgumentTransformation {
    @Override
    public Object transform(BindingServices services, Object inputData) {
        Object value = PSObject.base(inputData);
        if (value instanceof PSCredential) {
            return value;
        }
        String userName = value == null ? null : LanguagePrimitives.toStringValue(value);
        PSHost host = services.host();
        if (host == null) {
            throw new IllegalStateException("There is no host to prompt for the credential.");
        }
        return host.ui().promptForCredential("PowerShell credential request", "Enter your credentials.", userName);
    }

    @Override
    public boolean transformNullOptionalParameters() {
        return false;
    }
}
