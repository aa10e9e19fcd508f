package org.jposh.remoting.cim;

import java.util.List;
import java.util.UUID;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.UInt32;

/**
 * Microsoft.Management.Infrastructure.CimSession as pwsh's CIM cmdlets show it: Id, Name, InstanceId,
 * ComputerName and Protocol (the properties CimCmdlets adds), which default formatting lists as pwsh's
 * documentation shows. Sessions are local: their queries run the providers of this process
 * ({@link CimRepository#LOCAL}). As in pwsh, a session made without a computer name is a DCOM session
 * to "localhost", and one made for "localhost" (or ".") a WSMAN one; JPosh serves both in-process.
 */
public final class CimSession {
    static final DotNetType TYPE = CoreTypes.define("Microsoft.Management.Infrastructure", "CimSession",
            CimSession.class, b -> b
                    .property("Id", CoreTypes.UINT32, o -> UInt32.valueOf(((CimSession) o).id))
                    .property("Name", CoreTypes.STRING, o -> ((CimSession) o).name)
                    .property("InstanceId", CoreTypes.GUID, o -> ((CimSession) o).instanceId)
                    .property("ComputerName", CoreTypes.STRING, o -> ((CimSession) o).computerName)
                    .property("Protocol", CoreTypes.STRING, o -> ((CimSession) o).protocol));

    static {
        CoreTypes.register(TYPE, "cimsession");
    }

    /** The default namespace of the CIM cmdlets, as pwsh writes it. */
    public static final String DEFAULT_NAMESPACE = "root\\cimv2";

    private final long id;
    private final String name;
    private final UUID instanceId;
    private final String computerName;
    private final String protocol;
    /** The computer name the session was made with (null for none): what its instances' PSComputerName is. */
    private final String requestedComputerName;

    public CimSession(long id, String name, String requestedComputerName) {
        this.id = id;
        this.name = name;
        this.instanceId = UUID.randomUUID();
        this.requestedComputerName = requestedComputerName;
        this.computerName = requestedComputerName == null ? "localhost" : requestedComputerName;
        this.protocol = requestedComputerName == null ? "DCOM" : "WSMAN";
    }

    /** The session the CIM cmdlets use when given no -CimSession and no -ComputerName (never listed). */
    public static CimSession defaultSession() {
        return new CimSession(0, null, null);
    }

    /** Whether a computer name is this machine, which a local session serves. */
    public static boolean isLocal(String computerName) {
        return computerName.equalsIgnoreCase("localhost") || computerName.equals(".");
    }

    public long id() {
        return id;
    }

    public String name() {
        return name;
    }

    public UUID instanceId() {
        return instanceId;
    }

    public String computerName() {
        return computerName;
    }

    /**
     * The objects of a query, as Get-CimInstance writes them.
     *
     * @param partial whether the properties were selected (-Property), which pwsh marks with a type name
     * @param deep whether instances of derived classes are included (all but -Shallow)
     * @throws CimException what WMI reports for an unknown namespace or class, or a bad query
     */
    public List<PSObject> query(String namespace, WqlQuery query, boolean partial, boolean deep) {
        return CimRepository.LOCAL.query(namespace, query, deep).stream()
                .map(i -> i.from(requestedComputerName).toPSObject(partial)).toList();
    }

    /** MI's CimSession.ToString: "CimSession: " and the computer name it was made with, "." for none. */
    @Override
    public String toString() {
        return "CimSession: " + (requestedComputerName == null ? "." : requestedComputerName);
    }
}
