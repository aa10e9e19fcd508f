package org.jposh.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import java.util.List;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.runtime.DotNetType;
import org.jposh.interpreter.runtime.ErrorRecord;
import org.jposh.interpreter.runtime.ExceptionValue;
import org.jposh.interpreter.runtime.ScriptTypes;
import org.jposh.interpreter.runtime.TypeResolver;

/**
 * The exception types of a try statement's catch clauses or of a block's traps, and how an error
 * picks one (pwsh's ExceptionHandlingOps.FindMatchingHandler): a typed handler for the exception's
 * inner exception (a division by zero is a RuntimeException around a DivideByZeroException), then
 * one for the exception itself, by type and base types, then a handler without types. An error that left
 * a command wrapped (-ErrorAction Stop's ActionPreferenceStopException, a cmdlet's CmdletInvocationException)
 * also matches by the wrapper's type; pwsh then searches the wrapper before the inner exception, so the inner
 * one wins only with a more specific handler. Either way {@code $_} is the command's record. The types are
 * resolved when the first error arrives, as pwsh does: an unknown type fails then, with TypeNotFound.
 */
final class ErrorHandlerTypes {
    /** The handler an error chose and the record its {@code $_} is: with the exception that matched. */
    record Match(int handler, ErrorRecord error) {
    }

    private final String[][] typeNames;
    private final List<String> usingNamespaces;
    private final ScriptTypes scriptTypes;
    private volatile DotNetType[][] types;

    /**
     * @param typeNames per handler, the type names it takes; empty for one that takes every error
     * @param usingNamespaces the namespaces of the script's {@code using namespace} statements
     * @param scriptTypes the classes the script declares ({@code catch [MyError]})
     */
    ErrorHandlerTypes(String[][] typeNames, List<String> usingNamespaces, ScriptTypes scriptTypes) {
        this.typeNames = typeNames;
        this.usingNamespaces = usingNamespaces;
        this.scriptTypes = scriptTypes;
    }

    /**
     * The handler for the error, or null when none takes it.
     *
     * @param wrapper the exception type the error was wrapped in, or null
     */
    @TruffleBoundary
    Match find(ErrorRecord error, DotNetType wrapper) {
        DotNetType[][] handlerTypes = resolved();
        ExceptionValue exception = error.exception();
        ExceptionValue inner = exception.innerException();
        int forInner = inner == null ? -1 : typedHandler(handlerTypes, inner.dotNetType());
        int forOuter = typedHandler(handlerTypes, exception.dotNetType());
        if (wrapper != null) {
            int forWrapper = typedHandler(handlerTypes, wrapper);
            if (forWrapper >= 0 && (forOuter < 0 || forWrapper < forOuter)) {
                forOuter = forWrapper;
            }
        }
        boolean innerFirst = wrapper == null;
        if (forInner >= 0 && (forOuter < 0 || forInner < forOuter || innerFirst && forInner == forOuter)) {
            return new Match(forInner, error.withException(inner));
        }
        if (forOuter >= 0) {
            return new Match(forOuter, error);
        }
        for (int i = 0; i < handlerTypes.length; i++) {
            if (handlerTypes[i].length == 0) {
                return new Match(i, error);
            }
        }
        return null;
    }

    private static int typedHandler(DotNetType[][] handlerTypes, DotNetType exceptionType) {
        for (int i = 0; i < handlerTypes.length; i++) {
            for (DotNetType type : handlerTypes[i]) {
                if (type.isAssignableFrom(exceptionType)) {
                    return i;
                }
            }
        }
        return -1;
    }

    private DotNetType[][] resolved() {
        DotNetType[][] result = types;
        if (result == null) {
            result = new DotNetType[typeNames.length][];
            for (int i = 0; i < typeNames.length; i++) {
                result[i] = new DotNetType[typeNames[i].length];
                for (int j = 0; j < typeNames[i].length; j++) {
                    result[i][j] = TypeResolver.resolve(typeNames[i][j], usingNamespaces, scriptTypes,
                            PoshContext.get(null).sessionState().types());
                }
            }
            types = result;
        }
        return result;
    }
}
