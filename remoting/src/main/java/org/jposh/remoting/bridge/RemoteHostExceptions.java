package org.jposh.remoting.bridge;

import org.jposh.interpreter.host.HostException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.remoting.psrp.messages.HostMethodId;

/** pwsh's RemoteHostExceptions: the errors of host methods one side of a session cannot perform. */
public final class RemoteHostExceptions {
    private RemoteHostExceptions() {
    }

    /** pwsh's RemoteHostMethodNotImplemented, for a host method this side does not perform. */
    public static HostException notImplemented(HostMethodId method) {
        return HostException.of("RemoteHostMethodNotImplemented", ErrorCategory.NotImplemented,
                "Remote host method " + method.dotNetName() + " is not implemented.", "PSRemotingDataStructureException");
    }
}
