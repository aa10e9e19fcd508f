package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeResolver;

/** The parameter sets of a command and the syntax text built from them (Get-Command -Syntax, Definition). */
public final class CommandSyntax {
    private CommandSyntax() {
    }

    /**
     * The command's parameter sets, the default one marked; a command without named sets has the one
     * set {@code __AllParameterSets}.
     */
    public static List<CommandParameterSetInfo> parameterSets(CommandMetadata metadata) {
        List<CommandParameterSetInfo> sets = new ArrayList<>();
        int count = metadata.parameterSetCount();
        if (count == 0) {
            sets.add(new CommandParameterSetInfo(Parameter.ALL_PARAMETER_SETS, false, parametersIn(metadata, 0)));
            return sets;
        }
        for (int i = 0; i < count; i++) {
            int flag = 1 << i;
            sets.add(new CommandParameterSetInfo(metadata.parameterSetName(flag),
                    flag == metadata.defaultParameterSetFlag(), parametersIn(metadata, flag)));
        }
        return sets;
    }

    /**
     * The syntax lines of a command, each set's on its own line after an empty one, as pwsh's
     * Definition of cmdlets and Syntax of functions are.
     */
    public static String definition(String name, CommandMetadata metadata) {
        StringBuilder sb = new StringBuilder();
        for (CommandParameterSetInfo set : parameterSets(metadata)) {
            String parameters = set.toString();
            sb.append('\n').append(name).append(' ').append(parameters).append('\n');
        }
        return sb.toString();
    }

    /** The parameters in the set of bit {@code flag} (0: the only, unnamed set), each with that set's data. */
    private static List<CommandParameterInfo> parametersIn(CommandMetadata metadata, int flag) {
        List<CommandParameterInfo> result = new ArrayList<>();
        for (ParameterMetadata parameter : metadata.parameters()) {
            ParameterSetData data = dataFor(parameter, flag);
            if (data != null) {
                result.add(new CommandParameterInfo(parameter.name(), parameterType(parameter), data.isMandatory(),
                        data.isPositional() ? data.position() : Parameter.NAMED, data.valueFromPipeline(),
                        data.valueFromPipelineByPropertyName(), data.valueFromRemainingArguments(),
                        parameter.aliases(), parameter.isSwitch(),
                        parameter.association() == ParameterMetadata.Association.COMMON,
                        parameter.association() == ParameterMetadata.Association.DYNAMIC));
            }
        }
        return result;
    }

    private static ParameterSetData dataFor(ParameterMetadata parameter, int flag) {
        ParameterSetData allSets = null;
        for (ParameterSetData data : parameter.parameterSetData()) {
            if (flag != 0 && data.flag() == flag) {
                return data;
            }
            if (data.isInAllSets()) {
                allSets = data;
            }
        }
        return allSets;
    }

    /** The parameter's .NET type; switches are System.Management.Automation.SwitchParameter. */
    public static DotNetType parameterType(ParameterMetadata parameter) {
        DotNetType type = TypeResolver.tryResolve(parameter.isSwitch() ? "switch" : parameter.typeName(), List.of());
        return type != null ? type : CoreTypes.OBJECT;
    }
}
