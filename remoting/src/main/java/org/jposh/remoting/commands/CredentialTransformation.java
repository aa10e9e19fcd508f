package org.jposh.remoting.commands;

import org.jposh.interpreter.commands.ArgumentTransformation;
import org.jposh.interpreter.commands.BindingServices;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.TypeNames;

/**
 * [Credential()]: a PSCredential passes; pwsh turns a user name into a credential by asking the user for
 * the password, which JPosh's hosts cannot do yet, so a user name is refused with that reason.
 */
public final class CredentialTransformation implements ArgumentTransformation {
    @Override
    public Object transform(BindingServices services, Object inputData) {
        if (inputData == null || inputData instanceof PSCredential) {
            return inputData;
        }
        if (inputData instanceof String userName) {
            throw new IllegalArgumentException("A credential for \"" + userName + "\" needs a password, and this host "
                    + "cannot prompt for one. Pass a PSCredential object instead.");
        }
        throw new IllegalArgumentException("Cannot convert the \"" + LanguagePrimitives.toStringValue(inputData)
                + "\" value of type \"" + TypeNames.shortName(inputData) + "\" to type \"PSCredential\".");
    }

    @Override
    public boolean transformNullOptionalParameters() {
        return false;
    }
}
