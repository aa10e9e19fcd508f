package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.interop.InteropLibrary;
import com.oracle.truffle.api.interop.UnknownIdentifierException;
import com.oracle.truffle.api.library.ExportLibrary;
import com.oracle.truffle.api.library.ExportMessage;
import java.util.ArrayList;
import java.util.List;

/**
 * A PowerShell object as other languages see it: its properties (note, script and adapted ones) as
 * readable members, settable ones writable, custom objects open to new ones; its methods invocable.
 * Names are case-insensitive, as in PowerShell. Errors reach the caller as PowerShell errors.
 */
@ExportLibrary(InteropLibrary.class)
public final class PSObjectValue implements InteropValues.Exported {
    private final PSObject object;

    PSObjectValue(PSObject object) {
        this.object = object;
    }

    @Override
    public Object unwrap() {
        return object.isCustomObject() || !object.instanceMembers().isEmpty() ? object : object.baseObject();
    }

    @ExportMessage
    boolean hasMembers() {
        return true;
    }

    @ExportMessage
    @TruffleBoundary
    Object getMembers(boolean includeInternal) {
        List<Object> names = new ArrayList<>();
        for (PSPropertyInfo p : object.properties()) {
            names.add(p.name());
        }
        for (PSMemberInfo m : object.instanceMembers()) {
            if (m instanceof PSMethodInfo) {
                names.add(m.name());
            }
        }
        return new PoshArray(names);
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberReadable(String member) {
        return object.property(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberModifiable(String member) {
        PSPropertyInfo property = object.property(member);
        return property != null && property.isSettable();
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInsertable(String member) {
        return object.isCustomObject() && object.property(member) == null && object.method(member) == null;
    }

    @ExportMessage
    @TruffleBoundary
    boolean isMemberInvocable(String member) {
        return object.method(member) != null;
    }

    @ExportMessage
    @TruffleBoundary
    Object readMember(String member) throws UnknownIdentifierException {
        if (object.property(member) == null) {
            throw UnknownIdentifierException.create(member);
        }
        try {
            return InteropValues.export(MemberAccess.getMember(object, member));
        } catch (PSRuntimeException e) {
            throw new PoshException(e.toErrorRecord(null), null);
        }
    }

    @ExportMessage
    @TruffleBoundary
    void writeMember(String member, Object value) {
        try {
            if (isMemberInsertable(member)) {
                object.setNoteProperty(member, ForeignObjects.importValue(value));
            } else {
                MemberAccess.setMember(object, member, ForeignObjects.importValue(value));
            }
        } catch (PSRuntimeException e) {
            throw new PoshException(e.toErrorRecord(null), null);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object invokeMember(String member, Object[] arguments) throws UnknownIdentifierException {
        if (object.method(member) == null) {
            throw UnknownIdentifierException.create(member);
        }
        Object[] args = new Object[arguments.length];
        for (int i = 0; i < args.length; i++) {
            args[i] = ForeignObjects.importValue(arguments[i]);
        }
        try {
            return InteropValues.export(MemberAccess.invokeMethod(object, member, args));
        } catch (PSRuntimeException e) {
            throw new PoshException(e.toErrorRecord(null), null);
        }
    }

    @ExportMessage
    @TruffleBoundary
    Object toDisplayString(boolean allowSideEffects) {
        return LanguagePrimitives.toStringValue(object);
    }
}
