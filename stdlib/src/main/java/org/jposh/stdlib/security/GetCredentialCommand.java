package org.jposh.stdlib.security;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CredentialTransformation;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateNotNull;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.runtime.PSCredential;

/**
 * Get-Credential: a credential the host asks the user for (the user name too, unless -UserName gives
 * it); -Credential passes one through, or prompts for the user name it is given.
 */
@Cmdlet(verb = "Get", noun = "Credential", defaultParameterSetName = "CredentialSet")
public final class GetCredentialCommand extends PSCmdlet {
    @Parameter(position = 0, parameterSetName = "CredentialSet")
    @ValidateNotNull
    @TransformArgument(CredentialTransformation.class)
    private PSCredential credential;

    @Parameter(parameterSetName = "MessageSet")
    @ValidateNotNullOrEmpty
    private String message = "Enter your credentials.";

    @Parameter(position = 0, parameterSetName = "MessageSet")
    @ValidateNotNullOrEmpty
    private String userName;

    @Parameter(parameterSetName = "MessageSet")
    @ValidateNotNullOrEmpty
    private String title = "PowerShell credential request";

    @Override
    protected void beginProcessing() {
        if (credential == null) {
            try {
                credential = host().ui().promptForCredential(title, message, userName);
            } catch (HostException e) {
                throw throwTerminatingError(errorRecord(e, null));
            }
        }
        if (credential != null) {
            writeObject(credential);
        }
    }
}
