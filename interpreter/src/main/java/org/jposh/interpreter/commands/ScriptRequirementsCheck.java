package org.jposh.interpreter.commands;

import java.util.ArrayList;
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
import org.jposh.interpreter.runtime.CollectingPipe;
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
            Map<String, String> specification = specification(module);
            String name = specification.get("modulename");
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

    /** A module name, or a module specification hashtable, as lower-cased keys and their constant values. */
    private static Map<String, String> specification(ExpressionAst module) {
        Map<String, String> result = new HashMap<>();
        if (module instanceof HashtableAst table) {
            for (HashtableAst.KeyValuePair pair : table.keyValuePairs()) {
                if (pair.value() instanceof PipelineAst p && p.pipelineElements().getFirst() instanceof CommandExpressionAst e) {
                    result.put(constant(pair.key()).toLowerCase(Locale.ROOT), constant(e.expression()));
                }
            }
        } else {
            result.put("modulename", constant(module));
        }
        return result;
    }

    private static String constant(ExpressionAst ast) {
        return ast instanceof StringConstantExpressionAst s ? s.value() : ast.extent().text();
    }

    /** Imports the module (Import-Module -Name -PassThru) and tells whether its version is the one asked for. */
    private static boolean imported(PoshContext context, Map<String, String> specification) {
        List<CommandArgument> arguments = new ArrayList<>();
        arguments.add(CommandArgument.named("Name", specification.get("modulename"), null));
        arguments.add(CommandArgument.named("ErrorAction", "Stop", null));
        arguments.add(CommandArgument.parameter("PassThru", null));
        CollectingPipe output = new CollectingPipe();
        try {
            CommandProcessorBase importModule = CommandDiscovery.createProcessor(context, "Import-Module", false,
                    arguments.toArray(CommandArgument[]::new), null, 1, false);
            CommandProcessorBase.runPipeline(new CommandProcessorBase[]{importModule}, null, output);
        } catch (PoshException e) {
            return false;
        }
        Object[] modules = output.toArray();
        if (modules.length == 0) {
            return false;
        }
        Version version = Version.parse(String.valueOf(MemberAccess.getMember(modules[0], "Version")));
        return atLeast(version, specification.get("moduleversion")) && exactly(version, specification.get("requiredversion"))
                && atMost(version, specification.get("maximumversion"));
    }

    private static boolean atLeast(Version version, String minimum) {
        return minimum == null || version.compareTo(Version.parse(minimum)) >= 0;
    }

    private static boolean exactly(Version version, String required) {
        return required == null || version.compareTo(Version.parse(required)) == 0;
    }

    private static boolean atMost(Version version, String maximum) {
        return maximum == null || version.compareTo(Version.parse(maximum)) <= 0;
    }

    private static PoshException failure(String message, String errorId, Object target, Extent extent) {
        return new PoshException(new ErrorRecord(message, errorId, ErrorCategory.ResourceUnavailable, target, null,
                "ScriptRequiresException", extent), null);
    }
}
