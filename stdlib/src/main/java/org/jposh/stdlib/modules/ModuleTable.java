package org.jposh.stdlib.modules;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.WeakHashMap;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * The modules of one session: those loaded (Get-Module lists them, in load order), and the exports
 * that Export-ModuleMember has asked for in each module whose script is running now, innermost last.
 */
final class ModuleTable {
    private final List<PSModuleInfo> loaded = new ArrayList<>();
    /** The module each module scope belongs to, from before its script runs. */
    private final Map<SessionStateScope, PSModuleInfo> scopes = Collections.synchronizedMap(new WeakHashMap<>());
    private final Deque<ExportRequest> loading = new ArrayDeque<>();

    static ModuleTable of(SessionState sessionState) {
        return sessionState.extension(ModuleTable.class, ModuleTable::new);
    }

    /** What Export-ModuleMember asked a module to export; null lists mean it did not name that kind. */
    static final class ExportRequest {
        boolean called;
        final List<String> functions = new ArrayList<>();
        final List<String> variables = new ArrayList<>();
    }

    List<PSModuleInfo> loaded() {
        return List.copyOf(loaded);
    }

    PSModuleInfo find(String name) {
        for (PSModuleInfo module : loaded) {
            if (module.name().equalsIgnoreCase(name)) {
                return module;
            }
        }
        return null;
    }

    void add(PSModuleInfo module) {
        loaded.add(module);
    }

    void remove(PSModuleInfo module) {
        loaded.remove(module);
    }

    void add(SessionStateScope scope, PSModuleInfo module) {
        scopes.put(scope, module);
    }

    /** The module whose code runs in the scope (the module's own scope, or one under it), or null. */
    PSModuleInfo moduleOf(SessionStateScope scope) {
        for (SessionStateScope s = scope; s != null; s = s.parent()) {
            PSModuleInfo module = scopes.get(s);
            if (module != null) {
                return module;
            }
        }
        return null;
    }

    ExportRequest beginLoading() {
        ExportRequest request = new ExportRequest();
        loading.push(request);
        return request;
    }

    void endLoading() {
        loading.pop();
    }

    /** The export request of the module whose script is running now, or null outside modules. */
    ExportRequest current() {
        return loading.peek();
    }
}
