package org.jposh.stdlib.management;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * The base of the process cmdlets (pwsh's ProcessBaseCommand): finding processes by name (wildcards)
 * or Id, each name or Id that finds none reported as pwsh reports it. A session that may not create
 * processes may not see or stop them either.
 */
abstract class ProcessBaseCommand extends PSCmdlet {
    @Override
    protected void beginProcessing() {
        checkProcessAccess();
    }

    /** pwsh's order: by name, case-insensitively, then by Id. */
    static final Comparator<ProcessInfo> ORDER = Comparator
            .comparing((ProcessInfo p) -> p.name().toLowerCase(Locale.ROOT)).thenComparingLong(ProcessInfo::id);

    /** The processes whose names match; all of them when {@code names} is null. */
    final List<ProcessInfo> byName(String[] names) {
        List<ProcessInfo> all = ProcessInfo.all();
        if (names == null) {
            return all;
        }
        Set<ProcessInfo> found = new LinkedHashSet<>();
        for (String name : names) {
            WildcardPattern pattern = new WildcardPattern(name, WildcardPattern.IGNORE_CASE);
            boolean any = false;
            for (ProcessInfo p : all) {
                if (pattern.isMatch(p.name())) {
                    found.add(p);
                    any = true;
                }
            }
            if (!any && !WildcardPattern.containsWildcardCharacters(name)) {
                writeError(errorRecord("Cannot find a process with the name \"" + name + "\". Verify the process name "
                        + "and call the cmdlet again.", "NoProcessFoundForGivenName", ErrorCategory.ObjectNotFound, name,
                        "ProcessCommandException"));
            }
        }
        return new ArrayList<>(found);
    }

    final List<ProcessInfo> byId(int[] ids) {
        List<ProcessInfo> found = new ArrayList<>();
        for (int id : ids) {
            var process = ProcessHandle.of(id).flatMap(ProcessInfo::of);
            if (process.isPresent()) {
                found.add(process.get());
            } else {
                writeError(errorRecord("Cannot find a process with the process identifier " + id + ".",
                        "NoProcessFoundForGivenId", ErrorCategory.ObjectNotFound, id, "ProcessCommandException"));
            }
        }
        return found;
    }
}
