package org.jposh.remoting.cim.commands;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.remoting.cim.CimException;
import org.jposh.remoting.cim.CimInstance;
import org.jposh.remoting.cim.CimPropertyDeclaration;
import org.jposh.remoting.cim.CimSession;
import org.jposh.remoting.cim.WqlQuery;

/**
 * Get-CimInstance: the instances of a class (-ClassName with -Filter, -Property, -KeyOnly, -Shallow) or of
 * a WQL query (-Query), in a namespace (root\cimv2 by default), through the given sessions, the computers
 * named (this one only), or the default local session; -InputObject gets an instance again by its keys.
 * pwsh sends the class, filter and properties as one WQL query, and so does this. WMI's failures (an
 * unknown class or namespace, a bad query) are non-terminating CimException errors with its HRESULT.
 * Resource URIs need WS-Management, which JPosh does not have yet.
 */
@Cmdlet(verb = "Get", noun = "CimInstance", defaultParameterSetName = "ClassNameComputerSet",
        dotNetTypeName = CimCmdlet.TYPE_PREFIX + "GetCimInstanceCommand")
public final class GetCimInstanceCommand extends CimCmdlet {
    @Parameter(parameterSetName = "CimInstanceSessionSet", mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = "QuerySessionSet", mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = "ClassNameSessionSet", mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = "ResourceUriSessionSet", mandatory = true, valueFromPipeline = true)
    private CimSession[] cimSession;

    @Parameter(parameterSetName = "ClassNameSessionSet", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ClassNameComputerSet", position = 0, mandatory = true,
            valueFromPipelineByPropertyName = true)
    private String className;

    @Parameter(parameterSetName = "CimInstanceSessionSet")
    @Parameter(parameterSetName = "QuerySessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriSessionSet", mandatory = true, valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriComputerSet", mandatory = true, valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "CimInstanceComputerSet")
    @Parameter(parameterSetName = "QueryComputerSet", valueFromPipelineByPropertyName = true)
    private URI resourceUri;

    @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriComputerSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "CimInstanceComputerSet")
    @Parameter(parameterSetName = "QueryComputerSet", valueFromPipelineByPropertyName = true)
    @Alias({"CN", "ServerName"})
    private String[] computerName;

    @Parameter(parameterSetName = "ClassNameSessionSet")
    @Parameter(parameterSetName = "ResourceUriSessionSet")
    @Parameter(parameterSetName = "ClassNameComputerSet")
    @Parameter(parameterSetName = "ResourceUriComputerSet")
    private boolean keyOnly;

    @Parameter(parameterSetName = "QuerySessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ClassNameSessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriSessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriComputerSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "QueryComputerSet", valueFromPipelineByPropertyName = true)
    @Alias("ns")
    private String namespace;

    @Parameter
    @Alias("OT")
    private UInt32 operationTimeoutSec;

    @Parameter(parameterSetName = "CimInstanceSessionSet", position = 0, mandatory = true, valueFromPipeline = true)
    @Parameter(parameterSetName = "CimInstanceComputerSet", position = 0, mandatory = true, valueFromPipeline = true)
    @Alias("CimInstance")
    private CimInstance inputObject;

    @Parameter(parameterSetName = "QuerySessionSet", mandatory = true, valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "QueryComputerSet", mandatory = true, valueFromPipelineByPropertyName = true)
    private String query;

    @Parameter(parameterSetName = "QuerySessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ClassNameSessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "QueryComputerSet", valueFromPipelineByPropertyName = true)
    private String queryDialect;

    @Parameter(parameterSetName = "QuerySessionSet")
    @Parameter(parameterSetName = "ClassNameSessionSet")
    @Parameter(parameterSetName = "ResourceUriSessionSet")
    @Parameter(parameterSetName = "ClassNameComputerSet")
    @Parameter(parameterSetName = "ResourceUriComputerSet")
    @Parameter(parameterSetName = "QueryComputerSet")
    private boolean shallow;

    @Parameter(parameterSetName = "ClassNameSessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriSessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriComputerSet", valueFromPipelineByPropertyName = true)
    private String filter;

    @Parameter(parameterSetName = "ClassNameSessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriSessionSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ClassNameComputerSet", valueFromPipelineByPropertyName = true)
    @Parameter(parameterSetName = "ResourceUriComputerSet", valueFromPipelineByPropertyName = true)
    @Alias("SelectProperties")
    private String[] property;

    @Override
    protected void processRecord() {
        if (resourceUri != null) {
            throw throwTerminatingError(errorRecord("Resource URIs (-ResourceUri) address CIM classes over "
                    + "WS-Management, which JPosh does not have yet; use -ClassName or -Query.",
                    "CimWsManTransportNotAvailable", ErrorCategory.NotImplemented, resourceUri, "CimException"));
        }
        for (CimSession session : sessions()) {
            String ns = namespace != null ? namespace : CimSession.DEFAULT_NAMESPACE;
            String targetClass = className != null ? className
                    : inputObject != null ? inputObject.cimClass().name() : null;
            try {
                checkDialect();
                WqlQuery wql = query != null ? WqlQuery.parse(query) : WqlQuery.of(targetClass, property, filter);
                targetClass = wql.className();
                List<PSObject> found = session.query(ns, keyOnly ? wql.keysOnly() : wql, keyOnly || property != null,
                        !shallow);
                if (inputObject != null) {
                    found = found.stream().filter(o -> sameKeys((CimInstance) o.baseObject(), inputObject)).toList();
                    if (found.isEmpty()) {
                        throw CimException.notFound();
                    }
                }
                for (PSObject instance : found) {
                    writeObject(instance);
                }
            } catch (CimException e) {
                writeError(errorRecord(e.getMessage(), e.messageId(), e.category(),
                        targetClass == null ? null : ns + ":" + targetClass, "CimException"));
            }
        }
    }

    /** The sessions to ask: those given, one per computer named (this computer only), or the default one. */
    private List<CimSession> sessions() {
        if (cimSession != null) {
            return List.of(cimSession);
        }
        if (computerName == null) {
            return List.of(CimSession.defaultSession());
        }
        List<CimSession> result = new ArrayList<>();
        for (String computer : computerName) {
            if (CimSession.isLocal(computer)) {
                result.add(new CimSession(0, null, computer));
            } else {
                writeRemoteNotAvailable(computer);
            }
        }
        return result;
    }

    private void checkDialect() {
        if (queryDialect != null && !queryDialect.equalsIgnoreCase("WQL")) {
            throw CimException.invalidQueryLanguage();
        }
    }

    /** Whether an instance is the one given: same class, same key values (a keyless class has one instance). */
    private static boolean sameKeys(CimInstance found, CimInstance given) {
        if (found.cimClass() != given.cimClass()) {
            return false;
        }
        return found.cimClass().properties().stream().filter(CimPropertyDeclaration::key)
                .allMatch(p -> Objects.equals(found.value(p.name()), given.value(p.name())));
    }
}
