package org.jposh.interpreter.commands;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.grammar.ast.CommandExpressionAst;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.Extent;
import org.jposh.grammar.ast.HashtableAst;
import org.jposh.grammar.ast.PipelineAst;
import org.jposh.grammar.ast.ScriptRequirements;
import org.jposh.grammar.ast.StringConstantExpressionAst;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.AutomaticVariables;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.Version;

/**
 * What pwsh 7.4 checks of a script's {@code #requires} lines before the script runs
 * (CommandDiscovery.VerifyScriptRequirements): the PowerShell version, the edition, and the modules,
 * each imported by the session's Import-Module (which leaves a loaded module as it is), failing the script with
 * ScriptRequiresMissingModules when it cannot be, or not in the version asked for. -RunAsAdministrator is
 * not checked.
 */
final class ScriptRequirementsCheck {
    /** The minor version of the PowerShell JPosh is (7.4). */
    private static final int SHELL_MINOR = Version.parse(AutomaticVariables.PS_VERSION.toString()).minor();

    private ScriptRequirementsCheck() {
    }

    /** @throws PoshException the ScriptRequiresException pwsh throws, as a terminating error at {@code extent} */
    static void verify(PoshContext context, String scriptName, ScriptRequirements requirements, Extent extent) {
        if (requirements == null) {
            return;
        }
        if (requirements.requiredPSVersion() != null && !supported(Version.parse(requirements.requiredPSVersion()))) {
            throw failure("The script '" + scriptName + "' cannot be run because it contained a \"#requires\" statement "
                    + "for PowerShell " + requirements.requiredPSVersion() + ". The version of PowerShell that is "
                    + "required by the script does not match the currently running version of PowerShell "
                    + AutomaticVariables.PS_VERSION + ".", "ScriptRequiresUnmatchedPSVersion", null, extent);
        }
        List<String> editions = requirements.requiredPSEditions();
        if (!editions.isEmpty() && editions.stream().noneMatch(e -> e.equalsIgnoreCase("Core"))) {
            throw failure("The script '" + scriptName + "' cannot be run because it contained a \"#requires\" statement "
                    + "for PowerShell editions '" + String.join(",", editions) + "'. The edition of PowerShell that is "
                    + "required by the script does not match the currently running PowerShell Core edition.",
                    "ScriptRequiresUnmatchedPSEdition", scriptName, extent);
        }
        for (ExpressionAst module : requirements.requiredModules()) {
            ModuleSpecification specification = specification(module);
            String name = specification.name();
            if (!imported(context, specification)) {
                throw failure("The script '" + scriptName + "' cannot be run because the following modules that are "
                        + "specified by the \"#requires\" statements of the script are missing: " + name + ".",
                        "ScriptRequiresMissingModules", null, extent);
            }
        }
    }

    /** pwsh's PSVersionInfo.IsValidPSVersion: the versions a 7.x shell runs scripts written for. */
    private static boolean supported(Version required) {
        int minor = required.minor();
        return switch (required.major()) {
            case 1, 2, 3, 4 -> minor == 0;
            case 5 -> minor == 0 || minor == 1;
            case 6 -> minor >= 0 && minor <= 2;
            case 7 -> minor >= 0 && minor <= SHELL_MINOR;
            default -> false;
        };
    }

    /** A module name, or a module specification hashtable, whose values are read as they are written. */
    private static ModuleSpecification specification(ExpressionAst module) {
        if (!(module instanceof HashtableAst table)) {
            return ModuleSpecification.named(constant(module));
        }
        Map<String, String> values = new HashMap<>();
        for (HashtableAst.KeyValuePair pair : table.keyValuePairs()) {
            if (pair.value() instanceof PipelineAst p && p.pipelineElements().getFirst() instanceof CommandExpressionAst e) {
                values.put(constant(pair.key()).toLowerCase(Locale.ROOT), constant(e.expression()));
            }
        }
        return new ModuleSpecification(values.get("modulename"), version(values.get("moduleversion")),
                version(values.get("requiredversion")), version(values.get("maximumversion")));
    }

    private static Version version(String text) {
        return text == null ? null : Version.parse(text);
    }

    private static String constant(ExpressionAst ast) {
        return ast instanceof StringConstantExpressionAst s ? s.value() : ast.extent().text();
    }

    /** Imports the module and tells whether its version is the one asked for. */
    private static boolean imported(PoshContext context, ModuleSpecification specification) {
        Object module;
        try {
            module = ModuleImport.run(context, specification.name());
        } catch (PoshException e) {
            return false;
        }
        return module != null && specification.allows(
                Version.parse(String.valueOf(MemberAccess.getMember(module, "Version"))));
    }

    private static PoshException failure(String message, String errorId, Object target, Extent extent) {
        return new PoshException(new ErrorRecord(message, errorId, ErrorCategory.ResourceUnavailable, target, null,
                "ScriptRequiresException", extent), null);
    }
}
