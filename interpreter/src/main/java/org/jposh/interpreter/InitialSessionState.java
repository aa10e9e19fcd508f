package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.Iterator;
import java.util.List;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.CommandArgument;
import org.jposh.interpreter.commands.CommandInfoTypes;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.runtime.AutomationNull;
import org.jposh.interpreter.runtime.BuiltInFunctions;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.GenericList;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSVariable;
import org.jposh.interpreter.runtime.ScopedItemOptions;
import org.jposh.interpreter.runtime.ScriptBlock;
import org.jposh.interpreter.runtime.SessionState;
import org.jposh.interpreter.runtime.TypeAdapter;

/**
 * {@code [initialsessionstate]}: what a runspace a script makes ({@code [powershell]::Create($iss)},
 * {@code [runspacefactory]::CreateRunspace($iss)}, CreateRunspacePool) starts with besides the built-in commands,
 * as pwsh's InitialSessionState: the variables, functions and aliases of its Variables and Commands, the modules
 * ImportPSModule names and the scripts of StartupScripts, all set up when the runspace opens, in that order. A
 * variable's value is the object itself, shared with the session that made the entry (as in pwsh, where scripts
 * pass a synchronized hashtable to every runspace of a pool this way).
 *
 * <p>CreateDefault and CreateDefault2 list the built-in functions in Commands. When a module or startup script
 * fails, the runspace opens without it, unless ThrowOnRunspaceOpenError asks Open to fail.
 */
public final class InitialSessionState implements DotNetTyped {
    private static final String RUNSPACES = "System.Management.Automation.Runspaces";

    /** InitialSessionStateEntry: what every entry has, its name. */
    public static final DotNetType ENTRY = CoreTypes.define(RUNSPACES, "InitialSessionStateEntry", null,
            b -> b.property("Name", CoreTypes.STRING, e -> ((Entry) e).name()));
    /** SessionStateCommandEntry: an entry of Commands. */
    public static final DotNetType COMMAND_ENTRY = CoreTypes.define(RUNSPACES, "SessionStateCommandEntry", null,
            ENTRY, null);
    public static final DotNetType FUNCTION_ENTRY = CoreTypes.define(RUNSPACES, "SessionStateFunctionEntry",
            FunctionEntry.class, COMMAND_ENTRY, b -> b
                    .constructor((t, a) -> new FunctionEntry(name(a[0]), LanguagePrimitives.toStringValue(a[1])),
                            param("name", CoreTypes.STRING), param("definition", CoreTypes.STRING))
                    .property("Definition", CoreTypes.STRING, e -> ((FunctionEntry) e).definition())
                    .property("CommandType", CommandInfoTypes.COMMAND_TYPES, e -> commandType("Function")));
    public static final DotNetType ALIAS_ENTRY = CoreTypes.define(RUNSPACES, "SessionStateAliasEntry",
            AliasEntry.class, COMMAND_ENTRY, b -> b
                    .constructor((t, a) -> new AliasEntry(name(a[0]), LanguagePrimitives.toStringValue(a[1]), ""),
                            param("name", CoreTypes.STRING), param("definition", CoreTypes.STRING))
                    .constructor((t, a) -> new AliasEntry(name(a[0]), LanguagePrimitives.toStringValue(a[1]),
                            description(a[2])), param("name", CoreTypes.STRING), param("definition", CoreTypes.STRING),
                            param("description", CoreTypes.STRING))
                    .property("Definition", CoreTypes.STRING, e -> ((AliasEntry) e).definition())
                    .property("Description", CoreTypes.STRING, e -> ((AliasEntry) e).description())
                    .property("CommandType", CommandInfoTypes.COMMAND_TYPES, e -> commandType("Alias")));
    public static final DotNetType VARIABLE_ENTRY = CoreTypes.define(RUNSPACES, "SessionStateVariableEntry",
            VariableEntry.class, ENTRY, b -> b
                    .constructor((t, a) -> new VariableEntry(name(a[0]), a[1], description(a[2]),
                            ScopedItemOptions.None), param("name", CoreTypes.STRING), param("value", CoreTypes.OBJECT),
                            param("description", CoreTypes.STRING))
                    .constructor((t, a) -> new VariableEntry(name(a[0]), a[1], description(a[2]),
                            ScopedItemOptions.valueOf(a[3].toString())), param("name", CoreTypes.STRING),
                            param("value", CoreTypes.OBJECT), param("description", CoreTypes.STRING),
                            param("options", CommandInfoTypes.SCOPED_ITEM_OPTIONS))
                    .property("Value", CoreTypes.OBJECT, e -> ((VariableEntry) e).value())
                    .property("Description", CoreTypes.STRING, e -> ((VariableEntry) e).description())
                    .property("Options", CommandInfoTypes.SCOPED_ITEM_OPTIONS,
                            e -> LanguagePrimitives.convertTo(((VariableEntry) e).options().name(),
                                    CommandInfoTypes.SCOPED_ITEM_OPTIONS)));
    public static final DotNetType ENTRIES = CoreTypes.define(RUNSPACES, "InitialSessionStateEntryCollection`1",
            Entries.class, InitialSessionState::defineEntries);
    public static final DotNetType TYPE = CoreTypes.define(RUNSPACES, "InitialSessionState",
            InitialSessionState.class, InitialSessionState::defineMembers);

    static {
        CoreTypes.register(TYPE, "initialsessionstate");
        for (DotNetType type : new DotNetType[] {ENTRY, COMMAND_ENTRY, FUNCTION_ENTRY, ALIAS_ENTRY, VARIABLE_ENTRY,
            ENTRIES}) {
            CoreTypes.register(type);
        }
    }

    /** An entry of Commands or Variables. */
    public sealed interface Entry extends DotNetTyped {
        String name();

        /** Defines what the entry names in the session's global scope. */
        void define(SessionState session);
    }

    /** SessionStateFunctionEntry: a function, its name and text. */
    public record FunctionEntry(String name, String definition) implements Entry {
        @Override
        public void define(SessionState session) {
            session.global().setFunction(new FunctionInfo(name, ScriptBlock.delayParsed(name, definition, session)));
        }

        @Override
        public DotNetType dotNetType() {
            return FUNCTION_ENTRY;
        }
    }

    /** SessionStateAliasEntry: an alias and the command it stands for. */
    public record AliasEntry(String name, String definition, String description) implements Entry {
        @Override
        public void define(SessionState session) {
            session.aliases().set(new AliasInfo(name, definition, EnumSet.noneOf(ScopedItemOptions.class),
                    description));
        }

        @Override
        public DotNetType dotNetType() {
            return ALIAS_ENTRY;
        }
    }

    /** SessionStateVariableEntry: a global variable and its value. */
    public record VariableEntry(String name, Object value, String description, ScopedItemOptions options)
            implements Entry {
        @Override
        public void define(SessionState session) {
            PSVariable variable = new PSVariable(name, value);
            variable.setDescription(description);
            variable.addOption(options);
            session.global().setVariable(variable);
        }

        @Override
        public DotNetType dotNetType() {
            return VARIABLE_ENTRY;
        }
    }

    /** InitialSessionStateEntryCollection`1: Commands or Variables, in the order added; indexed by name too. */
    public static final class Entries implements DotNetTyped, Iterable<Entry> {
        private final DotNetType entryType;
        private final List<Entry> entries = new ArrayList<>();

        Entries(DotNetType entryType) {
            this.entryType = entryType;
        }

        private Entries copy() {
            Entries copy = new Entries(entryType);
            copy.entries.addAll(entries);
            return copy;
        }

        private synchronized void add(Object entry) {
            if (entry instanceof Iterable<?> many && !(entry instanceof Entry)) {
                many.forEach(this::add);
                return;
            }
            entries.add((Entry) LanguagePrimitives.convertTo(entry, entryType));
        }

        /** Every entry of that name and, unless the type is null, of that entry type. */
        private synchronized void remove(String name, Object type) {
            DotNetType removed = type == null ? null : LanguagePrimitives.convertTo(type, CoreTypes.TYPE) instanceof
                    DotNetType t ? t : null;
            entries.removeIf(e -> e.name().equalsIgnoreCase(name)
                    && (removed == null || removed.isAssignableFrom(e.dotNetType())));
        }

        private synchronized GenericList named(String name) {
            GenericList result = new GenericList(CoreTypes.COLLECTION.makeGenericType(entryType));
            for (Entry entry : entries) {
                if (entry.name().equalsIgnoreCase(name)) {
                    result.add(entry);
                }
            }
            return result;
        }

        private synchronized Entry at(int index) {
            if (index < 0 || index >= entries.size()) {
                throw DotNetException.argumentOutOfRange("index",
                        "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            return entries.get(index);
        }

        @Override
        public synchronized Iterator<Entry> iterator() {
            return List.copyOf(entries).iterator();
        }

        @Override
        public DotNetType dotNetType() {
            return ENTRIES.makeGenericType(entryType);
        }

        @Override
        public String toString() {
            return ENTRIES.makeGenericType(entryType).fullName();
        }
    }

    private final Entries commands = new Entries(COMMAND_ENTRY);
    private final Entries variables = new Entries(VARIABLE_ENTRY);
    private final List<String> modules = new ArrayList<>();
    private final GenericList startupScripts = new GenericList(CoreTypes.LIST.makeGenericType(CoreTypes.STRING));
    private boolean throwOnRunspaceOpenError;

    /** The state a runspace has when it was given none: the built-in functions, nothing more. */
    static InitialSessionState createDefault() {
        InitialSessionState state = new InitialSessionState();
        for (String[] function : BuiltInFunctions.definitions()) {
            state.commands.entries.add(new FunctionEntry(function[0], function[1]));
        }
        return state;
    }

    private InitialSessionState() {
    }

    private InitialSessionState copy() {
        InitialSessionState copy = new InitialSessionState();
        copy.commands.entries.addAll(commands.entries);
        copy.variables.entries.addAll(variables.entries);
        copy.modules.addAll(modules);
        copy.startupScripts.addAll(startupScripts);
        copy.throwOnRunspaceOpenError = throwOnRunspaceOpenError;
        return copy;
    }

    /**
     * Sets up a runspace opening with this state: the entries first, so that the modules and startup scripts
     * can use them.
     *
     * @throws DotNetException RuntimeException when a module or script fails and ThrowOnRunspaceOpenError is set
     */
    void applyTo(Runspace session) {
        InitialSessionState state;
        synchronized (this) {
            state = copy();
        }
        session.inSession(context -> {
            for (Entry entry : state.commands.copy()) {
                entry.define(context.sessionState());
            }
            for (Entry entry : state.variables.copy()) {
                entry.define(context.sessionState());
            }
            return null;
        });
        List<Object> errors = new ArrayList<>();
        if (!state.modules.isEmpty()) {
            session.invokeCommands(List.of(new Runspace.Command("Import-Module", List.of(CommandArgument.named("Name",
                    state.modules.toArray(String[]::new), null)))), null, o -> { }, errors::add);
        }
        for (Object script : state.startupScripts) {
            session.invokeScript(". $args[0]", "<StartupScript>", List.of(CommandArgument.positional(script, null)),
                    null, null, o -> { }, errors::add);
        }
        if (state.throwOnRunspaceOpenError && !errors.isEmpty()) {
            throw new DotNetException("System.Management.Automation.RuntimeException",
                    LanguagePrimitives.toStringValue(errors.getFirst()));
        }
    }

    private static String name(Object name) {
        String text = name == null ? "" : LanguagePrimitives.toStringValue(name);
        if (text.isEmpty()) {
            throw new DotNetException("System.ArgumentNullException", "Value cannot be null. (Parameter 'name')");
        }
        return text;
    }

    private static String description(Object description) {
        return description == null ? "" : LanguagePrimitives.toStringValue(description);
    }

    private static Object commandType(String name) {
        return LanguagePrimitives.convertTo(name, CommandInfoTypes.COMMAND_TYPES);
    }

    @Override
    public DotNetType dotNetType() {
        return TYPE;
    }

    @Override
    public String toString() {
        return TYPE.fullName();
    }

    private static void defineEntries(TypeAdapter.Builder b) {
        b.property("Count", CoreTypes.INT32, c -> ((Entries) c).entries.size())
                .method("get_Item", CoreTypes.OBJECT, (c, a) -> ((Entries) c).at((Integer) a[0]),
                        param("index", CoreTypes.INT32))
                .method("get_Item", CoreTypes.OBJECT,
                        (c, a) -> ((Entries) c).named(LanguagePrimitives.toStringValue(a[0])),
                        param("name", CoreTypes.STRING))
                .method("Add", CoreTypes.VOID, (c, a) -> {
                    ((Entries) c).add(a[0]);
                    return AutomationNull.VALUE;
                }, param("item", CoreTypes.OBJECT))
                .method("Remove", CoreTypes.VOID, (c, a) -> {
                    ((Entries) c).remove(LanguagePrimitives.toStringValue(a[0]), a[1]);
                    return AutomationNull.VALUE;
                }, param("name", CoreTypes.STRING), param("type", CoreTypes.OBJECT))
                .method("Clear", CoreTypes.VOID, (c, a) -> {
                    synchronized (c) {
                        ((Entries) c).entries.clear();
                    }
                    return AutomationNull.VALUE;
                })
                .method("Clone", b.type(), (c, a) -> {
                    synchronized (c) {
                        return ((Entries) c).copy();
                    }
                });
    }

    private static void defineMembers(TypeAdapter.Builder b) {
        b.staticMethod("CreateDefault", b.type(), (t, a) -> createDefault())
                .staticMethod("CreateDefault2", b.type(), (t, a) -> createDefault())
                .property("Commands", ENTRIES, s -> ((InitialSessionState) s).commands)
                .property("Variables", ENTRIES, s -> ((InitialSessionState) s).variables)
                .property("StartupScripts", CoreTypes.LIST.makeGenericType(CoreTypes.STRING), s -> ((InitialSessionState) s).startupScripts)
                .property("ThrowOnRunspaceOpenError", CoreTypes.BOOLEAN,
                        s -> ((InitialSessionState) s).throwOnRunspaceOpenError,
                        (s, v) -> ((InitialSessionState) s).throwOnRunspaceOpenError = LanguagePrimitives.isTrue(v))
                .paramsMethod("ImportPSModule", CoreTypes.VOID, (s, a) -> {
                    InitialSessionState state = (InitialSessionState) s;
                    synchronized (state) {
                        for (Object name : (Object[]) a[0]) {
                            state.modules.add(LanguagePrimitives.toStringValue(name));
                        }
                    }
                    return AutomationNull.VALUE;
                }, param("name", CoreTypes.STRING_ARRAY))
                .method("Clone", b.type(), (s, a) -> {
                    InitialSessionState state = (InitialSessionState) s;
                    synchronized (state) {
                        return state.copy();
                    }
                });
    }
}
