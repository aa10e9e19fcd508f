package org.jposh.interpreter;

import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.BuiltInFunctions;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.DotNetTyped;
import org.jposh.interpreter.runtime.GenericList;
import org.jposh.interpreter.runtime.LanguagePrimitives;

/**
 * {@code [runspacefactory]}: runspaces and runspace pools in this session (CreateRunspace,
 * CreateRunspacePool), and {@code [initialsessionstate]}'s CreateDefault and CreateDefault2, the
 * session state every runspace here starts with, which CreateRunspace and CreateRunspacePool take.
 */
public final class RunspaceFactory {
    private static final String RUNSPACES = "System.Management.Automation.Runspaces";

    /**
     * An InitialSessionState: a new session with the built-in commands, as every runspace here has. Its Commands
     * list the built-in functions ({@code .Commands['prompt'].Definition} is the default prompt's text, which
     * scripts compare with the prompt they find before replacing it).
     */
    public static final class InitialSessionState {
        InitialSessionState() {
        }
    }

    /** SessionStateFunctionEntry: one of an InitialSessionState's functions, its name and text. */
    public record FunctionEntry(String name, String definition) implements DotNetTyped {
        @Override
        public DotNetType dotNetType() {
            return FUNCTION_ENTRY;
        }
    }

    /** InitialSessionStateEntryCollection`1 of the commands: indexed by name, each name's entries. */
    public static final class CommandEntries implements DotNetTyped {
        private final List<FunctionEntry> entries = new ArrayList<>();

        @Override
        public DotNetType dotNetType() {
            return COMMAND_ENTRIES;
        }

        CommandEntries() {
            for (String[] function : BuiltInFunctions.definitions()) {
                entries.add(new FunctionEntry(function[0], function[1]));
            }
        }

        private GenericList named(String name) {
            GenericList result = new GenericList(CoreTypes.COLLECTION.makeGenericType(FUNCTION_ENTRY));
            for (FunctionEntry entry : entries) {
                if (entry.name().equalsIgnoreCase(name)) {
                    result.add(entry);
                }
            }
            return result;
        }
    }

    public static final DotNetType FUNCTION_ENTRY = CoreTypes.define(RUNSPACES, "SessionStateFunctionEntry",
            FunctionEntry.class, b -> b
                    .property("Name", CoreTypes.STRING, e -> ((FunctionEntry) e).name())
                    .property("Definition", CoreTypes.STRING, e -> ((FunctionEntry) e).definition())
                    .property("CommandType", CoreTypes.STRING, e -> "Function"));
    public static final DotNetType COMMAND_ENTRIES = CoreTypes.define(RUNSPACES,
            "InitialSessionStateEntryCollection`1", CommandEntries.class, b -> b
                    .property("Count", CoreTypes.INT32, c -> ((CommandEntries) c).entries.size())
                    .method("get_Item", CoreTypes.OBJECT,
                            (c, a) -> ((CommandEntries) c).named(LanguagePrimitives.toStringValue(a[0])),
                            param("name", CoreTypes.STRING)));
    public static final DotNetType INITIAL_SESSION_STATE = CoreTypes.define(RUNSPACES, "InitialSessionState",
            InitialSessionState.class, b -> b
                    .staticMethod("CreateDefault", b.type(), (t, a) -> new InitialSessionState())
                    .staticMethod("CreateDefault2", b.type(), (t, a) -> new InitialSessionState())
                    .property("Commands", COMMAND_ENTRIES, i -> new CommandEntries()));
    public static final DotNetType TYPE = CoreTypes.define(RUNSPACES, "RunspaceFactory", RunspaceFactory.class,
            RunspaceFactory::defineMembers);

    static {
        CoreTypes.register(INITIAL_SESSION_STATE, "initialsessionstate");
        CoreTypes.register(TYPE, "runspacefactory");
    }

    private RunspaceFactory() {
    }

    private static void defineMembers(org.jposh.interpreter.runtime.TypeAdapter.Builder b) {
        b.staticMethod("CreateRunspace", LocalRunspace.BASE_TYPE, (t, a) -> new LocalRunspace(PoshContext.get(null)));
        b.staticMethod("CreateRunspace", LocalRunspace.BASE_TYPE, (t, a) -> new LocalRunspace(PoshContext.get(null)),
                param("initialSessionState", INITIAL_SESSION_STATE));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE, (t, a) -> new RunspacePool(PoshContext.get(null), 1, 1));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE, (t, a) -> new RunspacePool(PoshContext.get(null), 1, 1),
                param("initialSessionState", INITIAL_SESSION_STATE));
        b.staticMethod("CreateRunspacePool", RunspacePool.TYPE,
                (t, a) -> new RunspacePool(PoshContext.get(null), (Integer) a[0], (Integer) a[1]),
                param("minRunspaces", CoreTypes.INT32), param("maxRunspaces", CoreTypes.INT32));
    }
}
