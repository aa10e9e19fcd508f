package org.jposh.stdlib.security;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Set-ExecutionPolicy as pwsh on Unix runs it: the scope and policy are checked, -WhatIf and -Confirm are honoured,
 * and the change itself fails with .NET's PlatformNotSupportedException, which pwsh does not catch.
 */
@Cmdlet(verb = "Set", noun = "ExecutionPolicy", supportsShouldProcess = true)
public final class SetExecutionPolicyCommand extends ExecutionPolicyCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    private Object executionPolicy;

    @Parameter(position = 1, valueFromPipelineByPropertyName = true)
    private Object scope;

    @Parameter
    private boolean force;

    @Override
    protected void beginProcessing() {
        if (scope == null) {
            return;
        }
        long value = bind("Scope", scope, EXECUTION_POLICY_SCOPE).value();
        if (value == USER_POLICY || value == MACHINE_POLICY) {
            throw throwTerminatingError(errorRecord("Cannot set execution policy. Execution policies at the "
                    + "MachinePolicy or UserPolicy scopes must be set through Group Policy.", "CantSetGroupPolicy",
                    ErrorCategory.InvalidOperation, null, "InvalidOperationException"));
        }
    }

    @Override
    protected void processRecord() {
        EnumValue policy = bind("ExecutionPolicy", executionPolicy, EXECUTION_POLICY);
        if (shouldProcess(policy.toString())) {
            throw throwTerminatingError(errorRecord("Operation is not supported on this platform.",
                    "System.PlatformNotSupportedException", ErrorCategory.NotSpecified, null,
                    "PlatformNotSupportedException"));
        }
    }
}
