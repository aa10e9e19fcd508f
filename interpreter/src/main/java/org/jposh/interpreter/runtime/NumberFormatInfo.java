package org.jposh.interpreter.runtime;

import static org.jposh.interpreter.runtime.CoreTypes.INT32;
import static org.jposh.interpreter.runtime.CoreTypes.STRING;

import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.text.NumberFormat;
import java.util.Locale;

/**
 * A culture's numbers (System.Globalization.NumberFormatInfo): the separators and symbols the number
 * formatter writes, and the patterns .NET numbers its currency and percent layouts by. Cultures other
 * than the invariant one take them from the JDK's CLDR data, as .NET takes them from ICU's.
 */
public final class NumberFormatInfo implements FormatProvider {
    /** CurrencyNegativePattern's layouts, n the number and $ the symbol. */
    private static final String[] CURRENCY_NEGATIVE = {"($n)", "-$n", "$-n", "$n-", "(n$)", "-n$", "n-$", "n$-",
        "-n $", "-$ n", "n $-", "$ n-", "$ -n", "n- $", "($ n)", "(n $)", "$- n"};
    private static final String[] CURRENCY_POSITIVE = {"$n", "n$", "$ n", "n $"};
    private static final String[] PERCENT_NEGATIVE = {"-n %", "-n%", "-%n", "%-n", "%n-", "n-%", "n%-", "-% n",
        "n %-", "% n-", "% -n", "n- %"};
    private static final String[] PERCENT_POSITIVE = {"n %", "n%", "%n", "% n"};

    public static final NumberFormatInfo INVARIANT = new NumberFormatInfo(".", ",", "-", "+", "\u00A4", 0, 0, "%", 0,
            0, "\u2030", "NaN", "Infinity", "-Infinity");
    /** en-US's, written out so that formatting a number does not load the JDK's locale data. */
    public static final NumberFormatInfo EN_US = new NumberFormatInfo(".", ",", "-", "+", "$", 0, 1, "%", 1, 1,
            "\u2030", "NaN", "\u221E", "-\u221E");
    public static final DotNetType TYPE = CoreTypes.define("System.Globalization", "NumberFormatInfo",
            NumberFormatInfo.class, NumberFormatInfo::define);

    private final String decimalSeparator;
    private final String groupSeparator;
    private final String negativeSign;
    private final String positiveSign;
    private final String currencySymbol;
    private final int currencyPositivePattern;
    private final int currencyNegativePattern;
    private final String percentSymbol;
    private final int percentPositivePattern;
    private final int percentNegativePattern;
    private final String perMilleSymbol;
    private final String nanSymbol;
    private final String positiveInfinity;
    private final String negativeInfinity;

    private NumberFormatInfo(String decimalSeparator, String groupSeparator, String negativeSign, String positiveSign,
                             String currencySymbol, int currencyPositivePattern, int currencyNegativePattern,
                             String percentSymbol, int percentPositivePattern, int percentNegativePattern,
                             String perMilleSymbol, String nanSymbol, String positiveInfinity, String negativeInfinity) {
        this.decimalSeparator = decimalSeparator;
        this.groupSeparator = groupSeparator;
        this.negativeSign = negativeSign;
        this.positiveSign = positiveSign;
        this.currencySymbol = currencySymbol;
        this.currencyPositivePattern = currencyPositivePattern;
        this.currencyNegativePattern = currencyNegativePattern;
        this.percentSymbol = percentSymbol;
        this.percentPositivePattern = percentPositivePattern;
        this.percentNegativePattern = percentNegativePattern;
        this.perMilleSymbol = perMilleSymbol;
        this.nanSymbol = nanSymbol;
        this.positiveInfinity = positiveInfinity;
        this.negativeInfinity = negativeInfinity;
    }

    /** The numbers of a culture the JDK knows, laid out as .NET lays out ICU's patterns. */
    static NumberFormatInfo of(Locale locale) {
        DecimalFormatSymbols s = DecimalFormatSymbols.getInstance(locale);
        String minus = String.valueOf(s.getMinusSign());
        int currencyPositive = new int[] {1, 3, 0, 2}[layout(pattern(NumberFormat.getCurrencyInstance(locale)),
                '\u00A4')];
        int percentPositive = new int[] {1, 0, 2, 3}[layout(pattern(NumberFormat.getPercentInstance(locale)), '%')];
        String currencySymbol = locale.getCountry().isEmpty() ? "\u00A4" : s.getCurrencySymbol();
        return new NumberFormatInfo(String.valueOf(s.getDecimalSeparator()), String.valueOf(s.getGroupingSeparator()),
                minus, "+", currencySymbol, currencyPositive, new int[] {1, 5, 9, 8}[currencyPositive],
                String.valueOf(s.getPercent()), percentPositive, new int[] {0, 1, 2, 7}[percentPositive], String.valueOf(s.getPerMill()),
                s.getNaN(), s.getInfinity(), minus + s.getInfinity());
    }

    private static String pattern(NumberFormat format) {
        String pattern = format instanceof DecimalFormat d ? d.toPattern() : "#,##0.00\u00A4";
        int section = pattern.indexOf(';');
        return section < 0 ? pattern : pattern.substring(0, section);
    }

    /**
     * Where a CLDR pattern puts its symbol: 0 right after the number, 1 after it with a space, 2 right
     * before it, 3 before it with a space.
     */
    private static int layout(String pattern, char symbol) {
        int at = pattern.indexOf(symbol);
        boolean before = at >= 0 && at < indexOfAny(pattern, "#0");
        boolean spaced = before ? isSpace(pattern, at + 1) : at > 0 && isSpace(pattern, at - 1);
        return (before ? 2 : 0) + (spaced ? 1 : 0);
    }

    private static boolean isSpace(String s, int i) {
        return i >= 0 && i < s.length() && Character.isSpaceChar(s.charAt(i));
    }

    private static int indexOfAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) {
                return i;
            }
        }
        return s.length();
    }

    public String decimalSeparator() {
        return decimalSeparator;
    }

    public String groupSeparator() {
        return groupSeparator;
    }

    public String negativeSign() {
        return negativeSign;
    }

    public String perMilleSymbol() {
        return perMilleSymbol;
    }

    public String percentSymbol() {
        return percentSymbol;
    }

    String nanSymbol() {
        return nanSymbol;
    }

    String infinity(boolean negative) {
        return negative ? negativeInfinity : positiveInfinity;
    }

    /** The digits of a C format placed in the culture's currency layout. */
    String currency(String digits, boolean negative) {
        String layout = negative ? CURRENCY_NEGATIVE[currencyNegativePattern]
                : CURRENCY_POSITIVE[currencyPositivePattern];
        return layout.replace("-", negativeSign).replace("n", digits).replace("$", currencySymbol);
    }

    /** The digits of a P format placed in the culture's percent layout. */
    String percent(String digits, boolean negative) {
        String layout = negative ? PERCENT_NEGATIVE[percentNegativePattern] : PERCENT_POSITIVE[percentPositivePattern];
        return layout.replace("-", negativeSign).replace("n", digits).replace("%", percentSymbol);
    }

    @Override
    public String toString() {
        return "System.Globalization.NumberFormatInfo";
    }

    private static void define(TypeAdapter.Builder b) {
        b.property("NumberDecimalSeparator", STRING, o -> ((NumberFormatInfo) o).decimalSeparator);
        b.property("NumberGroupSeparator", STRING, o -> ((NumberFormatInfo) o).groupSeparator);
        b.property("CurrencyDecimalSeparator", STRING, o -> ((NumberFormatInfo) o).decimalSeparator);
        b.property("CurrencyGroupSeparator", STRING, o -> ((NumberFormatInfo) o).groupSeparator);
        b.property("CurrencySymbol", STRING, o -> ((NumberFormatInfo) o).currencySymbol);
        b.property("CurrencyPositivePattern", INT32, o -> ((NumberFormatInfo) o).currencyPositivePattern);
        b.property("CurrencyNegativePattern", INT32, o -> ((NumberFormatInfo) o).currencyNegativePattern);
        b.property("PercentDecimalSeparator", STRING, o -> ((NumberFormatInfo) o).decimalSeparator);
        b.property("PercentGroupSeparator", STRING, o -> ((NumberFormatInfo) o).groupSeparator);
        b.property("PercentSymbol", STRING, o -> ((NumberFormatInfo) o).percentSymbol);
        b.property("PercentPositivePattern", INT32, o -> ((NumberFormatInfo) o).percentPositivePattern);
        b.property("PercentNegativePattern", INT32, o -> ((NumberFormatInfo) o).percentNegativePattern);
        b.property("PerMilleSymbol", STRING, o -> ((NumberFormatInfo) o).perMilleSymbol);
        b.property("NegativeSign", STRING, o -> ((NumberFormatInfo) o).negativeSign);
        b.property("PositiveSign", STRING, o -> ((NumberFormatInfo) o).positiveSign);
        b.property("NaNSymbol", STRING, o -> ((NumberFormatInfo) o).nanSymbol);
        b.property("PositiveInfinitySymbol", STRING, o -> ((NumberFormatInfo) o).positiveInfinity);
        b.property("NegativeInfinitySymbol", STRING, o -> ((NumberFormatInfo) o).negativeInfinity);
        b.property("NumberDecimalDigits", INT32, o -> 2);
        b.staticProperty("InvariantInfo", TYPE, () -> INVARIANT);
        b.staticProperty("CurrentInfo", TYPE, () -> CultureInfo.current().numberFormat());
    }
}
