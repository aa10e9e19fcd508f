package org.jposh.remoting.cim.commands;

import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.TransformArgument;
import org.jposh.interpreter.commands.ValidateNotNullOrEmpty;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.remoting.cim.CimSession;
import org.jposh.remoting.commands.CredentialTransformation;
import org.jposh.remoting.commands.PSCredential;

/**
 * New-CimSession: a session per computer name, named {@code CimSession<Id>} unless -Name says. Without
 * -ComputerName it is pwsh's local DCOM session to "localhost"; "localhost" or "." make a local WSMAN
 * session. Both are served in this process, so authentication, port and timeout do not apply to them.
 * Other computers need CIM over WS-Management, which JPosh does not have yet: each is a non-terminating
 * error and no session.
 */
@Cmdlet(verb = "New", noun = "CimSession", defaultParameterSetName = "CredentialParameterSet",
        dotNetTypeName = CimCmdlet.TYPE_PREFIX + "NewCimSessionCommand")
public final class NewCimSessionCommand extends CimCmdlet {
    @Parameter(parameterSetName = "CredentialParameterSet", valueFromPipelineByPropertyName = true)
    private PasswordAuthenticationMechanism authentication;

    @Parameter(parameterSetName = "CredentialParameterSet", position = 1)
    @TransformArgument(CredentialTransformation.class)
    private PSCredential credential;

    @Parameter(parameterSetName = "CertificateParameterSet", valueFromPipelineByPropertyName = true)
    private String certificateThumbprint;

    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    @Alias({"CN", "ServerName"})
    @ValidateNotNullOrEmpty
    private String[] computerName;

    @Parameter(valueFromPipelineByPropertyName = true)
    private String name;

    @Parameter(valueFromPipelineByPropertyName = true)
    @Alias("OT")
    private UInt32 operationTimeoutSec;

    @Parameter(valueFromPipelineByPropertyName = true)
    private boolean skipTestConnection;

    @Parameter(valueFromPipelineByPropertyName = true)
    private UInt32 port;

    @Override
    protected void processRecord() {
        String[] targets = computerName == null ? new String[] {null} : computerName;
        for (String target : targets) {
            if (target != null && !CimSession.isLocal(target)) {
                writeRemoteNotAvailable(target);
                continue;
            }
            long id = repository().nextId();
            CimSession session = new CimSession(id, name != null ? name : "CimSession" + id, target);
            repository().add(session);
            writeObject(session);
        }
    }
}
