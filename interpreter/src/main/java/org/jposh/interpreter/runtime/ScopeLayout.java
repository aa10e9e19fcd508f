package org.jposh.interpreter.runtime;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;

/**
 * The variables a script block assigns, each given a slot in the scopes that run the block (pwsh's
 * locals tuple), so that reading and writing them is an array access instead of a search by name.
 * The compiler declares names as it meets assignments; the layout is frozen before the block first
 * runs. Every layout starts with the automatic variables the engine sets when it invokes a block.
 * Names are case-insensitive, and {@code $PSItem} is another name for {@code $_}.
 */
public final class ScopeLayout {
    public static final int DOLLAR_UNDER = 0;
    public static final int ARGS = 1;
    public static final int INPUT = 2;
    public static final int THIS = 3;
    public static final int PS_BOUND_PARAMETERS = 4;
    public static final int MY_INVOCATION = 5;
    /** An advanced function's $PSCmdlet, set for every call. */
    public static final int PS_CMDLET = 6;
    private static final String[] AUTOMATIC = {"_", "args", "input", "this", "PSBoundParameters", "MyInvocation",
        "PSCmdlet"};

    /** How many slots the automatic variables take: the same first slots in every layout. */
    public static final int AUTOMATIC_SLOTS = AUTOMATIC.length;

    /** The layout of scopes that run code compiled for no particular scope (global, dot-sourced scripts). */
    public static final ScopeLayout AUTOMATIC_ONLY = new ScopeLayout().freeze();

    private final List<String> names = new ArrayList<>();
    private final HashMap<String, Integer> indexes = new HashMap<>();
    private DotNetType[] parameterTypes = new DotNetType[0];
    private boolean frozen;

    public ScopeLayout() {
        for (String name : AUTOMATIC) {
            declare(name);
        }
    }

    /** The slot of {@code name}, added if new. */
    public int declare(String name) {
        Integer index = indexes.get(key(name));
        if (index != null) {
            return index;
        }
        if (frozen) {
            throw new IllegalStateException("the layout is frozen: " + name);
        }
        names.add(canonicalName(name));
        indexes.put(key(name), names.size() - 1);
        return names.size() - 1;
    }

    /**
     * Declares the slot a parameter of {@code type}: a scope binding the parameter keeps the converted value
     * in the slot itself, and the slot stands for a variable constrained to the type (see
     * {@link SessionStateScope#bindParameter}). A call of a function with typed parameters thus makes no
     * variable object per parameter.
     */
    public void setParameterType(int slot, DotNetType type) {
        if (frozen) {
            throw new IllegalStateException("the layout is frozen: " + name(slot));
        }
        if (parameterTypes.length <= slot) {
            parameterTypes = Arrays.copyOf(parameterTypes, slot + 1);
        }
        parameterTypes[slot] = type;
    }

    /** The type of the typed parameter whose slot this is, or null. */
    public DotNetType parameterType(int slot) {
        return slot < parameterTypes.length ? parameterTypes[slot] : null;
    }

    public ScopeLayout freeze() {
        frozen = true;
        return this;
    }

    /** The slot of {@code name}, or -1 when the block does not assign it. */
    public int indexOf(String name) {
        return slotOfKey(key(name));
    }

    /** {@link #indexOf} for a name already made a key by {@link #key}: scopes look names up once per scope. */
    int slotOfKey(String key) {
        Integer index = indexes.get(key);
        return index == null ? -1 : index;
    }

    public int size() {
        return names.size();
    }

    public String name(int slot) {
        return names.get(slot);
    }

    /** The name variables are stored under: {@code PSItem} is {@code _}. */
    public static String canonicalName(String name) {
        return name.equalsIgnoreCase("PSItem") ? "_" : name;
    }

    static String key(String name) {
        return canonicalName(name).toLowerCase(Locale.ROOT);
    }
}
