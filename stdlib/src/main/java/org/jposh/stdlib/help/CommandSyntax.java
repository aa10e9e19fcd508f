package org.jposh.stdlib.help;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.commands.ParameterSetData;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * The syntax of a command as help shows it, one line per parameter set: the name, then each parameter
 * of the set in declaration order as {@code [[-Name] <type>]} (optional and positional),
 * {@code [-Name <type>]}, {@code [-Name] <type>} or {@code -Name <type>}, switches without a type, then
 * {@code [<CommonParameters>]}.
 */
final class CommandSyntax {
    /** A parameter as one parameter set sees it. */
    record SetParameter(ParameterMetadata parameter, boolean mandatory, int position) {
        boolean positional() {
            return position >= 0;
        }
    }

    private CommandSyntax() {
    }

    /** The parameters of each set (one list for a command without sets), common parameters left out. */
    static List<List<SetParameter>> parameterSets(CommandMetadata metadata) {
        List<List<SetParameter>> sets = new ArrayList<>();
        List<String> names = metadata.parameterSetNames();
        for (int i = 0; i < Math.max(names.size(), 1); i++) {
            int flag = names.isEmpty() ? 0 : 1 << i;
            List<SetParameter> parameters = new ArrayList<>();
            for (ParameterMetadata parameter : metadata.parameters()) {
                if (parameter.association() == ParameterMetadata.Association.COMMON) {
                    continue;
                }
                ParameterSetData data = dataFor(parameter, flag);
                if (data != null) {
                    parameters.add(new SetParameter(parameter, data.isMandatory(),
                            data.isPositional() ? data.position() : -1));
                }
            }
            sets.add(parameters);
        }
        return sets;
    }

    /** The parameter's data in the set with bit {@code flag} (0: the command has no sets), or null when it is not in it. */
    static ParameterSetData dataFor(ParameterMetadata parameter, int flag) {
        ParameterSetData all = null;
        for (ParameterSetData data : parameter.parameterSetData()) {
            if (data.isInAllSets()) {
                all = data;
            } else if (data.flag() == flag) {
                return data;
            }
        }
        return all;
    }

    static boolean hasCommonParameters(CommandMetadata metadata) {
        return metadata.parameters().stream().anyMatch(p -> p.association() == ParameterMetadata.Association.COMMON);
    }

    /**
     * The syntax lines. {@code dotNetNames}: types by their .NET names ({@code String}), as comment-based
     * help shows them, rather than as pwsh writes types ({@code string}); {@code common}: whether to end
     * with {@code [<CommonParameters>]}.
     */
    static List<String> lines(String name, CommandMetadata metadata, boolean dotNetNames, boolean common) {
        List<String> lines = new ArrayList<>();
        for (List<SetParameter> set : parameterSets(metadata)) {
            StringBuilder line = new StringBuilder(name).append(' ');
            for (SetParameter p : set) {
                String value = p.parameter().isSwitch() ? "" : " <" + typeName(p.parameter(), dotNetNames) + ">";
                String format = !p.mandatory() && p.positional() ? "[[-%s]%s] " : !p.mandatory() ? "[-%s%s] "
                        : p.positional() ? "[-%s]%s " : "-%s%s ";
                line.append(String.format(format, p.parameter().name(), value));
            }
            if (common) {
                line.append("[<CommonParameters>]");
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    /** The .NET name of the parameter's type: the one a script declared, else the one its Java class stands for. */
    private static String fullTypeName(ParameterMetadata parameter) {
        Class<?> element = parameter.type().isArray() ? parameter.type().getComponentType() : parameter.type();
        DotNetType type = element == Object.class ? null : typeOf(element);
        if (type != null) {
            return type.fullName() + (parameter.type().isArray() ? "[]" : "");
        }
        return parameter.typeName() == null ? "System.Object" : parameter.typeName();
    }

    /**
     * The .NET type a Java class stands for. Types of the standard library register when their class is
     * initialised, which a parameter's type may not have been yet: help initialises it first (type lookups
     * remember what they found for a class, also that nothing was found).
     */
    private static DotNetType typeOf(Class<?> javaClass) {
        if (!javaClass.isPrimitive()) {
            try {
                Class.forName(javaClass.getName(), true, javaClass.getClassLoader());
            } catch (ClassNotFoundException e) {
                return null;
            }
        }
        return DotNetType.forJavaClass(javaClass);
    }

    /**
     * A parameter's type: its .NET name without namespace ({@code String[]}), or as pwsh writes types, by
     * accelerator where there is one ({@code string[]}, {@code int}) and by name otherwise.
     */
    static String typeName(ParameterMetadata parameter, boolean dotNetName) {
        if (parameter.isSwitch()) {
            return dotNetName ? "SwitchParameter" : "switch";
        }
        String fullName = fullTypeName(parameter);
        String simple = fullName.substring(fullName.lastIndexOf('.') + 1);
        if (dotNetName || simple.startsWith("Object")) {
            return simple;
        }
        DotNetType type = TypeResolver.tryResolve(fullName, List.of());
        String written = type == null ? simple : type.powerShellName();
        return written.contains(".") ? simple : written;
    }
}
