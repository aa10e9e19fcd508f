package org.jposh.remoting.cim.commands;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.UInt32;
import org.jposh.interpreter.runtime.WildcardPattern;
import org.jposh.remoting.cim.CimSession;

/** What the CIM cmdlets share: the runspace's sessions, selecting them, and the errors for remote computers. */
abstract class CimCmdlet extends PSCmdlet {
    /** pwsh's CimCmdlets type names end the FullyQualifiedErrorIds: Microsoft.Management.Infrastructure.CimCmdlets. */
    static final String TYPE_PREFIX = "Microsoft.Management.Infrastructure.CimCmdlets.";

    final CimSessionRepository repository() {
        return CimSessionRepository.of(sessionState());
    }

    /**
     * A computer other than this one needs CIM over WS-Management, which JPosh does not have yet: a
     * non-terminating error for that computer, and the command goes on with the others.
     */
    final void writeRemoteNotAvailable(String computerName) {
        writeError(errorRecord("Cannot connect to CIM server on computer '" + computerName + "': CIM sessions to "
                + "other computers need the WS-Management transport, which JPosh does not have yet. Only local "
                + "sessions (no -ComputerName, or localhost) are available.", "CimWsManTransportNotAvailable",
                ErrorCategory.NotImplemented, computerName, "CimException"));
    }

    /** Sessions with one of the ids, in id order; an id of none is pwsh's "Could not find" error. */
    final List<CimSession> byId(UInt32[] ids) {
        Set<CimSession> found = new LinkedHashSet<>();
        for (UInt32 id : ids) {
            List<CimSession> matches = select(s -> s.id() == id.longValue());
            if (matches.isEmpty()) {
                writeNotFound("Id", id);
            }
            found.addAll(matches);
        }
        return sorted(found);
    }

    final List<CimSession> byInstanceId(UUID[] instanceIds) {
        Set<CimSession> found = new LinkedHashSet<>();
        for (UUID instanceId : instanceIds) {
            List<CimSession> matches = select(s -> s.instanceId().equals(instanceId));
            if (matches.isEmpty()) {
                writeNotFound("InstanceId", instanceId);
            }
            found.addAll(matches);
        }
        return sorted(found);
    }

    /** Names are wildcard patterns; only a name without wildcards that matches nothing is an error. */
    final List<CimSession> byName(String[] names) {
        Set<CimSession> found = new LinkedHashSet<>();
        for (String name : names) {
            WildcardPattern pattern = new WildcardPattern(name, WildcardPattern.IGNORE_CASE);
            List<CimSession> matches = select(s -> pattern.isMatch(s.name()));
            if (matches.isEmpty() && !WildcardPattern.containsWildcardCharacters(name)) {
                writeNotFound("Name", name);
            }
            found.addAll(matches);
        }
        return sorted(found);
    }

    /** Computer names match whole, without case, as pwsh looks them up. */
    final List<CimSession> byComputerName(String[] computerNames) {
        Set<CimSession> found = new LinkedHashSet<>();
        for (String computerName : computerNames) {
            List<CimSession> matches = select(s -> s.computerName().equalsIgnoreCase(computerName));
            if (matches.isEmpty()) {
                writeNotFound("ComputerName", computerName);
            }
            found.addAll(matches);
        }
        return sorted(found);
    }

    /** pwsh's CouldNotFindCimsessionObject, a CimException written with an empty error id. */
    final void writeNotFound(String propertyName, Object value) {
        writeError(errorRecord("Could not find CimSession with the given " + propertyName + " = " + value, "",
                ErrorCategory.ObjectNotFound, null, "CimException"));
    }

    private List<CimSession> select(Predicate<CimSession> test) {
        return repository().sessions().stream().filter(test).toList();
    }

    private static List<CimSession> sorted(Set<CimSession> sessions) {
        List<CimSession> result = new ArrayList<>(sessions);
        result.sort((a, b) -> Long.compare(a.id(), b.id()));
        return result;
    }
}
