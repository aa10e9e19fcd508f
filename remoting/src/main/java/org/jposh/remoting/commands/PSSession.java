package org.jposh.remoting.commands;

import java.time.Duration;
import java.util.UUID;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.remoting.bridge.SecureStringCipher;
import org.jposh.remoting.client.RemoteRunspacePool;
import org.jposh.remoting.protocol.SessionKey;
import org.jposh.remoting.psrp.clixml.PsSecureString;
import org.jposh.remoting.psrp.messages.RunspacePoolState;
import org.jposh.remoting.ssh.SshConnectionInfo;

/**
 * System.Management.Automation.Runspaces.PSSession: an open connection to a remote runspace, as
 * New-PSSession returns it and the session cmdlets take it. Its Id counts from 1 in the session that
 * made it; its InstanceId is the remote runspace pool's id (the RunspaceId of the objects it returns).
 */
public final class PSSession {
    static final DotNetType TYPE = CoreTypes.define("System.Management.Automation.Runspaces", "PSSession",
            PSSession.class, PSSession::defineMembers);

    static {
        CoreTypes.register(TYPE);
    }

    /** pwsh's configuration name for SSH sessions, which have no session configurations. */
    static final String SSH_CONFIGURATION_NAME = "DefaultShell";
    /** How long to wait for the server's session key. */
    static final Duration KEY_EXCHANGE_TIMEOUT = Duration.ofMinutes(1);

    private final int id;
    private final String name;
    private final SshConnectionInfo target;
    private final RemoteRunspacePool pool;
    private final Duration cancelTimeout;
    private volatile boolean busy;

    PSSession(int id, String name, SshConnectionInfo target, RemoteRunspacePool pool, Duration cancelTimeout) {
        this.id = id;
        this.name = name;
        this.target = target;
        this.pool = pool;
        this.cancelTimeout = cancelTimeout;
    }

    public int id() {
        return id;
    }

    public String name() {
        return name;
    }

    public String computerName() {
        return target.host();
    }

    /** Where the session is connected, to open another like it (New-PSSession -Session). */
    SshConnectionInfo target() {
        return target;
    }

    public UUID instanceId() {
        return pool.id();
    }

    RemoteRunspacePool pool() {
        return pool;
    }

    /**
     * The session's SecureStrings: encrypted and decrypted with its session key, which is exchanged
     * with the server the first time one is sent (pwsh's RunKeyExchangeIfRequired).
     */
    SecureStringCipher cipher() {
        return new SecureStringCipher() {
            @Override
            public PsSecureString encrypt(char[] chars) {
                return key().encrypt(chars);
            }

            @Override
            public char[] decrypt(PsSecureString secure) {
                return key().decrypt(secure);
            }
        };
    }

    private SessionKey key() {
        try {
            return pool.sessionKey(KEY_EXCHANGE_TIMEOUT);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineStoppedException();
        }
    }

    /** How long a stopped remote pipeline may take to report that it stopped. */
    Duration cancelTimeout() {
        return cancelTimeout;
    }

    public RunspaceState state() {
        RunspacePoolState state = pool.state();
        return switch (state) {
            case OPENED -> RunspaceState.Opened;
            case CLOSED -> RunspaceState.Closed;
            case CLOSING -> RunspaceState.Closing;
            case BROKEN -> RunspaceState.Broken;
            case DISCONNECTED -> RunspaceState.Disconnected;
            case CONNECTING -> RunspaceState.Connecting;
            case BEFORE_OPEN -> RunspaceState.BeforeOpen;
            case OPENING, NEGOTIATION_SENT, NEGOTIATION_SUCCEEDED -> RunspaceState.Opening;
        };
    }

    public RunspaceAvailability availability() {
        if (state() != RunspaceState.Opened) {
            return RunspaceAvailability.None;
        }
        return busy ? RunspaceAvailability.Busy : RunspaceAvailability.Available;
    }

    void setBusy(boolean running) {
        this.busy = running;
    }

    @Override
    public String toString() {
        return "[PSSession]" + name;
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.property("ComputerType", CoreTypes.OBJECT, o -> TargetMachineType.RemoteMachine)
                .property("ComputerName", CoreTypes.STRING, o -> ((PSSession) o).computerName())
                .property("ContainerId", CoreTypes.STRING, o -> null)
                .property("VMName", CoreTypes.STRING, o -> null)
                .property("VMId", CoreTypes.OBJECT, o -> null)
                .property("ConfigurationName", CoreTypes.STRING, o -> SSH_CONFIGURATION_NAME)
                .property("InstanceId", CoreTypes.GUID, o -> ((PSSession) o).instanceId())
                .property("Id", CoreTypes.INT32, o -> ((PSSession) o).id)
                .property("Name", CoreTypes.STRING, o -> ((PSSession) o).name)
                .property("Availability", CoreTypes.OBJECT, o -> ((PSSession) o).availability())
                .property("Transport", CoreTypes.STRING, o -> "SSH")
                .property("State", CoreTypes.OBJECT, o -> ((PSSession) o).state());
    }
}
