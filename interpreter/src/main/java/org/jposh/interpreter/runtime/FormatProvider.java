package org.jposh.interpreter.runtime;

/**
 * System.IFormatProvider: what ToString, String.Format and Parse take to write or read a value in a
 * culture's way ({@link CultureInfo}, {@link NumberFormatInfo}, {@link DateTimeFormatInfo}).
 */
public interface FormatProvider {
}
