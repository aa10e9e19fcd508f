package org.jposh.interpreter.commands;

import java.math.BigDecimal;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.PSObject;
import org.jposh.interpreter.runtime.Version;

/**
 * PowerShell's ArgumentToVersionTransformationAttribute: a whole number, or text without a dot, is a major
 * version ({@code 2} is 2.0). A number with a fraction keeps its digits ({@code 2.0}, {@code 1.1}), as pwsh
 * reads a numeric argument's text; other text is left to the conversion to Version. Subclasses may read
 * words of their own first ({@link #fromString}).
 */
public class ArgumentToVersionTransformation implements ArgumentTransformation {
    @Override
    public final Object transform(BindingServices services, Object inputData) {
        Object value = PSObject.base(inputData);
        if (value instanceof String text) {
            Version own = fromString(text);
            if (own != null) {
                return own;
            }
            if (text.contains(".")) {
                return inputData;
            }
        }
        if (value instanceof Double || value instanceof BigDecimal) {
            return Version.parse(new BigDecimal(value.toString()).toPlainString() + (isWhole(value) ? ".0" : ""));
        }
        try {
            return new Version(LanguagePrimitives.toInt(value), 0, -1, -1);
        } catch (RuntimeException notANumber) {
            return inputData;
        }
    }

    /** A version a subclass reads from a word ({@code Latest}), or null. */
    protected Version fromString(String text) {
        return null;
    }

    private static boolean isWhole(Object number) {
        return !number.toString().contains(".");
    }
}
