package org.jposh.remoting.server;

import java.util.UUID;
import org.jposh.remoting.psrp.messages.HostInfo;
import org.jposh.remoting.psrp.messages.SessionCapability;

/**
 * What the client asked for when it opened the pool: the runspace counts, its host, and the
 * application arguments it sent (pwsh sends its PSVersionTable in a PSPrimitiveDictionary; null
 * when absent).
 */
public record RunspacePoolRequest(UUID runspacePoolId, int minRunspaces, int maxRunspaces, HostInfo hostInfo,
        Object applicationArguments, SessionCapability clientCapability) {
}
