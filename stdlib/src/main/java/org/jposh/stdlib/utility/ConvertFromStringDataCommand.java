package org.jposh.stdlib.utility;

import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.DotNetException;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.Hashtable;
import org.jposh.interpreter.runtime.Regex;
import org.jposh.interpreter.runtime.StringMembers;

/**
 * ConvertFrom-StringData: each input string holds {@code name=value} lines (split at the first
 * -Delimiter); blank lines and lines starting with {@code #} are skipped, names and values are trimmed
 * and the values unescaped as regex text ({@code \n}, {@code \\}). One hashtable per input string.
 */
@Cmdlet(verb = "ConvertFrom", noun = "StringData")
public final class ConvertFromStringDataCommand extends PSCmdlet {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true)
    @AllowEmptyString
    private String stringData;

    @Parameter(position = 1)
    private char delimiter = '=';

    @Override
    protected void processRecord() {
        Hashtable result = new Hashtable();
        if (stringData != null) {
            for (String untrimmed : stringData.split("\n", -1)) {
                addLine(result, StringMembers.trim(untrimmed));
            }
        }
        writeObject(result);
    }

    private void addLine(Hashtable result, String line) {
        if (line.isEmpty() || line.charAt(0) == '#') {
            return;
        }
        int index = line.indexOf(delimiter);
        if (index <= 0) {
            throw invalidOperation("Data line '" + line + "' is not in 'name=value' format. ");
        }
        String name = StringMembers.trim(line.substring(0, index));
        if (result.containsKey(name)) {
            throw invalidOperation("Data item '" + name + "' in line '" + line + "' is already defined. ");
        }
        try {
            result.put(name, Regex.unescape(StringMembers.trim(line.substring(index + 1))));
        } catch (DotNetException e) {
            throw throwTerminatingError(errorRecord(e.getMessage(), e.typeName(), ErrorCategory.NotSpecified, null,
                    e.shortTypeName()));
        }
    }

    /** pwsh throws a PSInvalidOperationException, whose record has the id and category InvalidOperation. */
    private RuntimeException invalidOperation(String message) {
        return throwTerminatingError(errorRecord(message, "InvalidOperation", ErrorCategory.InvalidOperation, null,
                "PSInvalidOperationException"));
    }
}
