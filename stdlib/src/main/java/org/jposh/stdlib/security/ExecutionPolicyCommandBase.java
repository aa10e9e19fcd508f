package org.jposh.stdlib.security;

import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSInvalidCastException;

/**
 * What Get-ExecutionPolicy and Set-ExecutionPolicy share: pwsh's two enums and the binding of their parameters to
 * them. JPosh, like pwsh on Unix, has no execution policy: every scope reads Unrestricted and setting one is not
 * supported.
 */
abstract class ExecutionPolicyCommandBase extends PSCmdlet {
    static final DotNetType EXECUTION_POLICY = CoreTypes.defineEnum("Microsoft.PowerShell", "ExecutionPolicy", false,
            new String[] {"Unrestricted", "RemoteSigned", "AllSigned", "Restricted", "Default", "Bypass", "Undefined"},
            new long[] {0, 1, 2, 3, 3, 4, 5});

    static final DotNetType EXECUTION_POLICY_SCOPE = CoreTypes.defineEnum("Microsoft.PowerShell",
            "ExecutionPolicyScope", false, "Process", "CurrentUser", "LocalMachine", "UserPolicy", "MachinePolicy");

    static final EnumValue UNRESTRICTED = new EnumValue(EXECUTION_POLICY, 0);

    /** The scopes in the order pwsh looks policies up (SecuritySupport.ExecutionPolicyScopePreferences). */
    static final long[] SCOPE_PREFERENCES = {4, 3, 0, 1, 2};

    static final long USER_POLICY = 3;
    static final long MACHINE_POLICY = 4;

    /**
     * A parameter's value as the enum, or the binder's error for it: the parameters are declared as objects so that
     * the enums (JPosh's DotNetTypes, not Java classes) can type them.
     */
    final EnumValue bind(String parameter, Object value, DotNetType type) {
        try {
            return (EnumValue) LanguagePrimitives.convertTo(value, type);
        } catch (PSInvalidCastException e) {
            throw throwTerminatingError(errorRecord("Cannot bind parameter '" + parameter + "'. " + e.getMessage(),
                    "CannotConvertArgumentNoMessage", ErrorCategory.InvalidArgument, value,
                    "ParameterBindingException"));
        }
    }
}
