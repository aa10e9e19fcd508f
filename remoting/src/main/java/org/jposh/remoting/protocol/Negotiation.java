package org.jposh.remoting.protocol;

import org.jposh.remoting.psrp.PsrpException;
import org.jposh.remoting.psrp.clixml.PsVersion;
import org.jposh.remoting.psrp.messages.SessionCapability;

/**
 * The SESSION_CAPABILITY exchange, decided as pwsh decides it (ServerRemoteSession and
 * ClientRemoteSessionImpl). We speak protocol 2.3, PSVersion 2.0 and serialization 1.1.0.1.
 *
 * <ul>
 *   <li>Server: a client speaking 2.0 to 2.3 is answered with its own protocol version; a newer 2.x
 *       client gets ours; PSVersion and SerializationVersion must have our major and at least our
 *       minor. The server sends its capability even when it refuses, then closes the session.</li>
 *   <li>Client: the server must answer with our protocol version or one of 2.0 to 2.3, and with
 *       exactly our PSVersion and SerializationVersion.</li>
 * </ul>
 */
public final class Negotiation {
    private Negotiation() {
    }

    /** What pwsh's messages call the build the other side should be compatible with. */
    private static final String BUILD = "JPosh";

    private static final String PROTOCOL_VERSION_NAME = "protocolversion";

    /** The server's answer to a client capability; throws ServerNegotiationFailed when the client cannot be served. */
    public static SessionCapability serverReply(SessionCapability client) {
        SessionCapability ours = SessionCapability.current();
        PsVersion protocol = client.protocolVersion();
        PsVersion reply;
        if (isKnownProtocol(protocol)) {
            reply = protocol;
        } else if (compatible(protocol, ours.protocolVersion())) {
            reply = ours.protocolVersion();
        } else {
            throw serverFailure(PROTOCOL_VERSION_NAME, protocol, ours);
        }
        if (!compatible(client.psVersion(), ours.psVersion())) {
            throw serverFailure("PSVersion", client.psVersion(), ours);
        }
        if (!compatible(client.serializationVersion(), ours.serializationVersion())) {
            throw serverFailure("SerializationVersion", client.serializationVersion(), ours);
        }
        return new SessionCapability(reply, ours.psVersion(), ours.serializationVersion(), null);
    }

    /** Checks the server's capability on the client; throws ClientNegotiationFailed when it cannot be used. */
    public static void checkServer(SessionCapability sent, SessionCapability server) {
        PsVersion protocol = server.protocolVersion();
        if (!protocol.equals(sent.protocolVersion()) && !isKnownProtocol(protocol)) {
            throw clientFailure(PROTOCOL_VERSION_NAME, protocol, sent);
        }
        if (!server.psVersion().equals(sent.psVersion())) {
            throw clientFailure("PSVersion", server.psVersion(), sent);
        }
        if (!server.serializationVersion().equals(sent.serializationVersion())) {
            throw clientFailure("SerializationVersion", server.serializationVersion(), sent);
        }
    }

    private static boolean isKnownProtocol(PsVersion v) {
        return v.major() == 2 && v.minor() >= 0 && v.minor() <= 3 && v.build() < 0 && v.revision() < 0;
    }

    /** pwsh's rule: same major version, and at least our minor version. */
    private static boolean compatible(PsVersion theirs, PsVersion ours) {
        return theirs.major() == ours.major() && theirs.minor() >= ours.minor();
    }

    private static PsrpException serverFailure(String name, PsVersion version, SessionCapability ours) {
        return new PsrpException("ServerNegotiationFailed", "The server that is running PowerShell does not support the " + name
                + " " + version + " negotiated by the client computer. Verify that the client computer is compatible with the build "
                + BUILD + " and the protocol version " + ours.protocolVersion() + " of PowerShell.");
    }

    private static PsrpException clientFailure(String name, PsVersion version, SessionCapability ours) {
        return new PsrpException("ClientNegotiationFailed", "PowerShell client does not support the " + name + " " + version
                + " negotiated by the server. Make sure the server is compatible with the build " + BUILD
                + " and the protocol version " + ours.protocolVersion() + " of PowerShell.");
    }
}
