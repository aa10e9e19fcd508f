package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.TruffleLanguage;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.interop.UnsupportedMessageException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.ArrayList;

/**
 * A session's global scope as the polyglot bindings ({@code context.getBindings("posh")}) show it:
 * each variable a member, so that the host can set {@code $x} before a script runs
 * ({@code putMember("x", value)}) and read what a script set afterwards.
 */
@ExportLibrary(InteropLibrary.class)
public final class ScopeValue implements InteropValues.Exported {
    private final SessionStateScope scope;
    private final Class<? extends TruffleLanguage<?>> language;

    public ScopeValue(SessionStateScope scope, Class<? extends TruffleLanguage<?>> language) {
        this.scope = scope;
        this.language = language;
    }

    @Override
    public Object unwrap() {
        return this;
    }

    @ExportMessage
    boolean isScope() {
        return true;
    }

    @ExportMessage
    boolean hasLanguage() {
        return true;
    }

    @ExportMessage
    Class<? extends TruffleLanguage<?>> getLanguage() {
        return language;
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        return new PoshArray(new ArrayList<Object>(scope.names()));
    }

    @ExportMessage(name = "isMemberReadable")
    @ExportMessage(name = "isMemberRemovable")
    @TruffleBoundary
    boolean isSet(String member) {
        return scope.isSet(member);
    }

    /** A variable can be set unless it is read-only or constant ($true, $PID, $IsLinux...). */
    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        PSVariable variable = scope.isSet(member) ? scope.getLocalVariable(member) : null;
        return variable != null && !variable.isReadOnly() && !variable.isConstant();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return !scope.isSet(member);
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        if (!scope.isSet(member)) {
            throw UnknownIdentifierException.create(member);
        }
        return InteropValues.export(scope.get(member));
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) throws UnsupportedMessageException {
        if (scope.isSet(member) && !isMemberModifiable(member)) {
            throw UnsupportedMessageException.create();
        }
        scope.set(member, ForeignObjects.importValue(value));
    }

    @ExportMessage
    @TruffleBoundary
    void removeMember(String member) throws UnknownIdentifierException {
        if (!scope.isSet(member)) {
            throw UnknownIdentifierException.create(member);
        }
        scope.remove(member);
    }

    @ExportMessage
    Object toDisplayString(boolean allowSideEffects) {
        return "global";
    }
}
