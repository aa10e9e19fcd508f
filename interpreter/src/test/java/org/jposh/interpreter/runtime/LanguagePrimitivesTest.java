package org.jposh.interpreter.runtime;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class LanguagePrimitivesTest {

    private static Object convert(Object value, String type) {
        return LanguagePrimitives.convertTo(value, TypeResolver.resolve(type));
    }

    private static PSInvalidCastException castError(Object value, String type) {
        return assertThrows(PSInvalidCastException.class, () -> convert(value, type));
    }

    // ---- to string ----

    @Test
    void doublesFormatWithFifteenSignificantDigits() {
        assertEquals("0.3", LanguagePrimitives.formatDouble(0.1 + 0.2));
        assertEquals("3.5", LanguagePrimitives.formatDouble(3.5));
        assertEquals("2147483648", LanguagePrimitives.formatDouble(2147483648.0));
        assertEquals("1E+15", LanguagePrimitives.formatDouble(1e15));
        assertEquals("123456789012345", LanguagePrimitives.formatDouble(123456789012345.0));
        assertEquals("1.5E-07", LanguagePrimitives.formatDouble(1.5e-7));
        assertEquals("0.0001", LanguagePrimitives.formatDouble(1e-4));
        assertEquals("1E-05", LanguagePrimitives.formatDouble(1e-5));
        assertEquals("-2.5", LanguagePrimitives.formatDouble(-2.5));
        assertEquals("0.333333333333333", LanguagePrimitives.formatDouble(1.0 / 3));
        assertEquals("Infinity", LanguagePrimitives.formatDouble(Double.POSITIVE_INFINITY));
        assertEquals("NaN", LanguagePrimitives.formatDouble(Double.NaN));
        assertEquals("100", LanguagePrimitives.formatDouble(100.0));
        assertEquals("10000000000", LanguagePrimitives.formatDouble(1e10));
        assertEquals("0.00012", LanguagePrimitives.formatDouble(1.2e-4));
        assertEquals("1.79769313486232E+308", LanguagePrimitives.formatDouble(Double.MAX_VALUE));
        assertEquals("4.94065645841247E-324", LanguagePrimitives.formatDouble(Double.MIN_VALUE));
    }

    @Test
    void shortestDigitsAreTheExactValueRounded() {
        MathContext g15 = new MathContext(15, RoundingMode.HALF_EVEN);
        MathContext g7 = new MathContext(7, RoundingMode.HALF_EVEN);
        Random random = new Random(25);
        int shortcuts = 0;
        for (int i = 0; i < 200_000; i++) {
            double scale = Math.pow(10, random.nextInt(60) - 30);
            double d = (i % 2 == 0 ? random.nextInt(10_000_000) / 1000.0 : random.nextDouble()) * scale;
            if (d == 0) {
                continue;
            }
            String shortest = NumberFormatter.shortestGeneralNotation(-d, 15, 'E');
            if (shortest != null) {
                shortcuts++;
                String exact = NumberFormatter.generalNotation(
                        new BigDecimal(-d).round(g15).stripTrailingZeros(), 15, 'E');
                assertEquals(exact, shortest, Double.toString(d));
            }
            double single = (float) d;
            String shortSingle = NumberFormatter.shortestGeneralNotation(single, 7, 'E');
            if (shortSingle != null && single != 0) {
                String exact = NumberFormatter.generalNotation(
                        new BigDecimal(single).round(g7).stripTrailingZeros(), 7, 'E');
                assertEquals(exact, shortSingle, Double.toString(single));
            }
        }
        assertTrue(shortcuts > 50_000, "the shortcut applies to short decimals: " + shortcuts);
    }

    @Test
    void valuesConvertToStringAsPowerShellShowsThem() {
        assertEquals("", LanguagePrimitives.toStringValue(null));
        assertEquals("", LanguagePrimitives.toStringValue(AutomationNull.VALUE));
        assertEquals("True", LanguagePrimitives.toStringValue(true));
        assertEquals("1 2 3", LanguagePrimitives.toStringValue(new Object[] {1, 2, 3}));
        assertEquals("1.50", LanguagePrimitives.toStringValue(new BigDecimal("1.50")));
        assertEquals("255", LanguagePrimitives.toStringValue((byte) -1));
        assertEquals("0.1", LanguagePrimitives.toStringValue(0.1f));
        assertEquals("System.Collections.Hashtable", LanguagePrimitives.toStringValue(new Hashtable()));
    }

    @Test
    void collectionsJoinOneLevelDeepWithTheSeparator() {
        Object[] nested = {1, new Object[] {2, 3}, null, "x"};
        assertEquals("1 System.Object[]  x", LanguagePrimitives.toStringValue(nested));
        assertEquals("1-System.Object[]--x", LanguagePrimitives.toStringValue(nested, "-"));
        ArrayList list = new ArrayList();
        list.add("a");
        list.add(2.5);
        assertEquals("a,2.5", LanguagePrimitives.toStringValue(list, ","));
    }

    @Test
    void datesConvertToStringWithTheInvariantCulture() {
        DateTime d = new DateTime(LocalDateTime.of(2024, 1, 5, 15, 4, 5), DateTime.Kind.Unspecified);
        assertEquals("01/05/2024 15:04:05", LanguagePrimitives.toStringValue(d));
        assertEquals("1/5/2024 3:04:05 PM", LanguagePrimitives.dotNetToString(d));
    }

    // ---- truthiness ----

    @Test
    void truthinessFollowsPowerShell() {
        assertFalse(LanguagePrimitives.isTrue(null));
        assertFalse(LanguagePrimitives.isTrue(AutomationNull.VALUE));
        assertFalse(LanguagePrimitives.isTrue(""));
        assertTrue(LanguagePrimitives.isTrue("false"));
        assertTrue(LanguagePrimitives.isTrue(" "));
        assertFalse(LanguagePrimitives.isTrue(0));
        assertFalse(LanguagePrimitives.isTrue(0.0));
        assertFalse(LanguagePrimitives.isTrue(BigDecimal.ZERO));
        assertTrue(LanguagePrimitives.isTrue(-1L));
        assertFalse(LanguagePrimitives.isTrue('\0'));
        assertFalse(LanguagePrimitives.isTrue(new Object[0]));
        assertFalse(LanguagePrimitives.isTrue(new Object[] {0}));
        assertFalse(LanguagePrimitives.isTrue(new Object[] {""}));
        assertTrue(LanguagePrimitives.isTrue(new Object[] {0, 0}));
        assertFalse(LanguagePrimitives.isTrue(new Object[] {new Object[0]}));
        assertTrue(LanguagePrimitives.isTrue(new Object[] {new Object[] {0}}));
        assertFalse(LanguagePrimitives.isTrue(new Object[] {null}));
        assertTrue(LanguagePrimitives.isTrue(new Hashtable()));
        assertTrue(LanguagePrimitives.isTrue(PSObject.newCustomObject()));
        assertFalse(LanguagePrimitives.isTrue(new PSObject(0)));
        assertFalse(LanguagePrimitives.isTrue(new GenericList(TypeResolver.resolve("System.Collections.Generic.List[int]"))));
        assertEquals(false, convert(new Object[] {0}, "bool"));
        assertEquals(true, convert("False", "bool"));
    }

    // ---- conversions ----

    @Test
    void nullConvertsToTheTypesDefault() {
        assertEquals(0, convert(null, "int"));
        assertEquals(0L, convert(null, "long"));
        assertEquals(0.0, convert(null, "double"));
        assertEquals(BigDecimal.ZERO, convert(null, "decimal"));
        assertEquals(false, convert(null, "bool"));
        assertEquals("", convert(null, "string"));
        assertEquals('\0', convert(null, "char"));
        assertNull(convert(null, "hashtable"));
        assertNull(convert(AutomationNull.VALUE, "object"));
        PSInvalidCastException e = castError(null, "datetime");
        assertEquals("nullToObjectInvalidCast", e.errorId());
        assertEquals("Cannot convert null to type \"System.DateTime\".", e.getMessage());
    }

    @Test
    void floatingToIntegerRoundsHalfToEven() {
        assertEquals(2, convert(2.5, "int"));
        assertEquals(4, convert(3.5, "int"));
        assertEquals(-2, convert(-2.5, "int"));
        assertEquals(3, convert(2.51, "int"));
        assertEquals(2, convert(new BigDecimal("2.5"), "int"));
        assertEquals(2L, convert(2.5, "long"));
        assertEquals((byte) 200, convert(199.5, "byte"));
        assertEquals(2, convert("2.5", "int"));
    }

    @Test
    void outOfRangeNumbersFailWithTheDotNetMessage() {
        PSInvalidCastException e = castError(1e12, "int");
        assertEquals("InvalidCastIConvertible", e.errorId());
        assertEquals("Cannot convert value \"1000000000000\" to type \"System.Int32\". Error: "
                + "\"Value was either too large or too small for an Int32.\"", e.getMessage());
        assertEquals("Cannot convert value \"256\" to type \"System.Byte\". Error: "
                + "\"Value was either too large or too small for an unsigned byte.\"", castError(256, "byte").getMessage());
        assertEquals("Cannot convert value \"99999999999\" to type \"System.Int32\". Error: "
                + "\"Value was either too large or too small for an Int32.\"",
                castError("99999999999", "int").getMessage());
    }

    @Test
    void stringsParseAsNumberLiteralsThenAsInvariantNumbers() {
        assertEquals(31, convert("0x1F", "int"));
        assertEquals(0, convert("", "int"));
        assertEquals(0, convert("  ", "int"));
        assertEquals(12, convert(" 12 ", "int"));
        assertEquals(1000, convert("1,000", "int"));
        assertEquals(-5, convert("-5", "int"));
        assertEquals(1000.5, convert("1,000.5", "double"));
        assertEquals(1e3, convert("1e3", "double"));
        assertEquals(Double.POSITIVE_INFINITY, convert("Infinity", "double"));
        assertEquals(new BigDecimal("1.5"), convert("1.50", "decimal"));
        assertEquals(new BigDecimal("1000.5"), convert("1,000.5", "decimal"));
        // the literal scanner makes a double of an integer too long for decimal, and pwsh converts that
        assertEquals(new BigInteger("123456789012345677877719597056"), convert("123456789012345678901234567890", "bigint"));
        assertEquals(new BigInteger("12345678901234567890"), convert("12345678901234567890", "bigint"));
    }

    @Test
    void nonNumericStringsFailWithTheTargetTypeInTheMessage() {
        PSInvalidCastException e = castError("abc", "int");
        assertEquals("InvalidCastFromStringToInteger", e.errorId());
        assertEquals("Cannot convert value \"abc\" to type \"System.Int32\". Error: "
                + "\"The input string 'abc' was not in a correct format.\"", e.getMessage());
        PSInvalidCastException d = castError("abc", "double");
        assertEquals("InvalidCastFromStringToDoubleOrSingle", d.errorId());
        assertEquals("Cannot convert value \"abc\" to type \"System.Double\". Error: "
                + "\"The input string 'abc' was not in a correct format.\"", d.getMessage());
        assertEquals("InvalidCastFromStringToDecimal", castError("1.2.3", "decimal").errorId());
        assertThrows(PSInvalidCastException.class, () -> LanguagePrimitives.toInt("abc"));
    }

    @Test
    void doublesToDecimalKeepFifteenDigits() {
        assertEquals(new BigDecimal("0.1"), convert(0.1, "decimal"));
        assertEquals(new BigDecimal("0.333333333333333"), convert(1.0 / 3, "decimal"));
        assertEquals(new BigDecimal("100"), convert(100.0, "decimal"));
    }

    @Test
    void charsConvertFromOneCharacterStringsAndNumbers() {
        assertEquals('a', convert("a", "char"));
        assertEquals('A', convert(65, "char"));
        assertEquals(97, convert('a', "int"));
        PSInvalidCastException e = castError("ab", "char");
        assertEquals("Cannot convert value \"ab\" to type \"System.Char\". Error: "
                + "\"String must be exactly one character long.\"", e.getMessage());
        assertEquals("Cannot convert value \"1.5\" to type \"System.Char\". Error: "
                + "\"Invalid cast from 'Double' to 'Char'.\"", castError(1.5, "char").getMessage());
    }

    @Test
    void numbersAndBoolsConvertToStringsInvariantly() {
        assertEquals("0.3", convert(0.1 + 0.2, "string"));
        assertEquals("True", convert(true, "string"));
        assertEquals("1 2", convert(new Object[] {1, 2}, "string"));
        assertEquals(1, convert(true, "int"));
    }

    @Test
    void arraysConvertElementByElement() {
        Object ints = convert(new Object[] {"1", 2.5, '3'}, "int[]");
        assertInstanceOf(Integer[].class, ints);
        assertArrayEquals(new Integer[] {1, 2, 51}, (Integer[]) ints);
        assertArrayEquals(new Integer[] {7}, (Integer[]) convert("7", "int[]"));
        assertArrayEquals(new String[] {"abc"}, (String[]) convert("abc", "string[]"));
        assertArrayEquals(new Character[] {'a', 'b'}, (Character[]) convert("ab", "char[]"));
        String[] strings = {"a", "b"};
        assertSame(strings, convert(strings, "object[]"));
        assertArrayEquals(new Object[] {1, 2}, (Object[]) convert(new Integer[] {1, 2}, "object[]"));
        assertArrayEquals(new Object[] {5}, (Object[]) convert(5, "array"));
        assertEquals("InvalidCastFromStringToInteger", castError(new Object[] {"x"}, "int[]").errorId());
        PSInvalidCastException scalar = castError("x", "int[]");
        assertEquals("InvalidCastExceptionScalarToArray", scalar.errorId());
        assertEquals("Cannot convert value \"x\" to type \"System.Int32[]\". Error: \"Cannot convert value \"x\" to "
                + "type \"System.Int32\". Error: \"The input string 'x' was not in a correct format.\"\"",
                scalar.getMessage());
    }

    @Test
    void listsConvertFromCollectionsAndScalars() {
        DotNetType listOfInt = TypeResolver.resolve("System.Collections.Generic.List[int]");
        GenericList fromArray = (GenericList) LanguagePrimitives.convertTo(new Object[] {"1", 2}, listOfInt);
        assertEquals(List.of(1, 2), fromArray);
        assertEquals(List.of(5), LanguagePrimitives.convertTo(5, listOfInt));
        assertEquals(List.of(4), LanguagePrimitives.convertTo("4", listOfInt));
        Object arrayList = convert(new Object[] {1, "a"}, "System.Collections.ArrayList");
        assertInstanceOf(ArrayList.class, arrayList);
        assertEquals(List.of(1, "a"), arrayList);
        PSInvalidCastException e = castError(5, "System.Collections.ArrayList");
        assertEquals("ConvertToFinalInvalidCastException", e.errorId());
        assertEquals("Cannot convert the \"5\" value of type \"System.Int32\" to type \"System.Collections.ArrayList\".",
                e.getMessage());
    }

    @Test
    void stringsParseToRegexTypeDateTimeSpanAndGuid() {
        assertInstanceOf(Regex.class, convert("a+", "regex"));
        assertEquals("InvalidCastFromStringToRegex", castError("(", "regex").errorId());
        assertSame(CoreTypes.INT32, convert("int", "type"));
        assertEquals("Cannot convert the \"nosuch\" value of type \"System.String\" to type \"System.Type\".",
                castError("nosuch", "type").getMessage());
        DateTime d = (DateTime) convert("2024-01-05", "datetime");
        assertEquals(LocalDateTime.of(2024, 1, 5, 0, 0), d.value());
        assertEquals(new TimeSpan(TimeSpan.TICKS_PER_HOUR + 30 * TimeSpan.TICKS_PER_MINUTE), convert("01:30", "timespan"));
        assertEquals(UUID.fromString("12345678-1234-1234-1234-123456789abc"),
                convert("{12345678-1234-1234-1234-123456789ABC}", "guid"));
        PSInvalidCastException e = castError("not a date", "datetime");
        assertEquals("InvalidCastParseTargetInvocationWithFormatProvider", e.errorId());
        assertEquals("Cannot convert value \"not a date\" to type \"System.DateTime\". Error: \"The string 'not a date' "
                + "was not recognized as a valid DateTime. There is an unknown word starting at index '0'.\"",
                e.getMessage());
    }

    @Test
    void enumsConvertFromNamesNumbersListsAndPrefixes() {
        DotNetType options = CoreTypes.REGEX_OPTIONS;
        assertEquals(new EnumValue(options, 3), LanguagePrimitives.convertTo("IgnoreCase, multiline", options));
        assertEquals(new EnumValue(options, 3), LanguagePrimitives.convertTo(new Object[] {"IgnoreCase", "Multiline"}, options));
        assertEquals("IgnoreCase, Multiline", LanguagePrimitives.toStringValue(new EnumValue(options, 3)));
        DotNetType day = CoreTypes.DAY_OF_WEEK;
        assertEquals(new EnumValue(day, 1), LanguagePrimitives.convertTo("mon", day));
        assertEquals(new EnumValue(day, 6), LanguagePrimitives.convertTo(6, day));
        assertEquals(5, LanguagePrimitives.convertTo(new EnumValue(day, 5), CoreTypes.INT32));
        PSInvalidCastException undefined = assertThrows(PSInvalidCastException.class,
                () -> LanguagePrimitives.convertTo(7, day));
        assertEquals("UndefinedIntegerToEnum", undefined.errorId());
        assertEquals("Cannot convert value \"7\" to type \"System.DayOfWeek\" due to enumeration values that are not "
                + "valid. Specify one of the following enumeration values and try again. The possible enumeration values "
                + "are \"Sunday,Monday,Tuesday,Wednesday,Thursday,Friday,Saturday\".", undefined.getMessage());
        PSInvalidCastException ambiguous = assertThrows(PSInvalidCastException.class,
                () -> LanguagePrimitives.convertTo("t", day));
        assertEquals("Cannot convert value \"t\" to type \"System.DayOfWeek\". Error: \"The identifier name t cannot be "
                + "processed because it is either too similar or identical to the following enumerator names: "
                + "Tuesday, Thursday. Use a more specific identifier name.\"", ambiguous.getMessage());
        PSInvalidCastException unknown = assertThrows(PSInvalidCastException.class,
                () -> LanguagePrimitives.convertTo("x", day));
        assertEquals("SubstringDisambiguationEnumParseThrewAnException", unknown.errorId());
        assertTrue(unknown.getMessage().endsWith("Specify one of the following enumerator names and try again:\n"
                + "Sunday, Monday, Tuesday, Wednesday, Thursday, Friday, Saturday\""));
    }

    @Test
    void dictionariesSetPropertiesOfObjectsWithANoArgumentConstructor() {
        Hashtable h = new Hashtable();
        h.put("Length", 3);
        StringBuilder sb = (StringBuilder) convert(h, "System.Text.StringBuilder");
        assertEquals(3, sb.length());
        Hashtable bad = new Hashtable();
        bad.put("Nope", 1);
        PSInvalidCastException e = castError(bad, "System.Text.StringBuilder");
        assertEquals("ObjectCreationError", e.errorId());
        assertEquals("Cannot create object of type \"System.Text.StringBuilder\". The property 'Nope' was not found for "
                + "the 'System.Text.StringBuilder' object. The settable properties are: [Length <System.Int32>].",
                e.getMessage());
    }

    @Test
    void noConversionIsTheFinalInvalidCast() {
        PSInvalidCastException e = castError(new Hashtable(), "int");
        assertEquals("ConvertToFinalInvalidCastException", e.errorId());
        assertEquals("Cannot convert the \"System.Collections.Hashtable\" value of type \"System.Collections.Hashtable\" "
                + "to type \"System.Int32\".", e.getMessage());
        PSInvalidCastException custom = castError(PSObject.newCustomObject(), "hashtable");
        assertEquals("Cannot convert the \"\" value of type \"System.Management.Automation.PSCustomObject\" to type "
                + "\"System.Collections.Hashtable\".", custom.getMessage());
    }

    @Test
    void javaClassesNameTheirTypesForTheBinder() {
        assertEquals(5, LanguagePrimitives.convertTo("5", int.class));
        assertEquals(true, LanguagePrimitives.convertTo(1, boolean.class));
        assertArrayEquals(new String[] {"a", "1"}, (String[]) LanguagePrimitives.convertTo(new Object[] {"a", 1},
                String[].class));
        assertSame(CoreTypes.INT64, DotNetType.forJavaClass(long.class));
    }

    @Test
    void psObjectsConvertThroughTheirBaseObject() {
        assertEquals(5, convert(new PSObject("5"), "int"));
        assertInstanceOf(PSObject.class, convert(5, "psobject"));
        PSObject o = new PSObject(1);
        assertSame(o, convert(o, "object"));
    }

    @Test
    void enumerationUnrollsCollectionsButNotStringsOrDictionaries() {
        assertEquals(List.of(1, 2), LanguagePrimitives.getEnumerable(new Object[] {1, 2}));
        assertNull(LanguagePrimitives.getEnumerable("ab"));
        assertNull(LanguagePrimitives.getEnumerable(new Hashtable()));
        assertNull(LanguagePrimitives.getEnumerable(null));
        List<Object> written = new java.util.ArrayList<>();
        LanguagePrimitives.writeEnumerated(written::add, new Object[] {1, new Object[] {2}});
        LanguagePrimitives.writeEnumerated(written::add, AutomationNull.VALUE);
        LanguagePrimitives.writeEnumerated(written::add, null);
        assertEquals(3, written.size());
        assertNull(written.get(2));
    }

    @Test
    void arithmeticNumbersComeFromStringsBoolsAndChars() {
        assertEquals(12, LanguagePrimitives.toInt(" 12 "));
        assertEquals(0, LanguagePrimitives.toInt(null));
        assertEquals(255, LanguagePrimitives.toNumber((byte) -1));
        assertEquals(1, LanguagePrimitives.toNumber(true));
        assertEquals(2.5, LanguagePrimitives.toNumber("2.5"));
        assertEquals(1024, LanguagePrimitives.toNumber("0x400"));
    }

    @Test
    void conversionRanksPreferExactThenWideningThenParsing() {
        assertEquals(LanguagePrimitives.ConversionRank.Identity, LanguagePrimitives.conversionRank(1, CoreTypes.INT32));
        assertEquals(LanguagePrimitives.ConversionRank.NumericImplicit,
                LanguagePrimitives.conversionRank(1, CoreTypes.DOUBLE));
        assertEquals(LanguagePrimitives.ConversionRank.NumericExplicit,
                LanguagePrimitives.conversionRank(1.5, CoreTypes.INT32));
        assertEquals(LanguagePrimitives.ConversionRank.NumericString,
                LanguagePrimitives.conversionRank("1", CoreTypes.INT32));
        assertEquals(LanguagePrimitives.ConversionRank.ToString, LanguagePrimitives.conversionRank(1, CoreTypes.STRING));
    }
}
