package org.jposh.stdlib.pester;

import java.util.Map;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * InModuleScope: runs a block inside a loaded module, in a new scope under the module's, so it sees the
 * module's functions and variables, exported or not; -Parameters are bound to its parameters. At
 * Pester 5's Discovery it runs at once, and the tests it declares run inside the module.
 */
@Cmdlet(verb = "InModuleScope", noun = "")
public final class InModuleScopeCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private String moduleName;

    @Parameter(position = 1, mandatory = true)
    private ScriptBlock scriptBlock;

    @Parameter
    private Map<?, ?> parameters;

    @Override
    protected void endProcessing() {
        SessionStateScope moduleScope = PesterRun.moduleScope(sessionState(), moduleName);
        PesterRun run = PesterRun.current(sessionState());
        if (run != null && run.discovering != null) {
            discover(run, moduleScope);
            return;
        }
        ScriptBlock inModule = scriptBlock.boundTo(moduleScope);
        for (Object value : Blocks.invokeCollecting(inModule, parameters == null ? Map.of() : parameters)) {
            writeObject(value);
        }
    }

    /** At Discovery, the tests found in the block run inside the module too. */
    private void discover(PesterRun run, SessionStateScope moduleScope) {
        SessionStateScope outer = run.discoveryModuleScope;
        run.discoveryModuleScope = moduleScope;
        try {
            Blocks.dotSource(scriptBlock);
        } finally {
            run.discoveryModuleScope = outer;
        }
    }
}
