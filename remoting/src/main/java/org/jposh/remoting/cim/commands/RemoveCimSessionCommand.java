package org.jposh.remoting.cim.commands;

import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.remoting.cim.CimSession;

/**
 * Remove-CimSession: removes sessions (given, piped, or selected as Get-CimSession selects them) from the
 * runspace, asking as pwsh asks ({@code Remove CimSession} on {@code CimSession id = 1, name = ...}).
 */
@Cmdlet(verb = "Remove", noun = "CimSession", defaultParameterSetName = "CimSessionSet",
        supportsShouldProcess = true, dotNetTypeName = CimCmdlet.TYPE_PREFIX + "RemoveCimSessionCommand")
public final class RemoveCimSessionCommand extends CimCmdlet {
    @Parameter(parameterSetName = "CimSessionSet", position = 0, mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private CimSession[] cimSession;

    @Parameter(parameterSetName = "ComputerNameSet", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true)
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
        List<CimSession> sessions = switch (parameterSetName()) {
            case "ComputerNameSet" -> byComputerName(computerName);
            case "SessionIdSet" -> byId(id);
            case "InstanceIdSet" -> byInstanceId(instanceId);
            case "NameSet" -> byName(name);
            default -> List.of(cimSession);
        };
        for (CimSession s : sessions) {
            if (!repository().sessions().contains(s)) {
                writeNotFound("CimSession", "{CimSession Object}");
            } else if (shouldProcess("CimSession id = " + s.id() + ", name = " + s.name() + ", ComputerName = "
                    + s.computerName() + ", instance id = " + s.instanceId(), "Remove CimSession")) {
                repository().remove(s);
            }
        }
    }
}
