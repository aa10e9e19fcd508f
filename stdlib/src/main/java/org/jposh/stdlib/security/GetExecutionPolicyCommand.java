package org.jposh.stdlib.security;

import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PSObject;

/**
 * Get-ExecutionPolicy as pwsh on Unix answers it: Unrestricted, for any -Scope; -List writes each scope with its
 * policy in pwsh's lookup order.
 */
@Cmdlet(verb = "Get", noun = "ExecutionPolicy")
public final class GetExecutionPolicyCommand extends ExecutionPolicyCommandBase {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private Object scope;

    @Parameter
    private boolean list;

    /** Makes pwsh's two enums known by name before the cmdlets first run ([Microsoft.PowerShell.ExecutionPolicy]). */
    public static void registerTypesLazily() {
        CoreTypes.registerLazily("Microsoft.PowerShell.ExecutionPolicy", () -> EXECUTION_POLICY);
        CoreTypes.registerLazily("Microsoft.PowerShell.ExecutionPolicyScope", () -> EXECUTION_POLICY_SCOPE);
    }

    @Override
    protected void beginProcessing() {
        if (list && scope != null) {
            throw throwTerminatingError(errorRecord("Cannot get execution policy. Specify only the List or Scope "
                    + "parameters.", "ListAndScopeSpecified", ErrorCategory.InvalidOperation, null,
                    "InvalidOperationException"));
        }
        if (scope != null) {
            bind("Scope", scope, EXECUTION_POLICY_SCOPE);
        }
        if (!list) {
            writeObject(UNRESTRICTED);
            return;
        }
        for (long value : SCOPE_PREFERENCES) {
            PSObject entry = PSObject.newCustomObject();
            entry.setNoteProperty("Scope", new EnumValue(EXECUTION_POLICY_SCOPE, value));
            entry.setNoteProperty("ExecutionPolicy", UNRESTRICTED);
            writeObject(entry);
        }
    }
}
