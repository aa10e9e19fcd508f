package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jposh.grammar.ast.Extent;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.FunctionInfo;
import java.util.Set;
import java.util.TreeSet;

/**
 * One scope of variables and functions. Scopes chain to their parent dynamically (a function's scope
 * is a child of its caller's), names are case-insensitive, and a variable not set here is looked up
 * in each enclosing scope, private variables excepted.
 *
 * <p>The variables the running block assigns live in {@link #slots()}, laid out by the block's
 * {@link ScopeLayout}; the nodes of that block index the slots directly. Any other variable (set by a
 * dot-sourced block, by a cmdlet, or at the prompt) lives in a map. A slot or map entry holds either
 * the value itself or a {@link PSVariable} when the variable needs one; a value that is itself a
 * PSVariable is wrapped, so the two never mix up.
 */
public final class SessionStateScope {
    /** What a slot holds until its variable is first set in this scope. */
    public static final Object UNSET = new Object() {
        @Override
        public String toString() {
            return "<unset>";
        }
    };

    private final SessionStateScope parent;
    private final PoshContext context;
    private final ScopeLayout layout;
    private final Object[] slots;
    private final boolean scriptScope;
    private final SessionStateScope nearestScriptScope;
    /** The scope of the module whose code runs here (the nearest module scope), or null outside modules. */
    private SessionStateScope nearestModuleScope;
    private final CommandTableVersion commandVersion;
    private HashMap<String, Object> variables;
    /** The names of the map's variables as first set, which PowerShell keeps (Get-Variable shows them). */
    private HashMap<String, String> spellings;
    private LinkedHashMap<String, FunctionInfo> functions;
    /** The keys of the functions defined here with {@code private:}. */
    private HashSet<String> privateFunctions;
    /** Set-StrictMode's major version for this scope and the scopes under it; 0 is off, -1 not set here. */
    private int strictModeVersion = STRICT_MODE_NOT_SET;
    private static final int STRICT_MODE_NOT_SET = -1;
    /**
     * Whether a {@code return} ended the block running in this scope, and a class method's value: kept here
     * rather than in the block's frame, so that a call's frame needs no slots (each slot kind is an array
     * Truffle allocates per call). A dot-sourced block runs in its caller's scope, so its root keeps the
     * caller's flag aside while it runs.
     */
    private boolean returned;
    private Object returnValue;
    /** The command or method call the block running in this scope runs now: see {@link CallStack}. */
    private Extent position;

    /**
     * The global scope of {@code context}'s session, which is also the script scope of code run at the prompt.
     * Every scope under it belongs to the same context.
     */
    public static SessionStateScope global(PoshContext context) {
        return new SessionStateScope(null, context, ScopeLayout.AUTOMATIC_ONLY, true);
    }

    /**
     * @param scriptScope whether {@code $script:} resolves here: a script file's scope, or the global one
     */
    public SessionStateScope(SessionStateScope parent, ScopeLayout layout, boolean scriptScope) {
        this(parent, parent.context, layout, scriptScope);
    }

    private SessionStateScope(SessionStateScope parent, PoshContext context, ScopeLayout layout, boolean scriptScope) {
        this.parent = parent;
        this.context = context;
        this.layout = layout;
        this.slots = new Object[layout.size()];
        Arrays.fill(slots, UNSET);
        this.scriptScope = scriptScope;
        this.nearestScriptScope = scriptScope || parent == null ? this : parent.nearestScriptScope;
        this.nearestModuleScope = parent == null ? null : parent.nearestModuleScope;
        this.commandVersion = parent == null ? new CommandTableVersion() : parent.commandVersion;
    }

    public SessionStateScope parent() {
        return parent;
    }

    /**
     * The context whose session the scope belongs to. Code running in the scope finds its context here: the
     * context's own lookup reads a thread-local, which outside compiled code is a call into the VM.
     */
    public PoshContext context() {
        return context;
    }

    public ScopeLayout layout() {
        return layout;
    }

    /** The slots of the layout's variables, for the nodes of the block this scope runs. */
    public Object[] slots() {
        return slots;
    }

    /** The nearest script scope: {@code $script:} variables and a script's functions live there. */
    public SessionStateScope scriptScope() {
        return nearestScriptScope;
    }

    /** The scope of the module whose code runs here, or null outside modules. */
    public SessionStateScope moduleScope() {
        return nearestModuleScope;
    }

    /** Makes this new scope a module's: the scopes made under it belong to the module. */
    public void markModuleScope() {
        nearestModuleScope = this;
    }

    /** The version of the function definitions of the session this scope belongs to. */
    public CommandTableVersion commandVersion() {
        return commandVersion;
    }

    /** The scope {@code depth} levels up (0 is this one), as Get-Variable -Scope N counts, or null. */
    public SessionStateScope ancestor(int depth) {
        SessionStateScope s = this;
        for (int i = 0; i < depth && s != null; i++) {
            s = s.parent;
        }
        return s;
    }

    public boolean returned() {
        return returned;
    }

    public void setReturned(boolean returned) {
        this.returned = returned;
    }

    public Object returnValue() {
        return returnValue;
    }

    public void setReturnValue(Object value) {
        returnValue = value;
    }

    /** Where the block running in this scope is, as its last command or method call marked it; null before. */
    public Extent position() {
        return position;
    }

    public void setPosition(Extent position) {
        this.position = position;
    }

    // ---- strict mode ----

    /** Set-StrictMode in this scope: its major version, 0 for -Off. */
    public void setStrictModeVersion(int majorVersion) {
        strictModeVersion = majorVersion;
    }

    /**
     * Whether strict mode of at least {@code majorVersion} applies here: the nearest scope that ran
     * Set-StrictMode decides. Asked only on the paths where a lookup found nothing, so code that never
     * fails a lookup never walks the scopes.
     */
    public boolean isStrictVersion(int majorVersion) {
        for (SessionStateScope s = this; s != null; s = s.parent) {
            if (s.strictModeVersion != STRICT_MODE_NOT_SET) {
                return s.strictModeVersion >= majorVersion;
            }
        }
        return false;
    }

    /**
     * Makes this scope the top of strict mode's search, as a module's scope is in pwsh: the caller's
     * strict mode does not reach a module's code, only what the module sets itself.
     */
    public void isolateStrictMode() {
        strictModeVersion = 0;
    }

    // ---- variables ----

    /** The value of the variable, looked up here and then outward; absent variables read as $null. */
    public Object get(String name) {
        Object raw = lookup(name);
        return raw == UNSET ? null : valueOf(raw);
    }

    /** The value of the variable, looked up here and then outward, or {@link #UNSET} when there is none. */
    public Object find(String name) {
        Object raw = lookup(name);
        return raw == UNSET ? UNSET : valueOf(raw);
    }

    /** Whether the variable exists here or in an enclosing scope (private ones of enclosing scopes excluded). */
    public boolean exists(String name) {
        return lookup(name) != UNSET;
    }

    private Object lookup(String name) {
        String key = ScopeLayout.key(name);
        for (SessionStateScope s = this; s != null; s = s.parent) {
            Object raw = s.localRaw(key);
            if (raw != UNSET && (s == this || !(raw instanceof PSVariable v && v.isPrivate()))) {
                return raw;
            }
        }
        return UNSET;
    }

    /** The value of the variable in this scope only, or UNSET. */
    public Object getLocal(String name) {
        Object raw = localRaw(ScopeLayout.key(name));
        return raw == UNSET ? UNSET : valueOf(raw);
    }

    /**
     * Sets the variable in this scope, shadowing any of the same name further out; a variable already
     * here keeps its type constraint and options.
     */
    public void set(String name, Object value) {
        String key = ScopeLayout.key(name);
        Object raw = localRaw(key);
        if (raw == UNSET) {
            raw = adoptAllScope(key, name);
        }
        if (raw instanceof PSVariable variable) {
            variable.setValue(value);
        } else {
            store(key, name, slotValue(name, value));
        }
    }

    /**
     * Takes into this scope the AllScope variable of that name an enclosing scope has, to share rather than
     * shadow it (see {@link AllScopeNames}); null when there is none.
     */
    private PSVariable adoptAllScope(String key, String name) {
        PSVariable shared = inheritedAllScope(key);
        if (shared != null) {
            store(key, name, shared);
        }
        return shared;
    }

    private PSVariable inheritedAllScope(String key) {
        if (parent == null || !AllScopeNames.contains(key)) {
            return null;
        }
        for (SessionStateScope s = parent; s != null; s = s.parent) {
            Object raw = s.localRaw(key);
            if (raw != UNSET) {
                return raw instanceof PSVariable variable && variable.isAllScope() ? variable : null;
            }
        }
        return null;
    }

    /**
     * Binds a parameter of the block this scope runs, in its slot ({@code -1}: by name, for a scope of
     * another layout): a typed parameter becomes a variable that keeps its type (later assignments
     * convert), in its own slot the converted value alone, whose type the layout knows; an untyped one is
     * set as an assignment sets it (through the variable it may already be).
     *
     * @throws PSRuntimeException when the value does not convert to the type
     */
    public void bindParameter(int slot, String name, DotNetType type, Object value) {
        if (type != null && slot >= 0 && layout.parameterType(slot) == type) {
            Object converted = LanguagePrimitives.convertTo(value, type);
            slots[slot] = converted instanceof PSVariable ? PSVariable.typed(name, type, converted) : converted;
        } else if (type != null) {
            PSVariable variable = PSVariable.constrained(name, type, value);
            if (slot >= 0) {
                slots[slot] = variable;
            } else {
                setVariable(variable);
            }
        } else if (slot < 0) {
            set(name, value);
        } else if (slotRaw(slot) instanceof PSVariable variable) {
            variable.setValue(value);
        } else {
            storeInSlot(slot, name, slotValue(name, value));
        }
    }

    /** Puts the variable object itself in this scope, replacing what was there (New-Variable, typed assignment). */
    public void setVariable(PSVariable variable) {
        PSVariable shared = isSet(variable.getName()) ? null : inheritedAllScope(ScopeLayout.key(variable.getName()));
        if (shared != null && (shared.isConstant() || shared.isReadOnly())) {
            throw PSVariable.notWritable(shared.getName());
        }
        store(ScopeLayout.key(variable.getName()), variable.getName(), variable);
    }

    /**
     * The variable as an object, found as {@link #get} finds it, or null. A plain value is turned into
     * a PSVariable in place, so that what is done to the object is done to the variable.
     */
    public PSVariable getVariable(String name) {
        String key = ScopeLayout.key(name);
        for (SessionStateScope s = this; s != null; s = s.parent) {
            PSVariable variable = s.getLocalVariable(key);
            if (variable != null && (s == this || !variable.isPrivate())) {
                return variable;
            }
        }
        return null;
    }

    /** The variable of this scope only, as an object (see {@link #getVariable}), or null. */
    public PSVariable getLocalVariable(String name) {
        String key = ScopeLayout.key(name);
        Object raw = localRaw(key);
        if (raw == UNSET) {
            return adoptAllScope(key, name);
        }
        if (raw instanceof PSVariable variable) {
            return variable;
        }
        int slot = layout.slotOfKey(key);
        String spelled = slot >= 0 ? layout.name(slot) : spellings.get(key);
        PSVariable variable = new PSVariable(spelled, raw);
        store(key, spelled, variable);
        return variable;
    }

    /** Removes the variable from this scope; false when it was not here. */
    public boolean remove(String name) {
        String key = ScopeLayout.key(name);
        int slot = layout.slotOfKey(key);
        if (slot >= 0 && slots[slot] != UNSET) {
            slots[slot] = UNSET;
            return true;
        }
        if (variables == null || !variables.containsKey(key)) {
            return false;
        }
        variables.remove(key);
        spellings.remove(key);
        return true;
    }

    /** The variables set in this scope, by name, as objects. */
    public Map<String, PSVariable> localVariables() {
        Map<String, PSVariable> result = new LinkedHashMap<>();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != UNSET) {
                result.put(layout.name(i), getLocalVariable(layout.name(i)));
            }
        }
        if (variables != null) {
            for (String key : variables.keySet().toArray(String[]::new)) {
                PSVariable variable = getLocalVariable(spellings.get(key));
                result.put(variable.getName(), variable);
            }
        }
        return result;
    }

    /** Removes every variable of this scope (a runspace reset for reuse starts its global scope afresh). */
    public void clearVariables() {
        Arrays.fill(slots, UNSET);
        variables = null;
        spellings = null;
    }

    /** Whether the variable is set in this scope itself. */
    public boolean isSet(String name) {
        return localRaw(ScopeLayout.key(name)) != UNSET;
    }

    /** The names of the variables set in this scope itself, spelled as when first set. */
    public List<String> names() {
        List<String> names = new ArrayList<>();
        for (int i = 0; i < slots.length; i++) {
            if (slots[i] != UNSET) {
                names.add(layout.name(i));
            }
        }
        if (spellings != null) {
            names.addAll(spellings.values());
        }
        return names;
    }

    /** The names of the variables visible from this scope (this one's and its parents'), as spelled. */
    public Set<String> visibleNames() {
        Set<String> names = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
        for (SessionStateScope s = this; s != null; s = s.parent) {
            names.addAll(s.names());
        }
        return names;
    }

    private Object localRaw(String key) {
        int slot = layout.slotOfKey(key);
        if (slot >= 0) {
            return slotRaw(slot);
        }
        if (variables == null) {
            return UNSET;
        }
        return variables.getOrDefault(key, UNSET);
    }

    /**
     * What the slot holds, a typed parameter's plain value made the variable it stands for (in place), so
     * that the paths by name see its type constraint.
     */
    private Object slotRaw(int slot) {
        Object raw = slots[slot];
        DotNetType type = layout.parameterType(slot);
        if (type == null || raw == UNSET || raw instanceof PSVariable) {
            return raw;
        }
        PSVariable variable = PSVariable.typed(layout.name(slot), type, raw);
        slots[slot] = variable;
        return variable;
    }

    /** Stores a plain value or a variable object in a slot; a typed parameter's takes only the latter. */
    private void storeInSlot(int slot, String name, Object raw) {
        // a plain value in a typed parameter's slot would stand for a constrained variable
        slots[slot] = raw instanceof PSVariable || layout.parameterType(slot) == null ? raw : new PSVariable(name, raw);
    }

    private void store(String key, String name, Object raw) {
        int slot = layout.slotOfKey(key);
        if (slot >= 0) {
            storeInSlot(slot, name, raw);
            return;
        }
        if (variables == null) {
            variables = new HashMap<>();
            spellings = new HashMap<>();
        }
        variables.put(key, raw);
        spellings.putIfAbsent(key, ScopeLayout.canonicalName(name));
    }

    /**
     * A value as a slot or map entry holds it: one holding a PSVariable stands for that variable, so a value
     * that is itself a PSVariable (Get-Variable's output as {@code $_}) goes in wrapped in a variable of its own.
     */
    public static Object slotValue(String name, Object value) {
        return value instanceof PSVariable ? new PSVariable(name, value) : value;
    }

    /** The value a slot or map entry stands for. */
    public static Object valueOf(Object raw) {
        return raw instanceof PSVariable variable ? variable.getValue() : raw;
    }

    // ---- functions ----

    /**
     * The scope a {@code global:}, {@code script:}, {@code local:} or {@code private:} qualifier in a variable name
     * names from this one (this one for {@code local:}, {@code private:} or another).
     */
    public SessionStateScope qualifiedScope(String qualifier) {
        if (qualifier.equalsIgnoreCase("global")) {
            SessionStateScope global = this;
            while (global.parent != null) {
                global = global.parent;
            }
            return global;
        }
        return qualifier.equalsIgnoreCase("script") ? scriptScope() : this;
    }

    /** The function of that name here or in an enclosing scope (private ones of enclosing scopes excluded), or null. */
    public FunctionInfo getFunction(String name) {
        String key = ScopeLayout.key(name);
        for (SessionStateScope s = this; s != null; s = s.parent) {
            if (s.functions != null) {
                FunctionInfo function = s.functions.get(key);
                if (function != null && (s == this || !s.isPrivateFunction(key))) {
                    return function;
                }
            }
        }
        return null;
    }

    /** Defines the function here; a private one ({@code function private:f}) is not seen from the scopes under this one. */
    public void setFunction(FunctionInfo function) {
        if (functions == null) {
            functions = new LinkedHashMap<>();
        }
        String key = ScopeLayout.key(function.name());
        functions.put(key, function);
        if (function.isPrivate()) {
            if (privateFunctions == null) {
                privateFunctions = new HashSet<>();
            }
            privateFunctions.add(key);
        } else if (privateFunctions != null) {
            privateFunctions.remove(key);
        }
        commandVersion.changed(!scriptScope);
    }

    private boolean isPrivateFunction(String key) {
        return privateFunctions != null && privateFunctions.contains(key);
    }

    public boolean removeFunction(String name) {
        commandVersion.changed(!scriptScope);
        String key = ScopeLayout.key(name);
        if (privateFunctions != null) {
            privateFunctions.remove(key);
        }
        return functions != null && functions.remove(key) != null;
    }

    /** The functions defined in this scope itself, in the order they were first defined (a module's, to export). */
    public List<FunctionInfo> localFunctions() {
        return functions == null ? List.of() : List.copyOf(functions.values());
    }

    /** The functions visible from here, innermost first for each name. */
    public Map<String, FunctionInfo> visibleFunctions() {
        Map<String, FunctionInfo> result = new LinkedHashMap<>();
        for (SessionStateScope s = this; s != null; s = s.parent) {
            if (s.functions != null) {
                SessionStateScope scope = s;
                s.functions.forEach((key, function) -> {
                    if (scope == this || !scope.isPrivateFunction(key)) {
                        result.putIfAbsent(key, function);
                    }
                });
            }
        }
        return result;
    }
}
