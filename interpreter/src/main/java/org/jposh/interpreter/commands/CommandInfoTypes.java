package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.OrderedDictionary;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.ScopedItemOptions;
import org.jposh.interpreter.runtime.TypeAdapter;
import org.jposh.interpreter.runtime.Version;

/**
 * The .NET types of command discovery's objects, as Get-Command and Get-Alias return them:
 * System.Management.Automation.CommandInfo and its kinds, CommandParameterSetInfo, CommandParameterInfo,
 * ParameterMetadata, and the CommandTypes enum.
 */
public final class CommandInfoTypes {
    private static final String NAMESPACE = "System.Management.Automation";
    private static final CommandTypes[] KINDS = CommandTypes.values();
    private static final long CONFIGURATION = 256;

    public static final DotNetType COMMAND_TYPES = CoreTypes.defineEnum(NAMESPACE, "CommandTypes", true,
            names(), values());
    public static final DotNetType SCOPED_ITEM_OPTIONS = CoreTypes.defineEnum(NAMESPACE, "ScopedItemOptions", true,
            new String[] {"None", "ReadOnly", "Constant", "Private", "AllScope", "Unspecified"},
            new long[] {0, 1, 2, 4, 8, 16});
    public static final DotNetType COMMAND_INFO = CoreTypes.define(NAMESPACE, "CommandInfo", null,
            CommandInfoTypes::commandInfo);
    /** [switch], the type of switch parameters ([RuntimeDefinedParameter]::new('Force', [switch], $attributes)). */
    static final DotNetType SWITCH_PARAMETER = CoreTypes.SWITCH_PARAMETER;

    static {
        CoreTypes.register(COMMAND_INFO);
        CoreTypes.register(CoreTypes.define(NAMESPACE, "AliasInfo", AliasInfo.class, COMMAND_INFO,
                CommandInfoTypes::aliasInfo));
        CoreTypes.register(CoreTypes.define(NAMESPACE, "CmdletInfo", CmdletInfo.class, COMMAND_INFO,
                CommandInfoTypes::cmdletInfo));
        DotNetType function = CoreTypes.define(NAMESPACE, "FunctionInfo", FunctionInfo.class, COMMAND_INFO,
                CommandInfoTypes::functionInfo);
        CoreTypes.register(function);
        CoreTypes.register(CoreTypes.define(NAMESPACE, "ExternalScriptInfo", ExternalScriptInfo.class, COMMAND_INFO,
                CommandInfoTypes::externalScriptInfo));
        CoreTypes.register(CoreTypes.define(NAMESPACE, "ScriptInfo", ScriptInfo.class, COMMAND_INFO,
                b -> b.property("ScriptBlock", CoreTypes.SCRIPT_BLOCK, s -> ((ScriptInfo) s).scriptBlock())));
        CoreTypes.register(CoreTypes.define(NAMESPACE, "ApplicationInfo", ApplicationInfo.class, COMMAND_INFO,
                CommandInfoTypes::applicationInfo));
        CoreTypes.register(CoreTypes.define(NAMESPACE, "CommandParameterSetInfo", CommandParameterSetInfo.class,
                CommandInfoTypes::parameterSetInfo));
        CoreTypes.register(CoreTypes.define(NAMESPACE, "CommandParameterInfo", CommandParameterInfo.class,
                CommandInfoTypes::parameterInfo));
        CoreTypes.register(CoreTypes.define(NAMESPACE, "ParameterMetadata", ParameterMetadata.class,
                CommandInfoTypes::parameterMetadata));
    }

    private CommandInfoTypes() {
    }

    /** Makes the types known; called once a session exists, before any of these objects reaches a script. */
    public static void register() {
        // Loading the class registers the types.
    }

    /** The CommandTypes enum value of a kind: flags 1, 2, 4... in pwsh's order. */
    public static EnumValue commandType(CommandTypes kind) {
        return new EnumValue(COMMAND_TYPES, 1L << kind.ordinal());
    }

    /** A ScopedItemOptions value of a set of options. */
    public static EnumValue options(Set<ScopedItemOptions> options) {
        long value = 0;
        for (ScopedItemOptions option : options) {
            value |= option == ScopedItemOptions.None ? 0 : 1L << (option.ordinal() - 1);
        }
        return new EnumValue(SCOPED_ITEM_OPTIONS, value);
    }

    /** The kinds, then pwsh's Configuration (256, no JPosh command has it) and All (every kind). */
    private static String[] names() {
        String[] names = new String[KINDS.length + 2];
        for (int i = 0; i < KINDS.length; i++) {
            names[i] = KINDS[i].name();
        }
        names[KINDS.length] = "Configuration";
        names[KINDS.length + 1] = "All";
        return names;
    }

    private static long[] values() {
        long[] values = new long[KINDS.length + 2];
        long all = CONFIGURATION;
        for (int i = 0; i < KINDS.length; i++) {
            values[i] = 1L << i;
            all |= values[i];
        }
        values[KINDS.length] = CONFIGURATION;
        values[KINDS.length + 1] = all;
        return values;
    }

    private static void commandInfo(TypeAdapter.Builder b) {
        DotNetType string = CoreTypes.STRING;
        b.property("Name", string, c -> ((CommandInfo) c).name())
                .property("CommandType", COMMAND_TYPES, c -> commandType(((CommandInfo) c).commandType()))
                .property("Definition", string, c -> ((CommandInfo) c).definition())
                .property("Source", string, c -> ((CommandInfo) c).source())
                .property("Version", Version.TYPE, c -> ((CommandInfo) c).version())
                .property("ModuleName", string, c -> c instanceof CmdletInfo || c instanceof FunctionInfo
                        ? ((CommandInfo) c).source() : "")
                .property("Visibility", string, c -> "Public")
                .property("Parameters", CoreTypes.ORDERED_DICTIONARY, c -> parameters((CommandInfo) c))
                .property("ParameterSets", CoreTypes.OBJECT_ARRAY, c -> parameterSets((CommandInfo) c))
                .property("DefaultParameterSet", string, c -> ((CommandInfo) c).metadata() == null ? null
                        : ((CommandInfo) c).metadata().defaultParameterSetName())
                .method("ToString", string, (c, a) -> c.toString());
    }

    private static void aliasInfo(TypeAdapter.Builder b) {
        b.property("DisplayName", CoreTypes.STRING, a -> ((AliasInfo) a).displayName())
                .property("ReferencedCommand", COMMAND_INFO, a -> resolved((AliasInfo) a))
                .property("ResolvedCommand", COMMAND_INFO, a -> resolved((AliasInfo) a))
                .property("ResolvedCommandName", CoreTypes.STRING, a -> {
                    CommandInfo command = resolved((AliasInfo) a);
                    return command == null ? null : command.name();
                })
                .property("Options", SCOPED_ITEM_OPTIONS, a -> options(((AliasInfo) a).options()))
                .property("Description", CoreTypes.STRING, a -> ((AliasInfo) a).description());
    }

    private static CommandInfo resolved(AliasInfo alias) {
        try {
            return CommandDiscovery.resolveAlias(PoshContext.get(null), alias, null);
        } catch (PoshException e) {
            return null;
        }
    }

    private static void cmdletInfo(TypeAdapter.Builder b) {
        verbAndNoun(b);
        b.property("ImplementingType", CoreTypes.STRING, c -> ((CmdletInfo) c).metadata().implementingTypeName());
    }

    private static void functionInfo(TypeAdapter.Builder b) {
        verbAndNoun(b);
        b.property("ScriptBlock", CoreTypes.SCRIPT_BLOCK, f -> ((FunctionInfo) f).scriptBlock())
                .property("CmdletBinding", CoreTypes.BOOLEAN, f -> ((FunctionInfo) f).scriptBlock().code()
                        .cmdletBinding());
    }

    private static void externalScriptInfo(TypeAdapter.Builder b) {
        b.property("Path", CoreTypes.STRING, s -> ((ExternalScriptInfo) s).path().toString())
                .property("ScriptBlock", CoreTypes.SCRIPT_BLOCK, s -> ((ExternalScriptInfo) s).scriptBlock())
                .property("ScriptContents", CoreTypes.STRING, s -> ((ExternalScriptInfo) s).scriptBlock().code()
                        .extent().text());
    }

    private static void applicationInfo(TypeAdapter.Builder b) {
        b.property("Path", CoreTypes.STRING, a -> ((ApplicationInfo) a).path().toString())
                .property("Extension", CoreTypes.STRING, a -> {
                    String name = ((ApplicationInfo) a).name();
                    int dot = name.lastIndexOf('.');
                    return dot <= 0 ? "" : name.substring(dot);
                });
    }

    /** Verb and Noun of a Verb-Noun name; a name without a dash has neither. */
    private static void verbAndNoun(TypeAdapter.Builder b) {
        b.property("Verb", CoreTypes.STRING, c -> {
            String name = ((CommandInfo) c).name();
            int dash = name.indexOf('-');
            return dash < 0 ? "" : name.substring(0, dash);
        }).property("Noun", CoreTypes.STRING, c -> {
            String name = ((CommandInfo) c).name();
            int dash = name.indexOf('-');
            return dash < 0 ? "" : name.substring(dash + 1);
        });
    }

    private static void parameterSetInfo(TypeAdapter.Builder b) {
        b.property("Name", CoreTypes.STRING, s -> ((CommandParameterSetInfo) s).name())
                .property("IsDefault", CoreTypes.BOOLEAN, s -> ((CommandParameterSetInfo) s).isDefault())
                .property("Parameters", CoreTypes.OBJECT_ARRAY, s -> ((CommandParameterSetInfo) s).parameters()
                        .toArray())
                .method("ToString", CoreTypes.STRING, (s, a) -> s.toString());
    }

    private static void parameterInfo(TypeAdapter.Builder b) {
        b.property("Name", CoreTypes.STRING, p -> ((CommandParameterInfo) p).name())
                .property("ParameterType", CoreTypes.TYPE, p -> ((CommandParameterInfo) p).isSwitch()
                        ? SWITCH_PARAMETER : ((CommandParameterInfo) p).parameterType())
                .property("IsMandatory", CoreTypes.BOOLEAN, p -> ((CommandParameterInfo) p).isMandatory())
                .property("IsDynamic", CoreTypes.BOOLEAN, p -> ((CommandParameterInfo) p).isDynamic())
                .property("Position", CoreTypes.INT32, p -> ((CommandParameterInfo) p).position())
                .property("ValueFromPipeline", CoreTypes.BOOLEAN, p -> ((CommandParameterInfo) p).valueFromPipeline())
                .property("ValueFromPipelineByPropertyName", CoreTypes.BOOLEAN,
                        p -> ((CommandParameterInfo) p).valueFromPipelineByPropertyName())
                .property("ValueFromRemainingArguments", CoreTypes.BOOLEAN,
                        p -> ((CommandParameterInfo) p).valueFromRemainingArguments())
                .property("Aliases", CoreTypes.STRING_ARRAY, p -> ((CommandParameterInfo) p).aliases()
                        .toArray(String[]::new));
    }

    private static void parameterMetadata(TypeAdapter.Builder b) {
        b.property("Name", CoreTypes.STRING, p -> ((ParameterMetadata) p).name())
                .property("ParameterType", CoreTypes.TYPE, p -> ((ParameterMetadata) p).isSwitch()
                        ? SWITCH_PARAMETER : CommandSyntax.parameterType((ParameterMetadata) p))
                .property("Aliases", CoreTypes.STRING_ARRAY, p -> ((ParameterMetadata) p).aliases()
                        .toArray(String[]::new))
                .property("IsDynamic", CoreTypes.BOOLEAN, p -> ((ParameterMetadata) p).association()
                        == ParameterMetadata.Association.DYNAMIC)
                .property("SwitchParameter", CoreTypes.BOOLEAN, p -> ((ParameterMetadata) p).isSwitch());
    }

    /** The parameters by name, in declaration order (common parameters after the declared ones, dynamic last). */
    private static Object parameters(CommandInfo command) {
        CommandMetadata metadata = command.metadataWithDynamicParameters();
        if (metadata == null) {
            return null;
        }
        OrderedDictionary parameters = new OrderedDictionary();
        for (ParameterMetadata parameter : metadata.parameters()) {
            parameters.put(parameter.name(), parameter);
        }
        return parameters;
    }

    private static Object parameterSets(CommandInfo command) {
        CommandMetadata metadata = command.metadataWithDynamicParameters();
        return metadata == null ? new Object[0] : CommandSyntax.parameterSets(metadata).toArray();
    }

    /** The kinds named by a -CommandType value ("Cmdlet", "Alias,Function", "All"), or null for an unknown name. */
    public static List<CommandTypes> parseKinds(String text) {
        List<CommandTypes> kinds = new ArrayList<>();
        for (String part : text.split(",")) {
            String name = part.strip();
            if (name.equalsIgnoreCase("All")) {
                return List.of(KINDS);
            }
            CommandTypes match = null;
            for (CommandTypes kind : KINDS) {
                if (kind.name().toLowerCase(Locale.ROOT).equals(name.toLowerCase(Locale.ROOT))) {
                    match = kind;
                }
            }
            if (match == null) {
                return null;
            }
            kinds.add(match);
        }
        return kinds;
    }
}
