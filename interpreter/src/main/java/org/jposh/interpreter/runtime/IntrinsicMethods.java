package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * The {@code Where()} and {@code ForEach()} methods every object has (about_Intrinsic_Members) when its
 * type has no method of that name. They enumerate a collection, or a scalar as a one-element collection,
 * run the script block in the caller's scope with {@code $_} set (as Where-Object and ForEach-Object do),
 * and return a {@code Collection[psobject]}.
 */
final class IntrinsicMethods {
    private static final DotNetType RESULT_TYPE = CoreTypes.COLLECTION.makeGenericType(CoreTypes.OBJECT);

    private IntrinsicMethods() {
    }

    /** Whether {@code name(args)} is one of the intrinsic methods. */
    static boolean isIntrinsic(String name, int argumentCount) {
        if (name.equalsIgnoreCase("Where")) {
            return argumentCount >= 1 && argumentCount <= 3;
        }
        return name.equalsIgnoreCase("ForEach") && argumentCount >= 1;
    }

    @TruffleBoundary
    static Object invoke(Object target, String name, Object[] args) {
        Object base = PSObject.base(target);
        Iterable<?> enumerable = base instanceof java.util.Map<?, ?> ? null : LanguagePrimitives.getEnumerable(base);
        Iterator<?> elements = (enumerable == null ? List.of(target) : enumerable).iterator();
        if (name.equalsIgnoreCase("Where")) {
            WhereMode mode = args.length > 1 ? WhereMode.of(args[1]) : WhereMode.Default;
            int count = args.length > 2 ? (Integer) LanguagePrimitives.convertTo(args[2], CoreTypes.INT32) : 0;
            if (count < 0) {
                throw DotNetException.argumentOutOfRange("numberToReturn", "The 'numberToReturn' value provided to "
                        + "the third argument of the Where() operator must be greater than zero. Please correct the "
                        + "argument's value and try running your script again.");
            }
            return args[0] instanceof ScriptCallable condition ? where(elements, condition, mode, count)
                    : slice(elements, mode, count);
        }
        Object[] rest = Arrays.copyOfRange(args, 1, args.length);
        if (PSObject.base(args[0]) instanceof DotNetType type) {
            return convertEach(elements, type);
        }
        return args[0] instanceof ScriptCallable block ? forEach(elements, block, rest)
                : forEachMember(elements, LanguagePrimitives.toStringValue(args[0]), rest);
    }

    /** WhereOperatorSelectionMode, in its declared order. */
    private enum WhereMode {
        Default, First, Last, SkipUntil, Until, Split;

        static WhereMode of(Object value) {
            EnumValue v = (EnumValue) LanguagePrimitives.convertTo(value, CoreTypes.WHERE_OPERATOR_SELECTION_MODE);
            return values()[(int) v.value()];
        }
    }

    private static Object where(Iterator<?> elements, ScriptCallable condition, WhereMode mode, int count) {
        GenericList matches = new GenericList(RESULT_TYPE);
        GenericList notMatched = new GenericList(RESULT_TYPE);
        boolean takeTheRest = false;
        while (elements.hasNext()) {
            Object element = elements.next();
            if (takeTheRest) {
                matches.add(element);
                if (count > 0 && matches.size() >= count) {
                    break;
                }
                continue;
            }
            CollectingPipe output = new CollectingPipe();
            condition.invokeDotSourced(element, new Object[0], output);
            if (!LanguagePrimitives.isTrue(output.toArray())) {
                if (mode == WhereMode.Until) {
                    matches.add(element);
                    if (count > 0 && matches.size() >= count) {
                        break;
                    }
                } else if (mode == WhereMode.Split) {
                    notMatched.add(element);
                }
                continue;
            }
            if (mode == WhereMode.Until) {
                break;
            } else if (mode == WhereMode.Last) {
                if (matches.size() == Math.max(count, 1)) {
                    matches.removeFirst();
                }
                matches.add(element);
                continue;
            }
            matches.add(element);
            takeTheRest = mode == WhereMode.SkipUntil;
            if ((mode == WhereMode.First && count == 0) || (count != 0 && matches.size() == count)) {
                break;
            }
        }
        if (mode == WhereMode.Split) {
            elements.forEachRemaining(notMatched::add);
            return new Object[] {matches, notMatched};
        }
        return matches;
    }

    /** Where() without a condition: the first, last or remaining elements by count. */
    private static Object slice(Iterator<?> elements, WhereMode mode, int count) {
        if (mode == WhereMode.Default) {
            throw DotNetException.invalidOperation("If the expression passed to the Where() operator is null then "
                    + "you must specify a non-Default value for the selection mode argument. Please change the value "
                    + "of the mode argument to a value other than Default and try running your script again.");
        }
        int n = Math.max(count, 1);
        List<Object> taken = new ArrayList<>();
        if (mode == WhereMode.SkipUntil) {
            for (int i = 0; i < n && elements.hasNext(); i++) {
                elements.next();
            }
            elements.forEachRemaining(taken::add);
        } else if (mode == WhereMode.Last) {
            Deque<Object> window = new ArrayDeque<>();
            elements.forEachRemaining(e -> {
                if (window.size() == n) {
                    window.removeFirst();
                }
                window.addLast(e);
            });
            taken.addAll(window);
        } else {
            while (taken.size() < n && elements.hasNext()) {
                taken.add(elements.next());
            }
            if (mode == WhereMode.Split) {
                List<Object> rest = new ArrayList<>();
                elements.forEachRemaining(rest::add);
                return new Object[] {taken.toArray(), rest.toArray()};
            }
        }
        return taken.toArray();
    }

    private static Object forEach(Iterator<?> elements, ScriptCallable block, Object[] args) {
        GenericList results = new GenericList(RESULT_TYPE);
        Pipe output = results::add;
        while (elements.hasNext()) {
            Object element = elements.next();
            if (element != AutomationNull.VALUE) {
                block.invokeDotSourced(element, args, output);
            }
        }
        return results;
    }

    /** ForEach('name', args...): gets a property, sets it (one or more arguments) or calls a method. */
    private static Object forEachMember(Iterator<?> elements, String name, Object[] args) {
        GenericList results = new GenericList(RESULT_TYPE);
        Object assigned = args.length == 1 ? args[0] : args;
        while (elements.hasNext()) {
            Object element = elements.next();
            if (PSObject.base(element) instanceof Hashtable table) {
                if (args.length == 0) {
                    results.add(table.get(name));
                } else {
                    table.put(name, assigned);
                }
                continue;
            }
            if (LanguagePrimitives.isNull(element)) {
                if (args.length != 0) {
                    throw new MethodInvocationException(name, args.length,
                            DotNetException.nullReference());
                }
                results.add(null);
                continue;
            }
            PSObject object = PSObject.asPSObject(element);
            PSMethodInfo method = object.method(name);
            PSPropertyInfo property = method == null ? object.property(name) : null;
            if (method != null) {
                results.add(MemberAccess.invokeMethod(element, name, args));
            } else if (property == null) {
                if (args.length != 0) {
                    throw new PSRuntimeException("ForEachNonexistentMemberReference", ErrorCategory.InvalidOperation,
                            "The ForEach() operator could not find a member '" + name + "' on the target object. "
                                    + "Please verify that the named member exists and then try running your script "
                                    + "again.").withTargetObject(element);
                }
                results.add(null);
            } else if (args.length == 0) {
                results.add(MemberAccess.getMember(element, name));
            } else {
                MemberAccess.setMember(element, name, assigned);
            }
        }
        return results;
    }

    /** ForEach([type]): the elements converted, as an array of that type or a Collection[type]. */
    private static Object convertEach(Iterator<?> elements, DotNetType type) {
        List<Object> all = new ArrayList<>();
        elements.forEachRemaining(all::add);
        if (type.isArray()) {
            return LanguagePrimitives.convertTo(all.toArray(), type);
        }
        GenericList results = new GenericList(CoreTypes.COLLECTION.makeGenericType(type));
        results.addAll(all);
        return results;
    }
}
