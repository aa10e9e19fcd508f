package org.jposh.stdlib.pester;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.CmdletInfo;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.commands.ParameterSetData;
import org.jposh.interpreter.runtime.ScriptBlock;

/**
 * One Mock: the body that replaces a command while its block runs, when its parameter filter (if any)
 * holds. The command's mocks share a {@link Target}: the original command and the function that stands
 * for it, which has the original's parameters and hands each call to Invoke-Mock.
 */
final class Mock {
    /** The parameters [CmdletBinding()] gives the mock function itself. */
    private static final Set<String> COMMON_PARAMETERS = Set.of("verbose", "debug", "erroraction", "warningaction",
            "informationaction", "progressaction", "errorvariable", "warningvariable", "informationvariable",
            "outvariable", "outbuffer", "pipelinevariable", "whatif", "confirm");

    final Target target;
    final ScriptBlock body;
    final ScriptBlock filter;
    /** Mock -Verifiable: Should -InvokeVerifiable checks that it was called. */
    boolean verifiable;

    Mock(Target target, ScriptBlock body, ScriptBlock filter) {
        this.target = target;
        this.body = body;
        this.filter = filter;
    }

    /** A mocked command: the original and its mocks, the latest last. */
    static final class Target {
        final String name;
        final CommandInfo original;
        final List<Mock> mocks = new ArrayList<>();
        final ScriptBlock function;
        /** The module whose calls the mocks replace (Mock -ModuleName), or null. */
        final String moduleName;

        /** @param moduleName the module whose calls the mocks replace (Mock -ModuleName), or null */
        Target(String name, CommandInfo original, String moduleName) {
            this.name = name;
            this.original = original;
            this.moduleName = moduleName;
            this.function = ScriptBlock.create(functionText(name, moduleName, metadata(original)));
        }
    }

    /** How the run finds a command's mocks: by its name, and the module whose calls they replace. */
    static String key(String name, String moduleName) {
        String key = name.toLowerCase(Locale.ROOT);
        return moduleName == null || moduleName.isEmpty() ? key : moduleName.toLowerCase(Locale.ROOT) + "\\" + key;
    }

    /** Ends mocks: their functions go with the scopes they were defined in; the run forgets their bodies. */
    static void removeAll(List<Mock> mocks) {
        for (Mock mock : mocks) {
            mock.target.mocks.remove(mock);
        }
    }

    private static CommandMetadata metadata(CommandInfo command) {
        if (command instanceof CmdletInfo cmdlet) {
            return cmdlet.metadata();
        }
        if (command instanceof FunctionInfo function) {
            return function.scriptBlock().code().metadata();
        }
        return null;
    }

    /**
     * The mock function: the original's parameters (untyped, so the mock sees what the caller passed;
     * switches stay switches), or none and {@code $args} when the original declares none.
     */
    private static String functionText(String name, String moduleName, CommandMetadata metadata) {
        List<String> parameters = new ArrayList<>();
        if (metadata != null) {
            for (ParameterMetadata parameter : metadata.parameters()) {
                if (!COMMON_PARAMETERS.contains(parameter.name().toLowerCase(Locale.ROOT))) {
                    parameters.add(parameterText(parameter));
                }
            }
        }
        String call = "Invoke-Mock -CommandName '" + name.replace("'", "''") + "'"
                + (moduleName == null ? "" : " -ModuleName '" + moduleName.replace("'", "''") + "'")
                + " -BoundParameters $PSBoundParameters -ArgumentList $args";
        if (parameters.isEmpty()) {
            return call;
        }
        List<String> binding = new ArrayList<>();
        String defaultSet = metadata.defaultParameterSetName();
        if (defaultSet != null && !defaultSet.isEmpty()) {
            binding.add("DefaultParameterSetName = '" + defaultSet.replace("'", "''") + "'");
        }
        if (metadata.supportsShouldProcess()) {
            binding.add("SupportsShouldProcess = $true");
        }
        return "[CmdletBinding(" + String.join(", ", binding) + ")]\nparam(\n" + String.join(",\n", parameters)
                + ")\n" + call;
    }

    private static String parameterText(ParameterMetadata parameter) {
        StringBuilder text = new StringBuilder();
        for (ParameterSetData set : parameter.parameterSetData()) {
            text.append("[Parameter(");
            List<String> arguments = new ArrayList<>();
            if (!set.isInAllSets()) {
                arguments.add("ParameterSetName = '" + set.parameterSetName().replace("'", "''") + "'");
            }
            if (set.isPositional()) {
                arguments.add("Position = " + set.position());
            }
            if (set.valueFromPipeline()) {
                arguments.add("ValueFromPipeline = $true");
            }
            if (set.valueFromPipelineByPropertyName()) {
                arguments.add("ValueFromPipelineByPropertyName = $true");
            }
            if (set.valueFromRemainingArguments()) {
                arguments.add("ValueFromRemainingArguments = $true");
            }
            text.append(String.join(", ", arguments)).append(")]");
        }
        if (!parameter.aliases().isEmpty()) {
            text.append("[Alias('").append(String.join("', '", parameter.aliases())).append("')]");
        }
        if (parameter.isSwitch()) {
            text.append("[switch]");
        }
        return text.append('$').append(parameter.name()).toString();
    }
}
