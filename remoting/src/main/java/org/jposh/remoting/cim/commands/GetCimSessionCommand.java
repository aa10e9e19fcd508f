package org.jposh.remoting.cim.commands;

import java.util.UUID;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.remoting.cim.CimSession;

/**
 * Get-CimSession: the CimSessions of this runspace, all of them or by computer name, id, instance id or
 * name (wildcards); what matches nothing is pwsh's "Could not find CimSession" error.
 */
@Cmdlet(verb = "Get", noun = "CimSession", defaultParameterSetName = "ComputerNameSet",
        dotNetTypeName = CimCmdlet.TYPE_PREFIX + "GetCimSessionCommand")
public final class GetCimSessionCommand extends CimCmdlet {
    @Parameter(parameterSetName = "ComputerNameSet", position = 0, valueFromPipelineByPropertyName = true)
    @Alias({"CN", "ServerName"})
    private String[] computerName;

    @Parameter(parameterSetName = "SessionIdSet", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true)
    private UInt32[] id;

    @Parameter(parameterSetName = "InstanceIdSet", mandatory = true, valueFromPipelineByPropertyName = true)
    private UUID[] instanceId;

    @Parameter(parameterSetName = "NameSet", mandatory = true, valueFromPipelineByPropertyName = true)
    private String[] name;

    @Override
    protected void processRecord() {
        Iterable<CimSession> sessions = switch (parameterSetName()) {
            case "SessionIdSet" -> byId(id);
            case "InstanceIdSet" -> byInstanceId(instanceId);
            case "NameSet" -> byName(name);
            default -> computerName == null ? repository().sessions() : byComputerName(computerName);
        };
        for (CimSession s : sessions) {
            writeObject(s);
        }
    }
}
