package org.jposh.stdlib.format;

import org.jposh.interpreter.runtime.MemberAccess;
import org.jposh.interpreter.runtime.PSObject;

/**
 * The views pwsh's format.ps1xml files define that JPosh has so far: the table and list views of
 * System.Collections.DictionaryEntry, which is how hashtables print.
 */
final class KnownViews {
    private static final String DICTIONARY_ENTRY = "System.Collections.DictionaryEntry";

    private KnownViews() {
    }

    static boolean isDictionaryEntry(PSObject so) {
        return so.typeNames().contains(DICTIONARY_ENTRY);
    }

    /** The Name and Value fields of an entry, as a view's fields show them. */
    static String[] dictionaryEntryValues(PSObject so) {
        return new String[] {
            DisplayValues.formatField(MemberAccess.getMember(so, "Name"), null, false),
            DisplayValues.formatField(MemberAccess.getMember(so, "Value"), null, false)};
    }
}
