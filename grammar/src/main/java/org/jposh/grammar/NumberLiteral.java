package org.jposh.grammar;

import java.math.BigDecimal;
import java.math.BigInteger;

/**
 * Types a numeric literal as PowerShell's tokenizer does: the smallest of int, long, decimal
 * that holds an integer, double for a real number; hex literals are int or long bit patterns.
 */
public final class NumberLiteral {
    private NumberLiteral() {
    }

    /** The value of {@code text}, or null when it is not a number literal. */
    public static Object parse(String text) {
        if (text.isEmpty()) {
            return null;
        }
        boolean negative = text.charAt(0) == '-';
        String body = negative || text.charAt(0) == '+' ? text.substring(1) : text;
        if (body.isEmpty()) {
            return null;
        }
        try {
            if (body.length() > 2 && body.charAt(0) == '0' && (body.charAt(1) == 'x' || body.charAt(1) == 'X')) {
                return negate(hex(body.substring(2)), negative);
            }
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                if (!(c >= '0' && c <= '9')) {
                    return isReal(body) ? negative ? -Double.parseDouble(body) : Double.parseDouble(body) : null;
                }
            }
            BigInteger value = new BigInteger(negative ? "-" + body : body);
            if (value.bitLength() < 32) {
                return value.intValue();
            }
            if (value.bitLength() < 64) {
                return value.longValue();
            }
            BigDecimal decimal = new BigDecimal(value);
            return decimal.precision() <= 28 ? decimal : decimal.doubleValue();
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static boolean isReal(String body) {
        int i = 0;
        int n = body.length();
        int digits = 0;
        while (i < n && Character.isDigit(body.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && body.charAt(i) == '.') {
            i++;
            while (i < n && Character.isDigit(body.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return false;
        }
        if (i < n && (body.charAt(i) == 'e' || body.charAt(i) == 'E')) {
            i++;
            if (i < n && (body.charAt(i) == '+' || body.charAt(i) == '-')) {
                i++;
            }
            int exponentDigits = 0;
            while (i < n && Character.isDigit(body.charAt(i))) {
                i++;
                exponentDigits++;
            }
            if (exponentDigits == 0) {
                return false;
            }
        }
        return i == n;
    }

    private static Object hex(String digits) {
        BigInteger value = new BigInteger(digits, 16);
        if (value.bitLength() <= 32) {
            return value.intValue();
        }
        if (value.bitLength() <= 64) {
            return value.longValue();
        }
        throw new NumberFormatException(digits);
    }

    private static Object negate(Object value, boolean negative) {
        if (!negative) {
            return value;
        }
        return value instanceof Integer i ? (Object) (-i) : (Object) (-(Long) value);
    }
}
