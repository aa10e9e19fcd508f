/**
 * PowerShell's values and their semantics, independent of the parser and the nodes. Nodes call
 * these static operations (each a {@code @TruffleBoundary} where it allocates or does regex work)
 * and report any {@link org.jposh.interpreter.runtime.PSRuntimeException} they throw with
 * {@code toErrorRecord(extent)}.
 *
 * <h2>Values</h2>
 * $null is Java null; "no output" is {@link org.jposh.interpreter.runtime.AutomationNull#VALUE}
 * (stored as null by {@link org.jposh.interpreter.runtime.LanguagePrimitives#automationNullToNull}).
 * Numbers are Integer, Long, Double, BigDecimal (decimal), Byte (unsigned), Short, Float, BigInteger;
 * arrays are Java arrays of the element's class ({@code object[]} is Object[], {@code [int[]]} is
 * Integer[]). {@link org.jposh.interpreter.runtime.CoreTypes} is the table of .NET types and the Java
 * classes that stand for them; {@link org.jposh.interpreter.runtime.DotNetType} is a type as scripts
 * see it; {@link org.jposh.interpreter.runtime.TypeResolver} resolves type literals.
 * {@link org.jposh.interpreter.runtime.PSObject} adds type names and instance members;
 * {@link org.jposh.interpreter.runtime.Hashtable} ({@code @{}}) and
 * {@link org.jposh.interpreter.runtime.OrderedDictionary} ({@code [ordered]@{}}) are the dictionaries;
 * {@link org.jposh.interpreter.runtime.PSReference} is {@code [ref]}. Script blocks reach the runtime
 * through {@link org.jposh.interpreter.runtime.ScriptCallable}.
 *
 * <h2>Operations</h2>
 * <ul>
 * <li>conversions, truthiness, strings, enumeration: {@link org.jposh.interpreter.runtime.LanguagePrimitives};</li>
 * <li>{@code + - * / %}: {@link org.jposh.interpreter.runtime.Arithmetic};</li>
 * <li>{@code -eq -ne -gt -ge -lt -le -contains -in}: {@link org.jposh.interpreter.runtime.ComparisonOperators};</li>
 * <li>{@code -like -match}: {@link org.jposh.interpreter.runtime.MatchOperators}; {@code -replace}:
 *     {@link org.jposh.interpreter.runtime.ReplaceOperator}; {@code -split}:
 *     {@link org.jposh.interpreter.runtime.SplitOperator}; {@code -join}:
 *     {@link org.jposh.interpreter.runtime.JoinOperator}; {@code ..}:
 *     {@link org.jposh.interpreter.runtime.RangeOperator}; {@code -f}:
 *     {@link org.jposh.interpreter.runtime.FormatOperator};</li>
 * <li>{@code -is -isnot -as}: {@link org.jposh.interpreter.runtime.TypeOperators}; {@code -band -bor
 *     -bxor -bnot -shl -shr}: {@link org.jposh.interpreter.runtime.BitwiseOperators};</li>
 * <li>{@code $x.Member}, {@code $x.Method()}, {@code [T]::Member}: {@link org.jposh.interpreter.runtime.MemberAccess},
 *     or for a cached call site {@code DotNetType.of(x).adapter()} ({@link org.jposh.interpreter.runtime.TypeAdapter})
 *     and the {@link org.jposh.interpreter.runtime.PSProperty} / {@link org.jposh.interpreter.runtime.PSMethod}
 *     it returns.</li>
 * </ul>
 * The members of the .NET types JPosh emulates are defined per type in the {@code *Members} classes.
 */
package org.jposh.interpreter.runtime;
