package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.BOOLEAN;
import static org.jposh.interpreter.runtime.CoreTypes.CHAR;
import static org.jposh.interpreter.runtime.CoreTypes.DOUBLE;
import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.PS_REFERENCE;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;
import static org.jposh.interpreter.runtime.TypeAdapter.param;

import java.util.function.IntPredicate;

/** System.Char's statics: the IsX classification tests (on a char, or a string and index), case mapping, Parse, UTF-32. */
final class CharMembers {
    private CharMembers() {
    }

    static void define(TypeAdapter.Builder b) {
        b.staticField("MaxValue", CHAR, () -> '\uffff');
        b.staticField("MinValue", CHAR, () -> '\0');
        classification(b, "IsDigit", c -> Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
        classification(b, "IsLetter", Character::isLetter);
        classification(b, "IsLetterOrDigit", c -> Character.isLetter(c)
                || Character.getType(c) == Character.DECIMAL_DIGIT_NUMBER);
        classification(b, "IsWhiteSpace", c -> StringMembers.isWhiteSpace((char) c));
        classification(b, "IsUpper", Character::isUpperCase);
        classification(b, "IsLower", Character::isLowerCase);
        classification(b, "IsNumber", c -> {
            int type = Character.getType(c);
            return type == Character.DECIMAL_DIGIT_NUMBER || type == Character.LETTER_NUMBER
                    || type == Character.OTHER_NUMBER;
        });
        classification(b, "IsPunctuation", c -> {
            int type = Character.getType(c);
            return type >= Character.DASH_PUNCTUATION && type <= Character.OTHER_PUNCTUATION
                    || type == Character.INITIAL_QUOTE_PUNCTUATION || type == Character.FINAL_QUOTE_PUNCTUATION;
        });
        classification(b, "IsSymbol", c -> {
            int type = Character.getType(c);
            return type >= Character.MATH_SYMBOL && type <= Character.OTHER_SYMBOL;
        });
        classification(b, "IsControl", Character::isISOControl);
        classification(b, "IsSeparator", Character::isSpaceChar);
        classification(b, "IsSurrogate", c -> Character.isSurrogate((char) c));
        classification(b, "IsHighSurrogate", c -> Character.isHighSurrogate((char) c));
        classification(b, "IsLowSurrogate", c -> Character.isLowSurrogate((char) c));
        b.staticMethod("ToUpper", CHAR, (t, a) -> Character.toUpperCase((Character) a[0]), param("c", CHAR));
        b.staticMethod("ToLower", CHAR, (t, a) -> Character.toLowerCase((Character) a[0]), param("c", CHAR));
        b.staticMethod("ToUpperInvariant", CHAR, (t, a) -> Character.toUpperCase((Character) a[0]), param("c", CHAR));
        b.staticMethod("ToLowerInvariant", CHAR, (t, a) -> Character.toLowerCase((Character) a[0]), param("c", CHAR));
        b.staticMethod("GetNumericValue", DOUBLE, (t, a) -> {
            int value = Character.getNumericValue((Character) a[0]);
            return value < 0 ? -1.0 : (double) value;
        }, param("c", CHAR));
        b.staticMethod("ConvertFromUtf32", STRING, (t, a) -> {
            int code = (Integer) a[0];
            if (code < 0 || code > 0x10FFFF || code >= 0xD800 && code <= 0xDFFF) {
                throw DotNetException.argumentOutOfRange("utf32",
                        "A valid UTF32 value is between 0x000000 and 0x10ffff, inclusive, and should not include "
                                + "surrogate codepoint values (0x00d800 ~ 0x00dfff).");
            }
            return Character.toString(code);
        }, param("utf32", INT32));
        b.staticMethod("ConvertToUtf32", INT32, (t, a) -> ((String) a[0]).codePointAt((Integer) a[1]),
                param("s", STRING), param("index", INT32));
        b.staticMethod("Parse", CHAR, (t, a) -> parse((String) a[0]), param("s", STRING));
        b.staticMethod("TryParse", BOOLEAN, (t, a) -> {
            String s = (String) a[0];
            boolean ok = s != null && s.length() == 1;
            ((PSReference) a[1]).setValue(ok ? s.charAt(0) : '\0');
            return ok;
        }, param("s", STRING), param("result", PS_REFERENCE));
        b.method("ToString", STRING, (t, a) -> String.valueOf(t));
        b.method("CompareTo", INT32, (t, a) -> (Character) t - (Character) LanguagePrimitives.convertTo(a[0], CHAR),
                param("value", CHAR));
    }

    private static void classification(TypeAdapter.Builder b, String name, IntPredicate test) {
        b.staticMethod(name, BOOLEAN, (t, a) -> test.test((Character) a[0]), param("c", CHAR));
        b.staticMethod(name, BOOLEAN, (t, a) -> {
            String s = (String) a[0];
            int index = (Integer) a[1];
            if (s == null) {
                throw DotNetException.argumentNull("s");
            }
            if (index < 0 || index >= s.length()) {
                throw DotNetException.argumentOutOfRange("index",
                        "Index was out of range. Must be non-negative and less than the size of the collection.");
            }
            return test.test(s.charAt(index));
        }, param("s", STRING), param("index", INT32));
    }

    private static char parse(String s) {
        if (s == null) {
            throw DotNetException.argumentNull("s");
        }
        if (s.length() != 1) {
            throw DotNetException.format("String must be exactly one character long.");
        }
        return s.charAt(0);
    }
}
