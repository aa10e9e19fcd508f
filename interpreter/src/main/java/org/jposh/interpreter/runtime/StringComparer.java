package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.Comparator;

/**
 * System.StringComparer's six comparers ({@code [StringComparer]::OrdinalIgnoreCase}...): they compare strings (an
 * IComparer: {@code $list.Sort([StringComparer]::Ordinal)}) and decide key equality for the hashtables, dictionaries
 * and hash sets made with one ({@code [hashtable]::new([StringComparer]::Ordinal)}). The culture comparers order
 * strings as the invariant culture does (JPosh's current culture is invariant for comparisons); as equality
 * comparers they compare as the ordinal ones, which differs only for strings .NET's cultures deem equal though
 * spelled differently.
 */
public final class StringComparer implements Comparator<Object>, DotNetTyped {
    private static final StringComparer ORDINAL = new StringComparer(false, false);
    private static final StringComparer ORDINAL_IGNORE_CASE = new StringComparer(false, true);
    private static final StringComparer CULTURE = new StringComparer(true, false);
    private static final StringComparer CULTURE_IGNORE_CASE = new StringComparer(true, true);

    private final boolean culture;
    private final boolean ignoreCase;

    private StringComparer(boolean culture, boolean ignoreCase) {
        this.culture = culture;
        this.ignoreCase = ignoreCase;
    }

    /** Whether keys that differ only in case are the same key. */
    public boolean ignoreCase() {
        return ignoreCase;
    }

    /** StringComparer.Compare: $null first, then the strings, ordinally (by UTF-16 code unit) or by culture. */
    @Override
    public int compare(Object x, Object y) {
        Object a = PSObject.base(x);
        Object b = PSObject.base(y);
        if (a == null || b == null) {
            return a == b ? 0 : a == null ? -1 : 1;
        }
        String left = LanguagePrimitives.toStringValue(a);
        String right = LanguagePrimitives.toStringValue(b);
        if (culture) {
            return ComparisonOperators.stringCompare(left, right, ignoreCase);
        }
        return ignoreCase ? left.compareToIgnoreCase(right) : left.compareTo(right);
    }

    private boolean areEqual(Object x, Object y) {
        return compare(x, y) == 0;
    }

    @Override
    public DotNetType dotNetType() {
        return CoreTypes.STRING_COMPARER;
    }

    @Override
    public String toString() {
        return CoreTypes.STRING_COMPARER.fullName();
    }

    static void define(TypeAdapter.Builder b) {
        b.staticProperty("Ordinal", CoreTypes.STRING_COMPARER, () -> ORDINAL);
        b.staticProperty("OrdinalIgnoreCase", CoreTypes.STRING_COMPARER, () -> ORDINAL_IGNORE_CASE);
        b.staticProperty("InvariantCulture", CoreTypes.STRING_COMPARER, () -> CULTURE);
        b.staticProperty("InvariantCultureIgnoreCase", CoreTypes.STRING_COMPARER, () -> CULTURE_IGNORE_CASE);
        b.staticProperty("CurrentCulture", CoreTypes.STRING_COMPARER, () -> CULTURE);
        b.staticProperty("CurrentCultureIgnoreCase", CoreTypes.STRING_COMPARER, () -> CULTURE_IGNORE_CASE);
        b.method("Compare", INT32, (c, a) -> ((StringComparer) c).compare(a[0], a[1]),
                param("x", OBJECT), param("y", OBJECT));
        b.method("Equals", BOOLEAN, (c, a) -> ((StringComparer) c).areEqual(a[0], a[1]),
                param("x", OBJECT), param("y", OBJECT));
        b.method("GetHashCode", INT32, (c, a) -> {
            if (a[0] == null) {
                throw DotNetException.argumentNull("obj");
            }
            String text = LanguagePrimitives.toStringValue(PSObject.base(a[0]));
            return ((StringComparer) c).ignoreCase ? FoldedKey.foldedHash(text) : text.hashCode();
        }, param("obj", OBJECT));
    }
}
