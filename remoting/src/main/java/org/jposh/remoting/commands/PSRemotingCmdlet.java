package org.jposh.remoting.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Predicate;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.PSRuntimeException;
import org.jposh.interpreter.runtime.PipelineStoppedException;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.remoting.ssh.SshConnectionInfo;

/** What the session cmdlets share: opening SSH sessions and reporting what JPosh does not connect to. */
abstract class PSRemotingCmdlet extends PSCmdlet {
    /**
     * Stops the command for a parameter set JPosh binds but cannot connect with (pwsh's error for an
     * unavailable transport is also terminating).
     */
    protected final PoshException notSupportedParameterSet() {
        String set = parameterSetName();
        String what = switch (set) {
            case "VMId", "VMName", "FilePathVMId", "FilePathVMName", "VMIdInstanceId", "VMNameInstanceId" ->
                    "Hyper-V virtual machines (-VMId, -VMName) are not supported: Hyper-V exists only on Windows.";
            case "ContainerId", "FilePathContainerId", "ContainerIdInstanceId" ->
                    "Container sessions (-ContainerId) are not supported by JPosh yet.";
            case "UseWindowsPowerShellParameterSet" ->
                    "Windows PowerShell sessions (-UseWindowsPowerShell) are not supported: Windows PowerShell exists "
                            + "only on Windows.";
            default -> "WS-Management sessions (-ComputerName, -ConnectionUri) are not supported by JPosh yet; "
                    + "use -HostName or -SSHConnection (SSH).";
        };
        throw throwTerminatingError(errorRecord(what, "RemotingNotSupported", ErrorCategory.NotImplemented, null,
                "PSNotSupportedException"));
    }

    /**
     * Opens a session per target; a target that cannot be reached is reported as pwsh reports it, as a
     * non-terminating PSSessionOpenFailed error prefixed with the computer's name, and the others open.
     */
    protected final List<PSSession> open(List<SshConnectionInfo> targets, String[] names) {
        checkNetworkAccess();
        List<PSSession> sessions = new ArrayList<>(targets.size());
        try {
            for (SessionOpener.Result result : SessionOpener.open(targets, names, sessionState())) {
                if (result.session() != null) {
                    sessions.add(result.session());
                } else {
                    writeError(errorRecord("[" + result.target().host() + "] " + result.failure().getMessage(),
                            "PSSessionOpenFailed", ErrorCategory.OpenError, null, "PSRemotingTransportException"));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineStoppedException();
        }
        return sessions;
    }

    /**
     * The runspace's sessions that match, in creation order: by name or computer name (wildcards), id or
     * instance id, whichever is given (null: not given). A name, id or computer without wildcards that
     * matches nothing is reported as pwsh reports it.
     */
    protected final List<PSSession> select(String[] names, int[] ids, UUID[] instanceIds, String[] computerNames) {
        List<PSSession> all = PSSessionRepository.of(sessionState()).sessions();
        List<PSSession> selected = new ArrayList<>();
        if (ids != null) {
            for (int id : ids) {
                pick(all, selected, s -> s.id() == id, Integer.toString(id), "RemoteRunspaceNotAvailableForSpecifiedSessionId",
                        "The remote session with the session ID " + id + " is not available.");
            }
        } else if (instanceIds != null) {
            for (UUID id : instanceIds) {
                pick(all, selected, s -> s.instanceId().equals(id), id.toString(),
                        "RemoteRunspaceNotAvailableForSpecifiedRunspaceId", "Remote session is not available for " + id + ".");
            }
        } else if (names != null) {
            for (String name : names) {
                WildcardPattern pattern = new WildcardPattern(name, WildcardPattern.IGNORE_CASE);
                pick(all, selected, s -> pattern.isMatch(s.name()), WildcardPattern.containsWildcardCharacters(name) ? null
                        : name, "RemoteRunspaceNotAvailableForSpecifiedName",
                        "The remote session with the name " + name + "  is not available.");
            }
        } else if (computerNames != null) {
            for (String computer : computerNames) {
                WildcardPattern pattern = new WildcardPattern(computer, WildcardPattern.IGNORE_CASE);
                pick(all, selected, s -> pattern.isMatch(s.computerName()),
                        WildcardPattern.containsWildcardCharacters(computer) ? null : computer,
                        "RemoteRunspaceNotAvailableForSpecifiedComputer",
                        "Remote session is not available for ComputerName " + computer + ".");
            }
        } else {
            selected.addAll(all);
        }
        return selected;
    }

    private void pick(List<PSSession> all, List<PSSession> selected, Predicate<PSSession> matches, String target,
                      String errorId, String message) {
        boolean found = false;
        for (PSSession s : all) {
            if (matches.test(s)) {
                found = true;
                if (!selected.contains(s)) {
                    selected.add(s);
                }
            }
        }
        if (!found && target != null) {
            writeError(errorRecord(message, errorId, ErrorCategory.InvalidArgument, target, "ArgumentException"));
        }
    }

    /** Closes a session and forgets it (Remove-PSSession, and Invoke-Command's temporary sessions). */
    protected final void remove(PSSession session) {
        try {
            SessionOpener.close(session);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new PipelineStoppedException();
        } finally {
            PSSessionRepository.of(sessionState()).remove(session);
        }
    }

    /** pwsh's error from Enter-PSSession and Exit-PSSession in a host without a console (a script run with -c). */
    protected final ErrorRecord hostDoesNotSupportPushRunspace() {
        return errorRecord("The host does not support Enter-PSSession and Exit-PSSession.",
                "HostDoesNotSupportPushRunspace", ErrorCategory.InvalidArgument, null, "ArgumentException");
    }

    /** A terminating error from what the command was given (a bad SSHConnection hashtable...). */
    protected final PoshException argumentError(PSRuntimeException e) {
        throw throwTerminatingError(errorRecord(e, null));
    }
}
