package org.jposh.stdlib.pester;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * Mock: replaces a command, for the rest of the Describe, Context or It block it is called in, by a
 * function of the same name in the current scope (functions are found before cmdlets) that records
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

    @Override
    protected void endProcessing() {
        PesterRun run = PesterRun.requireGroup(sessionState(), "Mock");
        Mock.Target target = run.mockTargets.get(Mock.key(commandName));
        if (target == null) {
            CommandInfo original = sessionState().findCommand(commandName);
            if (original == null) {
                throw PesterRun.usageError("Could not find Command " + commandName);
            }
            target = new Mock.Target(original.name(), original);
            run.mockTargets.put(Mock.key(commandName), target);
        }
        Mock mock = new Mock(target, mockWith == null ? ScriptBlock.create("") : mockWith, parameterFilter);
        target.mocks.add(mock);
        (run.inTest ? run.testMocks : run.groups.peek().mocks).add(mock);
        sessionState().currentScope().setFunction(new FunctionInfo(target.name, target.function));
    }
}
