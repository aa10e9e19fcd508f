package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * System.Management.Automation.PSCommand, what a PowerShell instance runs ({@code $ps.Commands}): its
 * Commands in order, each a script or a command name with its parameters; a command that ends a
 * statement (AddStatement) is marked IsEndOfStatement, and the commands between two such marks make
 * one pipeline.
 */
public final class PSCommand {
    private static final String SMA = "System.Management.Automation";
    private static final String RUNSPACES = SMA + ".Runspaces";

    public static final DotNetType PARAMETER_TYPE = CoreTypes.define(RUNSPACES, "CommandParameter",
            CommandArgument.class, b -> b.property("Name", CoreTypes.STRING, p -> ((CommandArgument) p).parameterName())
                    .property("Value", CoreTypes.OBJECT, p -> ((CommandArgument) p).value()));
    public static final DotNetType COMMAND_TYPE = CoreTypes.define(RUNSPACES, "Command", Command.class, b -> b
            .property("CommandText", CoreTypes.STRING, c -> ((Command) c).text)
            .property("IsScript", CoreTypes.BOOLEAN, c -> ((Command) c).isScript)
            .property("UseLocalScope", CoreTypes.BOOLEAN, c -> ((Command) c).useLocalScope)
            .property("IsEndOfStatement", CoreTypes.BOOLEAN, c -> ((Command) c).endOfStatement)
            .property("Parameters", CoreTypes.OBJECT, c -> listOf(((Command) c).parameters)));
    public static final DotNetType TYPE = CoreTypes.define(SMA, "PSCommand", PSCommand.class, PSCommand::defineMembers);

    static {
        CoreTypes.register(PARAMETER_TYPE);
        CoreTypes.register(COMMAND_TYPE);
        CoreTypes.register(TYPE);
    }

    /** A command or script, with the parameters and arguments added for it. */
    public static final class Command {
        private final String text;
        private final boolean isScript;
        private final boolean useLocalScope;
        private final List<CommandArgument> parameters = new ArrayList<>();
        private boolean endOfStatement;

        Command(String text, boolean isScript, boolean useLocalScope) {
            this.text = text;
            this.isScript = isScript;
            this.useLocalScope = useLocalScope;
        }

        String text() {
            return text;
        }

        boolean isScript() {
            return isScript;
        }

        boolean useLocalScope() {
            return useLocalScope;
        }

        List<CommandArgument> arguments() {
            return parameters;
        }

        @Override
        public String toString() {
            return text;
        }
    }

    private final List<Command> commands = new ArrayList<>();

    /** The members PowerShell and PSCommand share: what adds commands and parameters returns {@code owner}. */
    static void defineAdders(TypeAdapter.Builder b, java.util.function.Function<Object, PSCommand> commandsOf) {
        DotNetType self = b.type();
        DotNetType string = CoreTypes.STRING;
        b.method("AddScript", self, (t, a) -> {
            commandsOf.apply(t).add(new Command((String) a[0], true, false));
            return t;
        }, param("script", string));
        b.method("AddScript", self, (t, a) -> {
            commandsOf.apply(t).add(new Command((String) a[0], true, (Boolean) a[1]));
            return t;
        }, param("script", string), param("useLocalScope", CoreTypes.BOOLEAN));
        b.method("AddCommand", self, (t, a) -> {
            commandsOf.apply(t).add(new Command((String) a[0], false, true));
            return t;
        }, param("command", string));
        b.method("AddParameter", self, (t, a) -> {
            commandsOf.apply(t).addArgument(CommandArgument.parameter((String) a[0], null));
            return t;
        }, param("parameterName", string));
        b.method("AddParameter", self, (t, a) -> {
            commandsOf.apply(t).addArgument(CommandArgument.named((String) a[0], a[1], null));
            return t;
        }, param("parameterName", string), param("value", CoreTypes.OBJECT));
        b.method("AddParameters", self, (t, a) -> {
            commandsOf.apply(t).addParameters(PSObject.base(a[0]));
            return t;
        }, param("parameters", CoreTypes.OBJECT));
        b.method("AddArgument", self, (t, a) -> {
            commandsOf.apply(t).addArgument(CommandArgument.positional(a[0], null));
            return t;
        }, param("value", CoreTypes.OBJECT));
        b.method("AddStatement", self, (t, a) -> {
            commandsOf.apply(t).addStatement();
            return t;
        });
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        defineAdders(b, c -> (PSCommand) c);
        b.property("Commands", CoreTypes.OBJECT, c -> {
            synchronized (c) {
                return listOf(((PSCommand) c).commands);
            }
        });
        b.method("Clear", CoreTypes.VOID, (c, a) -> {
            ((PSCommand) c).clear();
            return AutomationNull.VALUE;
        });
        b.method("Clone", TYPE, (c, a) -> ((PSCommand) c).copy());
        b.constructor((t, a) -> new PSCommand());
    }

    /** A list scripts can read, of the items now in {@code items}. */
    private static List<Object> listOf(List<?> items) {
        List<Object> list = new org.jposh.interpreter.runtime.ArrayList();
        list.addAll(items);
        return list;
    }

    synchronized void add(Command command) {
        commands.add(command);
    }

    /**
     * Adds a parameter or argument to the last command.
     *
     * @throws DotNetException InvalidOperationException when there is no command yet
     */
    synchronized void addArgument(CommandArgument argument) {
        if (commands.isEmpty()) {
            throw DotNetException.invalidOperation("A command is required to add a parameter. A command must be "
                    + "added to the PowerShell instance before adding a parameter.");
        }
        commands.getLast().parameters.add(argument);
    }

    private void addParameters(Object parameters) {
        if (parameters instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                addArgument(CommandArgument.named(LanguagePrimitives.toStringValue(entry.getKey()), entry.getValue(),
                        null));
            }
        } else {
            for (Object value : LanguagePrimitives.getEnumerable(parameters)) {
                addArgument(CommandArgument.positional(value, null));
            }
        }
    }

    synchronized void addStatement() {
        if (!commands.isEmpty()) {
            commands.getLast().endOfStatement = true;
        }
    }

    synchronized void clear() {
        commands.clear();
    }

    synchronized boolean isEmpty() {
        return commands.isEmpty();
    }

    /** A copy whose commands can change without changing this one's (pwsh's Clone). */
    synchronized PSCommand copy() {
        PSCommand copy = new PSCommand();
        for (Command command : commands) {
            Command c = new Command(command.text, command.isScript, command.useLocalScope);
            c.parameters.addAll(command.parameters);
            c.endOfStatement = command.endOfStatement;
            copy.commands.add(c);
        }
        return copy;
    }

    /** The pipelines to run: the commands, cut after each that ends a statement. */
    synchronized List<List<Command>> statements() {
        List<List<Command>> statements = new ArrayList<>();
        List<Command> current = new ArrayList<>();
        for (Command command : commands) {
            current.add(command);
            if (command.endOfStatement) {
                statements.add(current);
                current = new ArrayList<>();
            }
        }
        if (!current.isEmpty()) {
            statements.add(current);
        }
        return statements;
    }
}
