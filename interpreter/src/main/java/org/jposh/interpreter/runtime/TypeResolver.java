package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayList;
import java.util.List;

/**
 * Resolves type names as written in type literals: accelerators and full names (case-insensitive),
 * the name with {@code System.} in front ({@code [math]}, {@code [Collections.ArrayList]}), then the
 * namespaces of {@code using namespace}, then public Java classes by their exact full name
 * ({@code [java.util.UUID]}); generic arguments in brackets ({@code List[string]},
 * {@code Dictionary[string,int]}) and array suffixes ({@code int[]}, {@code List[int][]}).
 * Nodes resolve a literal once and keep the {@link DotNetType}.
 */
public final class TypeResolver {
    private TypeResolver() {
    }

    /**
     * The type a name stands for.
     *
     * @throws PSRuntimeException {@code TypeNotFound} when the name is not a type
     */
    @TruffleBoundary
    public static DotNetType resolve(String typeName) {
        return resolve(typeName, List.of());
    }

    /**
     * As {@link #resolve(String)}, also trying each namespace of the script's {@code using namespace};
     * the types scripts declare come first.
     *
     * @param declared tables of script classes and enums, searched in order; null entries are skipped
     */
    @TruffleBoundary
    public static DotNetType resolve(String typeName, List<String> usingNamespaces, ScriptTypes... declared) {
        DotNetType type = tryResolve(typeName, usingNamespaces, declared);
        if (type == null) {
            throw typeNotFound(typeName);
        }
        return type;
    }

    /** The type a name stands for, or null; script classes and enums of {@code declared} come first. */
    @TruffleBoundary
    public static DotNetType tryResolve(String typeName, List<String> usingNamespaces, ScriptTypes... declared) {
        Parser parser = new Parser(typeName.strip(), usingNamespaces, declared);
        DotNetType type = parser.typeName();
        return type != null && parser.atEnd() ? type : null;
    }

    /** pwsh's TypeNotFound, about the name as written: CategoryInfo reads {@code (Foo:TypeName)}. */
    public static PSRuntimeException typeNotFound(String typeName) {
        return new PSRuntimeException("TypeNotFound", ErrorCategory.InvalidOperation,
                "Unable to find type [" + typeName + "].").withTargetObject(new TypeName(typeName));
    }

    /** The name of a type as a script writes it (pwsh's System.Management.Automation.Language.TypeName). */
    public record TypeName(String fullName) implements DotNetTyped {
        static void defineMembers(TypeAdapter.Builder b) {
            b.property("Name", CoreTypes.STRING, t -> ((TypeName) t).fullName());
            b.property("FullName", CoreTypes.STRING, t -> ((TypeName) t).fullName());
        }

        @Override
        public DotNetType dotNetType() {
            return CoreTypes.TYPE_NAME;
        }

        @Override
        public String toString() {
            return fullName;
        }
    }

    /** A recursive-descent reader of {@code name[args][]...}; returns null for anything it cannot resolve. */
    private static final class Parser {
        private final String text;
        private final List<String> usingNamespaces;
        private final ScriptTypes[] declared;
        private int pos;

        Parser(String text, List<String> usingNamespaces, ScriptTypes[] declared) {
            this.text = text;
            this.usingNamespaces = usingNamespaces;
            this.declared = declared;
        }

        boolean atEnd() {
            return pos == text.length();
        }

        DotNetType typeName() {
            int start = pos;
            while (pos < text.length() && text.charAt(pos) != '[' && text.charAt(pos) != ']'
                    && text.charAt(pos) != ',') {
                pos++;
            }
            String name = text.substring(start, pos).strip();
            if (name.isEmpty()) {
                return null;
            }
            List<DotNetType> arguments = genericArguments();
            if (arguments == null) {
                return null;
            }
            DotNetType type;
            if (arguments.isEmpty()) {
                type = lookup(name);
            } else {
                DotNetType definition = lookup(name.indexOf('`') >= 0 ? name : name + "`" + arguments.size());
                if (definition == null || !definition.isGenericTypeDefinition()
                        || definition.genericParameterCount() != arguments.size()) {
                    return null;
                }
                type = definition.makeGenericType(arguments.toArray(DotNetType[]::new));
            }
            while (type != null && text.startsWith("[]", pos)) {
                pos += 2;
                type = type.arrayType();
            }
            return type;
        }

        /** {@code [T1,T2]} after a generic name: the arguments; an empty list when none; null on error. */
        private List<DotNetType> genericArguments() {
            List<DotNetType> arguments = new ArrayList<>();
            if (pos >= text.length() || text.charAt(pos) != '[' || text.startsWith("[]", pos)) {
                return arguments;
            }
            pos++;
            while (true) {
                skipSpaces();
                boolean bracketed = pos < text.length() && text.charAt(pos) == '[';
                if (bracketed) {
                    pos++;
                }
                DotNetType argument = typeName();
                if (argument == null || bracketed && !expect(']')) {
                    return null;
                }
                arguments.add(argument);
                skipSpaces();
                if (expect(']')) {
                    return arguments;
                }
                if (!expect(',')) {
                    return null;
                }
            }
        }

        private boolean expect(char c) {
            skipSpaces();
            if (pos < text.length() && text.charAt(pos) == c) {
                pos++;
                return true;
            }
            return false;
        }

        private void skipSpaces() {
            while (pos < text.length() && text.charAt(pos) == ' ') {
                pos++;
            }
        }

        private DotNetType lookup(String name) {
            for (ScriptTypes table : declared) {
                DotNetType type = table == null ? null : table.lookup(name);
                if (type != null) {
                    return type;
                }
            }
            DotNetType type = CoreTypes.lookup(name);
            if (type == null) {
                type = CoreTypes.lookup("System." + name);
            }
            for (int i = 0; type == null && i < usingNamespaces.size(); i++) {
                type = CoreTypes.lookup(usingNamespaces.get(i) + "." + name);
            }
            return type != null ? type : javaClass(name);
        }

        /** A public Java class by its exact full name ({@code java.util.UUID}), or null. */
        private static DotNetType javaClass(String name) {
            if (name.indexOf('.') < 0) {
                return null;
            }
            try {
                Class<?> type = Class.forName(name, false, TypeResolver.class.getClassLoader());
                return JavaMembers.isNameable(type) ? DotNetType.forJavaClass(type) : null;
            } catch (ClassNotFoundException | LinkageError e) {
                return null;
            }
        }
    }
}
