package org.jposh.interpreter.commands;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * {@code $ExecutionContext} (pwsh's EngineIntrinsics) with its {@code InvokeCommand}
 * (CommandInvocationIntrinsics): {@code GetCommand(name, type)}, which proxy functions use to find the
 * command they wrap even when a function of the same name hides it, {@code GetCmdlet(name)} and
 * {@code InvokeScript(text)}. Both act on the session of the code that calls them.
 */
public final class EngineIntrinsics implements DotNetTyped {
    private static final String NAMESPACE = "System.Management.Automation";
    private static final DotNetType TYPE = CoreTypes.define(NAMESPACE, "EngineIntrinsics", EngineIntrinsics.class,
            b -> b.property("InvokeCommand", CommandInvocation.TYPE, e -> CommandInvocation.INSTANCE));
    private static final EngineIntrinsics INSTANCE = new EngineIntrinsics();

    static {
        CoreTypes.register(TYPE);
    }

    private EngineIntrinsics() {
    }

    /** The value of $ExecutionContext. */
    public static EngineIntrinsics instance() {
        return INSTANCE;
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    /** $ExecutionContext.InvokeCommand. */
    private static final class CommandInvocation implements DotNetTyped {
        static final DotNetType TYPE = CoreTypes.define(NAMESPACE, "CommandInvocationIntrinsics",
                CommandInvocation.class, CommandInvocation::defineMembers);
        static final CommandInvocation INSTANCE = new CommandInvocation();

        @Override
        public DotNetType dotNetType() {
            return TYPE;
        }

        private static void defineMembers(TypeAdapter.Builder b) {
            b.method("GetCommand", CommandInfoTypes.COMMAND_INFO, (t, a) -> getCommand(
                    LanguagePrimitives.toStringValue(a[0]), ((EnumValue) a[1]).value()),
                    param("commandName", CoreTypes.STRING), param("type", CommandInfoTypes.COMMAND_TYPES));
            b.method("GetCmdlet", CommandInfoTypes.COMMAND_INFO, (t, a) -> getCommand(
                    LanguagePrimitives.toStringValue(a[0]), flag(CommandTypes.Cmdlet)),
                    param("commandName", CoreTypes.STRING));
            b.method("InvokeScript", CoreTypes.OBJECT, (t, a) -> ScriptBlock.create(
                    LanguagePrimitives.toStringValue(a[0])).invokeAsList(new Object[0]).toArray(),
                    param("script", CoreTypes.STRING));
        }

        /** The command of that name among the kinds asked for, in discovery's order (aliases, functions, cmdlets, files), or null. */
        private static CommandInfo getCommand(String name, long types) {
            PoshContext context = PoshContext.get(null);
            if ((types & flag(CommandTypes.Alias)) != 0) {
                CommandInfo alias = context.sessionState().aliases().get(name);
                if (alias != null) {
                    return alias;
                }
            }
            if ((types & (flag(CommandTypes.Function) | flag(CommandTypes.Filter))) != 0) {
                CommandInfo function = context.sessionState().currentScope().getFunction(name);
                if (function != null) {
                    return function;
                }
            }
            if ((types & flag(CommandTypes.Cmdlet)) != 0) {
                CommandInfo cmdlet = context.sessionState().commands().find(name);
                if (cmdlet != null) {
                    return cmdlet;
                }
            }
            if ((types & (flag(CommandTypes.ExternalScript) | flag(CommandTypes.Application))) != 0) {
                CommandInfo external = CommandDiscovery.findExternal(context, name);
                if (external != null && (types & flag(external.commandType())) != 0) {
                    return external;
                }
            }
            return null;
        }

        private static long flag(CommandTypes kind) {
            return CommandInfoTypes.commandType(kind).value();
        }
    }
}
