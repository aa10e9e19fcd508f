package org.jposh.interpreter.runtime;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.ActionPreference;
import org.jposh.interpreter.commands.ConfirmImpact;
import org.jposh.interpreter.commands.RuntimeDefinedParameter;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.AliasTable;
import org.jposh.interpreter.commands.CommandInfoTypes;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.CommandTable;
import org.jposh.interpreter.commands.DrivePathResolver;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.ModuleAutoLoader;
import org.jposh.interpreter.commands.ModuleFinder;
import org.jposh.interpreter.commands.NativeCommandProcessor;
import org.jposh.interpreter.commands.NativeArgumentGlobber;
import org.jposh.interpreter.commands.SessionStateIntrinsics;

/**
 * What a runspace knows: its scopes, its commands, and its current location with the location stacks
 * of Push-Location and Pop-Location.
 *
 * <p>The location belongs to the session, not to the process: relative paths in cmdlets resolve
 * against {@link #location()}, never against the JVM's working directory, so that several runspaces
 * in one process each have their own. Only the FileSystem provider exists so far, so a location is an
 * absolute, normalized file-system path; it starts as the process's working directory, as pwsh's does.
 */
public final class SessionState {
    /** The stack Push-Location and Pop-Location use when no -StackName is given. */
    public static final String DEFAULT_STACK_NAME = "default";
    private static final int MAXIMUM_ERROR_COUNT = 256;

    private final SessionStateScope global;
    private SessionStateScope currentScope;
    private final CallStack callStack = new CallStack();
    private StackOverflowError pendingOverflow;
    private int overflowDepth;
    private final CommandTable commands;
    private final AliasTable aliases;
    private Path location = startingLocation();
    private final Map<String, Deque<Path>> locationStacks = new HashMap<>();
    private final Map<String, String> environment = new HashMap<>(System.getenv());
    private final Map<Class<?>, Object> extensions = new HashMap<>();
    private final ScriptTypes types = new ScriptTypes();
    private volatile ModuleFinder moduleFinder;
    private volatile NativeArgumentGlobber nativeArgumentGlobber;
    private volatile DrivePathResolver drivePathResolver;
    private volatile ModuleAutoLoader moduleAutoLoader;
    private volatile SessionStateIntrinsics intrinsics;

    private final ArrayList errors = new ArrayList();

    /**
     * A session of {@code context} with the automatic variables and built-in aliases, set up by the providers of
     * {@code commands}.
     */
    public SessionState(PoshContext context, CommandTable commands) {
        this.global = SessionStateScope.global(context);
        this.currentScope = global;
        this.aliases = AliasTable.withBuiltIns(global.commandVersion());
        this.commands = commands;
        CommandInfoTypes.register();
        RuntimeDefinedParameter.register();
        defineInitialVariables();
        BuiltInFunctions.define(this);
    }

    /**
     * Puts the session's variables back as a new session has them, as pwsh's ResetRunspaceState does
     * before ForEach-Object -Parallel reuses a runspace: every global variable goes, the automatic and
     * preference ones are defined anew, $Error is emptied and the location is the process's working
     * directory again. Functions, aliases and the classes scripts declared stay.
     */
    public void resetVariables() {
        global.clearVariables();
        errors.clear();
        location = startingLocation();
        defineInitialVariables();
    }

    /** Where a session starts: the process's working directory, as pwsh's does. */
    private static Path startingLocation() {
        return Path.of(System.getProperty("user.dir")).toAbsolutePath().normalize();
    }

    private void defineInitialVariables() {
        global.set("Error", errors);
        global.set("ErrorActionPreference", ActionPreference.Continue.value());
        global.set("WarningPreference", ActionPreference.Continue.value());
        global.set("VerbosePreference", ActionPreference.SilentlyContinue.value());
        global.set("DebugPreference", ActionPreference.SilentlyContinue.value());
        global.set("InformationPreference", ActionPreference.SilentlyContinue.value());
        global.set("ProgressPreference", ActionPreference.Continue.value());
        global.set("ConfirmPreference", ConfirmImpact.High.value());
        global.set("WhatIfPreference", false);
        global.setVariable(PSVariable.constrained("PSNativeCommandArgumentPassing",
                NativeCommandProcessor.ARGUMENT_PASSING_STYLE, new EnumValue(NativeCommandProcessor.ARGUMENT_PASSING_STYLE, 1)));
        global.setVariable(PSVariable.constrained("PSDefaultParameterValues", DefaultParameterDictionary.TYPE,
                new DefaultParameterDictionary()));
        global.set("MaximumErrorCount", MAXIMUM_ERROR_COUNT);
        AutomaticVariables.define(this);
        commands.initializeSession(this);
    }

    /**
     * What a library above the interpreter keeps per session, such as the job table of Start-Job or the
     * modules Import-Module loaded: one instance per class, made by {@code create} on first use.
     */
    public <T> T extension(Class<T> type, Supplier<T> create) {
        synchronized (extensions) {
            return type.cast(extensions.computeIfAbsent(type, k -> create.get()));
        }
    }

    /** $Error: the errors of the session, newest first. */
    public ArrayList errors() {
        return errors;
    }

    /**
     * Records an error in $Error, newest first, unless it is already the newest (an error that unwinds
     * through several statement lists is recorded once), keeping at most $MaximumErrorCount.
     */
    public void recordError(ErrorRecord error) {
        if (!errors.isEmpty() && errors.getFirst() == error) {
            return;
        }
        errors.addFirst(error);
        Object max = global.get("MaximumErrorCount");
        int limit = max instanceof Integer i ? i : MAXIMUM_ERROR_COUNT;
        while (errors.size() > Math.max(limit, 0)) {
            errors.removeLast();
        }
    }

    /** A preference variable ($ErrorActionPreference...) as the scope sees it; {@code fallback} when unset or invalid. */
    public static ActionPreference preference(SessionStateScope scope, String variable, ActionPreference fallback) {
        return ActionPreference.from(scope.get(variable), fallback);
    }

    /** The classes and enums that scripts of this session have declared so far. */
    public ScriptTypes types() {
        return types;
    }

    /** What finds the modules of {@code using module} statements; null when no library provides modules. */
    public ModuleFinder moduleFinder() {
        return moduleFinder;
    }

    public void setModuleFinder(ModuleFinder finder) {
        moduleFinder = finder;
    }

    /** $ExecutionContext.SessionState; null when no library provides it. */
    public SessionStateIntrinsics intrinsics() {
        return intrinsics;
    }

    public void setIntrinsics(SessionStateIntrinsics intrinsics) {
        this.intrinsics = intrinsics;
    }

    /** What expands the wildcard arguments of programs; null when no library provides the file system. */
    public NativeArgumentGlobber nativeArgumentGlobber() {
        return nativeArgumentGlobber;
    }

    public void setNativeArgumentGlobber(NativeArgumentGlobber globber) {
        nativeArgumentGlobber = globber;
    }

    public void setDrivePathResolver(DrivePathResolver resolver) {
        drivePathResolver = resolver;
    }

    public void setModuleAutoLoader(ModuleAutoLoader loader) {
        moduleAutoLoader = loader;
    }

    /**
     * Imports the available module that exports a command the session lacks, as $PSModuleAutoLoadingPreference allows
     * (All, the default; ModuleQualified only for {@code Module\Command}; None never). Returns whether one was.
     */
    public boolean autoLoadModule(String moduleName, String commandName) {
        ModuleAutoLoader loader = moduleAutoLoader;
        if (loader == null) {
            return false;
        }
        Object preference = currentScope().find("PSModuleAutoLoadingPreference");
        String mode = preference == SessionStateScope.UNSET || preference == null ? "All"
                : LanguagePrimitives.toStringValue(preference);
        if (mode.equalsIgnoreCase("None") || mode.equalsIgnoreCase("ModuleQualified") && moduleName == null) {
            return false;
        }
        return loader.importModuleExporting(this, moduleName, commandName);
    }

    public SessionStateScope global() {
        return global;
    }

    /**
     * The scope of the code running now: script blocks make their scope current while they run, and
     * cmdlets that run script blocks or read variables (ForEach-Object, Get-Variable) work in it.
     */
    public SessionStateScope currentScope() {
        return currentScope;
    }

    public void setCurrentScope(SessionStateScope scope) {
        currentScope = scope;
    }

    /** The script frames running now. */
    public CallStack callStack() {
        return callStack;
    }

    /**
     * Whether the script block running now turns the thread's stack overflow into pwsh's CallDepthOverflow error,
     * or lets it go on to its caller. Making the error takes stack of its own (and a class initialised with too
     * little stack stays broken for good), so the block where the stack ran out lets it pass, and so do its
     * callers up to an eighth of that depth, or 16 calls; the outermost block always makes it.
     */
    public boolean handlesStackOverflow(StackOverflowError overflow) {
        if (overflow != pendingOverflow) {
            pendingOverflow = overflow;
            overflowDepth = callStack.depth();
        }
        int callDepth = callStack.depth();
        if (callDepth > 1 && callDepth > overflowDepth - Math.max(16, overflowDepth / 8)) {
            return false;
        }
        pendingOverflow = null;
        return true;
    }

    /**
     * An environment variable ($env:NAME) as this session sees it: the process's environment with the
     * session's changes, which child processes inherit. Names are case-sensitive, as on Linux.
     */
    public String getEnvironmentVariable(String name) {
        return environment.get(name);
    }

    /** Sets an environment variable for this session and its child processes; null removes it. */
    public void setEnvironmentVariable(String name, String value) {
        if (value == null || value.isEmpty()) {
            environment.remove(name);
        } else {
            environment.put(name, value);
        }
    }

    /** The session's environment, for starting child processes. */
    public Map<String, String> environment() {
        return Map.copyOf(environment);
    }

    /**
     * The command a name calls, as discovery finds it from the current scope: an alias (not followed),
     * then a function, then a cmdlet; null when none has the name (it may still be a program or script).
     */
    public CommandInfo findCommand(String name) {
        AliasInfo alias = aliases.get(name);
        if (alias != null) {
            return alias;
        }
        FunctionInfo function = currentScope.getFunction(name);
        return function != null ? function : commands.find(name);
    }

    /** The session's aliases (see {@link AliasTable} on why they are not scoped). */
    public AliasTable aliases() {
        return aliases;
    }

    public CommandTable commands() {
        return commands;
    }

    /** The current location ($PWD): an absolute, normalized path. */
    public Path location() {
        return location;
    }

    /**
     * {@link #resolveFileSystemPath(Path, String)} from the current location; a path on one of the session's
     * FileSystem drives ({@code TestDrive:\x.ps1}) is the file it names there.
     */
    public Path resolveFileSystemPath(String path) {
        DrivePathResolver drives = drivePathResolver;
        Path onDrive = drives == null || path.indexOf(':') <= 0 ? null : drives.resolve(this, path);
        return onDrive != null ? onDrive : resolveFileSystemPath(location, path);
    }

    /**
     * A file-system path as pwsh on Unix takes one: {@code \} is a separator as well as {@code /}
     * ({@code . $PSScriptRoot\lib.ps1}), {@code ~} is the home folder, a relative path is relative to {@code base}.
     */
    public static Path resolveFileSystemPath(Path base, String path) {
        String p = path.replace('\\', '/');
        if (p.equals("~") || p.startsWith("~/")) {
            p = System.getProperty("user.home") + p.substring(1);
        }
        return base.resolve(p).normalize();
    }

    /** Sets the current location; the caller has checked that it is an existing container. */
    public void setLocation(Path path) {
        if (!path.isAbsolute()) {
            throw new IllegalArgumentException("a location is absolute: " + path);
        }
        location = path.normalize();
    }

    /** Pushes the current location onto the named stack (case-insensitive), creating the stack. */
    public void pushLocation(String stackName) {
        locationStacks.computeIfAbsent(key(stackName), k -> new ArrayDeque<>()).push(location);
    }

    /** Whether the stack exists: the default one always does, others while they hold locations. */
    public boolean hasLocationStack(String stackName) {
        return locationStacks.containsKey(key(stackName)) || key(stackName).equals(DEFAULT_STACK_NAME);
    }

    /**
     * Removes and returns the top of the named stack, or null when it is empty or absent. A stack
     * other than the default one disappears when emptied, as in pwsh.
     */
    public Path popLocation(String stackName) {
        Deque<Path> stack = locationStacks.get(key(stackName));
        if (stack == null || stack.isEmpty()) {
            return null;
        }
        Path top = stack.pop();
        if (stack.isEmpty() && !key(stackName).equals(DEFAULT_STACK_NAME)) {
            locationStacks.remove(key(stackName));
        }
        return top;
    }

    /** The locations of the named stack, top first; empty when absent. */
    public List<Path> locationStack(String stackName) {
        Deque<Path> stack = locationStacks.get(key(stackName));
        return stack == null ? List.of() : List.copyOf(stack);
    }

    private static String key(String stackName) {
        return stackName.toLowerCase(Locale.ROOT);
    }
}
