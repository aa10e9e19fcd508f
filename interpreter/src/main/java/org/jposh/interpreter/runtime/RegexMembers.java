package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.GROUP;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.MATCH;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT;
import static org.jposh.interpreter.runtime.CoreTypes.OBJECT_ARRAY;
import static org.jposh.interpreter.runtime.CoreTypes.REGEX;
import static org.jposh.interpreter.runtime.CoreTypes.REGEX_OPTIONS;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.CoreTypes.STRING_ARRAY;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.List;

/**
 * The members of Regex, Match and Group: instance and static Match, Matches, IsMatch, Replace (with a
 * replacement string or a script block evaluator), Split, Escape, Unescape, GetGroupNames; a match's
 * Value, Index, Length, Success, Groups (indexable by number or name), NextMatch.
 */
final class RegexMembers {
    private RegexMembers() {
    }

    static void defineCapture(TypeAdapter.Builder b) {
        b.property("Value", STRING, g -> ((Group) g).value());
        b.property("Index", INT32, g -> ((Group) g).index());
        b.property("Length", INT32, g -> ((Group) g).length());
        b.method("ToString", STRING, (t, a) -> ((Group) t).value());
    }

    static void defineGroup(TypeAdapter.Builder b) {
        b.property("Success", BOOLEAN, g -> ((Group) g).success());
        b.property("Name", STRING, g -> ((Group) g).name());
        b.property("Captures", OBJECT_ARRAY, g -> ((Group) g).success() ? new Object[] {g} : new Object[0]);
    }

    static void defineMatch(TypeAdapter.Builder b) {
        b.property("Groups", CoreTypes.GROUP_COLLECTION, m -> new GroupCollection((Match) m));
        b.method("NextMatch", MATCH, (t, a) -> ((Match) t).nextMatch());
    }

    static void defineGroupCollection(TypeAdapter.Builder b) {
        b.property("Count", INT32, c -> ((GroupCollection) c).count());
        b.method("get_Item", GROUP, (t, a) -> ((GroupCollection) t).get(a[0]), param("key", OBJECT));
    }

    /** Match.Groups: the groups in order, also indexable by name ({@code $m.Groups['year']}). */
    public record GroupCollection(Match match) implements Iterable<Group> {
        public Group get(Object key) {
            Object k = PSObject.base(key);
            if (k instanceof String s) {
                Group g = match.group(s);
                return g != null ? g : new Group(s, "", 0, false);
            }
            Group g = match.group(LanguagePrimitives.toInt(k));
            return g != null ? g : new Group(LanguagePrimitives.toStringValue(k), "", 0, false);
        }

        public int count() {
            return match.groups().size();
        }

        @Override
        public java.util.Iterator<Group> iterator() {
            return match.groups().iterator();
        }

        @Override
        public String toString() {
            return "System.Text.RegularExpressions.GroupCollection";
        }
    }

    static void defineRegex(TypeAdapter.Builder b) {
        b.constructor((t, a) -> new Regex((String) a[0], 0), param("pattern", STRING));
        b.constructor((t, a) -> new Regex((String) a[0], options(a[1])), param("pattern", STRING),
                param("options", REGEX_OPTIONS));
        b.property("Options", REGEX_OPTIONS, r -> new EnumValue(REGEX_OPTIONS, ((Regex) r).options()));
        b.property("RightToLeft", BOOLEAN, r -> (((Regex) r).options() & Regex.RIGHT_TO_LEFT) != 0);
        b.method("Match", MATCH, (t, a) -> ((Regex) t).match((String) a[0]), param("input", STRING));
        b.method("Match", MATCH, (t, a) -> ((Regex) t).match((String) a[0], (Integer) a[1]), param("input", STRING),
                param("startat", INT32));
        b.method("Matches", OBJECT_ARRAY, (t, a) -> ((Regex) t).matches((String) a[0]).toArray(),
                param("input", STRING));
        b.method("IsMatch", BOOLEAN, (t, a) -> ((Regex) t).isMatch((String) a[0]), param("input", STRING));
        b.method("Replace", STRING, (t, a) -> replace((Regex) t, (String) a[0], a[1], -1), param("input", STRING),
                param("replacement", OBJECT));
        b.method("Replace", STRING, (t, a) -> replace((Regex) t, (String) a[0], a[1], (Integer) a[2]),
                param("input", STRING), param("replacement", OBJECT), param("count", INT32));
        b.method("Split", STRING_ARRAY, (t, a) -> split((Regex) t, (String) a[0], 0), param("input", STRING));
        b.method("Split", STRING_ARRAY, (t, a) -> split((Regex) t, (String) a[0], (Integer) a[1]),
                param("input", STRING), param("count", INT32));
        b.method("GetGroupNames", STRING_ARRAY, (t, a) -> ((Regex) t).groupNames().toArray(String[]::new));
        b.method("GetGroupNumbers", INT32.arrayType(), (t, a) -> java.util.Arrays.stream(((Regex) t).groupNumbers())
                .boxed().toArray(Integer[]::new));
        b.method("ToString", STRING, (t, a) -> ((Regex) t).pattern());
        b.staticMethod("Escape", STRING, (t, a) -> Regex.escape(required(a[0], "str")), param("str", STRING));
        b.staticMethod("Unescape", STRING, (t, a) -> Regex.unescape(required(a[0], "str")), param("str", STRING));
        b.staticMethod("IsMatch", BOOLEAN, (t, a) -> Regex.get((String) a[1], 0).isMatch((String) a[0]),
                param("input", STRING), param("pattern", STRING));
        b.staticMethod("IsMatch", BOOLEAN, (t, a) -> Regex.get((String) a[1], options(a[2])).isMatch((String) a[0]),
                param("input", STRING), param("pattern", STRING), param("options", REGEX_OPTIONS));
        b.staticMethod("Match", MATCH, (t, a) -> Regex.get((String) a[1], 0).match((String) a[0]),
                param("input", STRING), param("pattern", STRING));
        b.staticMethod("Match", MATCH, (t, a) -> Regex.get((String) a[1], options(a[2])).match((String) a[0]),
                param("input", STRING), param("pattern", STRING), param("options", REGEX_OPTIONS));
        b.staticMethod("Matches", OBJECT_ARRAY, (t, a) -> Regex.get((String) a[1], 0).matches((String) a[0]).toArray(),
                param("input", STRING), param("pattern", STRING));
        b.staticMethod("Matches", OBJECT_ARRAY, (t, a) -> Regex.get((String) a[1], options(a[2]))
                .matches((String) a[0]).toArray(), param("input", STRING), param("pattern", STRING),
                param("options", REGEX_OPTIONS));
        b.staticMethod("Replace", STRING, (t, a) -> replace(Regex.get((String) a[1], 0), (String) a[0], a[2], -1),
                param("input", STRING), param("pattern", STRING), param("replacement", OBJECT));
        b.staticMethod("Replace", STRING, (t, a) -> replace(Regex.get((String) a[1], options(a[3])), (String) a[0],
                a[2], -1), param("input", STRING), param("pattern", STRING), param("replacement", OBJECT),
                param("options", REGEX_OPTIONS));
        b.staticMethod("Split", STRING_ARRAY, (t, a) -> split(Regex.get((String) a[1], 0), (String) a[0], 0),
                param("input", STRING), param("pattern", STRING));
        b.staticMethod("Split", STRING_ARRAY, (t, a) -> split(Regex.get((String) a[1], options(a[2])), (String) a[0],
                0), param("input", STRING), param("pattern", STRING), param("options", REGEX_OPTIONS));
    }

    private static long options(Object regexOptions) {
        return ((EnumValue) regexOptions).value();
    }

    private static String required(Object value, String name) {
        if (value == null) {
            throw DotNetException.argumentNull(name);
        }
        return (String) value;
    }

    /** Replace with a string (.NET substitutions) or a script block that gets each Match as $args[0] and $_. */
    private static String replace(Regex regex, String input, Object replacement, int count) {
        required(input, "input");
        Object r = PSObject.base(replacement);
        if (r instanceof ScriptCallable evaluator) {
            return regex.replace(input, m -> LanguagePrimitives.toStringValue(
                    evaluator.invoke(null, m, new Object[] {m})), count);
        }
        return regex.replace(input, LanguagePrimitives.toStringValue(replacement), count);
    }

    private static String[] split(Regex regex, String input, int count) {
        List<String> pieces = regex.split(required(input, "input"), count);
        return pieces.toArray(String[]::new);
    }
}
