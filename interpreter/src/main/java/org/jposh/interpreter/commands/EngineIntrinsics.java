package org.jposh.interpreter.commands;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.CollectingPipe;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.EnumValue;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * {@code $ExecutionContext} (pwsh's EngineIntrinsics): its {@code Host}, its {@code SessionState} (see
 * {@link SessionStateIntrinsics}) and its {@code InvokeCommand} (CommandInvocationIntrinsics):
 * {@code GetCommand(name, type)}, which proxy functions use to find the command they wrap even when a function
 * of the same name hides it, {@code GetCmdlet(name)}, {@code InvokeScript(text)}, {@code NewScriptBlock(text)}
 * and {@code ExpandString(text)}. All act on the session of the code that calls them.
 */
public final class EngineIntrinsics implements DotNetTyped {
    private static final String NAMESPACE = "System.Management.Automation";
    private static final DotNetType TYPE = CoreTypes.define(NAMESPACE, "EngineIntrinsics", EngineIntrinsics.class,
            b -> b.property("InvokeCommand", CommandInvocation.TYPE, e -> CommandInvocation.INSTANCE)
                    .property("SessionState", CoreTypes.OBJECT, e -> sessionStateIntrinsics())
                    .property("Host", CoreTypes.OBJECT, e -> PoshContext.get(null).internalHost()));
    private static final EngineIntrinsics INSTANCE = new EngineIntrinsics();

    static {
        CoreTypes.register(TYPE);
    }

    private EngineIntrinsics() {
    }

    /** $ExecutionContext.SessionState, $PSCmdlet.SessionState: the session's, or null without a library providing it. */
    static SessionStateIntrinsics sessionStateIntrinsics() {
        return PoshContext.get(null).sessionState().intrinsics();
    }

    /** $ExecutionContext.InvokeCommand, $ExecutionContext.SessionState.InvokeCommand, $PSCmdlet.InvokeCommand. */
    public static DotNetTyped invokeCommand() {
        return CommandInvocation.INSTANCE;
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
            b.method("NewScriptBlock", CoreTypes.SCRIPT_BLOCK, (t, a) -> ScriptBlock.create(
                    LanguagePrimitives.toStringValue(a[0])), param("scriptText", CoreTypes.STRING));
            b.method("ExpandString", CoreTypes.STRING, (t, a) -> expandString(LanguagePrimitives.toStringValue(a[0])),
                    param("source", CoreTypes.STRING));
        }

        /**
         * The text expanded as the inside of a double-quoted string ({@code $name}, {@code $(...)}, escapes), in
         * the caller's scope. A here-string holds it, so that its own quotes need no escaping.
         */
        private static String expandString(String source) {
            if (source.isEmpty()) {
                return source;
            }
            CollectingPipe output = new CollectingPipe();
            ScriptBlock.create("@\"\n" + source + "\n\"@").invokeDotSourced(null, new Object[0], output);
            return LanguagePrimitives.toStringValue(output.toArray()[0]);
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
