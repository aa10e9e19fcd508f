package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionStateScope;

/**
 * Mock: replaces a command, for the rest of the Describe, Context or It block it is called in, by a
 * function of the same name in the current scope (with -ModuleName, in the module's scope, for the
 * module's own calls; functions are found before cmdlets) that records
 * each call and runs the latest mock whose -ParameterFilter holds, else the latest without a filter,
 * else the original command.
 */
@Cmdlet(verb = "Mock", noun = "")
public final class MockCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true)
    private String commandName;

    @Parameter(position = 1)
    private ScriptBlock mockWith;

    @Parameter
    private ScriptBlock parameterFilter;

    @Parameter
    private boolean verifiable;

    @Parameter
    private String moduleName;

    @Override
    protected void endProcessing() {
        if (PesterRun.discoveringBlock(sessionState()) != null) {
            // Pester 5 ignores a Mock in a Describe body (at Discovery), which Pester 4 allowed there
            return;
        }
        PesterRun run = PesterRun.requireGroup(sessionState(), "Mock");
        // a test declared in InModuleScope mocks the module's commands, as Pester's Mock in the module's session state
        SessionStateScope moduleScope = moduleName != null && !moduleName.isEmpty()
                ? PesterRun.moduleScope(sessionState(), moduleName)
                : run.currentTest == null ? null : run.currentTest.moduleScope;
        Mock.Target target = run.mockTargets.get(Mock.key(commandName, moduleName));
        if (target == null) {
            CommandInfo original = moduleScope == null ? null : moduleScope.getFunction(commandName);
            if (original == null) {
                original = sessionState().findCommand(commandName);
            }
            if (original == null) {
                throw PesterRun.usageError("Could not find Command " + commandName);
            }
            target = new Mock.Target(original.name(), original, moduleScope == null ? null : moduleName);
            run.mockTargets.put(Mock.key(commandName, moduleName), target);
        }
        Mock mock = new Mock(target, mockWith == null ? ScriptBlock.create("") : mockWith, parameterFilter);
        mock.verifiable = verifiable;
        target.mocks.add(mock);
        (run.inTest ? run.testMocks : run.groups.peek().mocks).add(mock);
        // a mock for a module's code lives in the module's scope, where its functions look commands up
        (moduleScope == null ? sessionState().currentScope() : moduleScope)
                .setFunction(new FunctionInfo(target.name, target.function));
    }
}
