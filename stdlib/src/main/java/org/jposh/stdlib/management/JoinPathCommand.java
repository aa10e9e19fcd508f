package org.jposh.stdlib.management;

import java.nio.file.Path;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.AllowEmptyCollection;
import org.jposh.interpreter.commands.AllowEmptyString;
import org.jposh.interpreter.commands.AllowNull;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ValidateNotNull;

/**
 * Join-Path: joins each -Path with the child paths, one {@code /} between parts ({@code \} counts as a
 * separator too, as the FileSystem provider on Unix reads it); -Extension changes the result's
 * extension and -Resolve expands and checks the result.
 */
@Cmdlet(verb = "Join", noun = "Path")
public final class JoinPathCommand extends CoreCommandBase {
    @Parameter(position = 0, mandatory = true, valueFromPipeline = true, valueFromPipelineByPropertyName = true)
    @Alias("PSPath")
    private String[] path;

    @Parameter(position = 1, mandatory = true, valueFromPipelineByPropertyName = true)
    @AllowNull
    @AllowEmptyString
    @AllowEmptyCollection
    private String[] childPath;

    @Parameter(position = 2, valueFromPipelineByPropertyName = true, valueFromRemainingArguments = true)
    @AllowNull
    @AllowEmptyString
    @AllowEmptyCollection
    private String[] additionalChildPath;

    @Parameter
    private boolean resolve;

    @Parameter(valueFromPipelineByPropertyName = true)
    @ValidateNotNull
    private String extension;

    @Override
    protected void processRecord() {
        String children = "";
        for (String[] parts : new String[][] {childPath, additionalChildPath}) {
            if (parts != null) {
                for (String part : parts) {
                    children = combine(children, part);
                }
            }
        }
        for (String p : path) {
            String joined = combine(p, children);
            if (extension != null) {
                joined = changeExtension(joined, extension);
            }
            if (!resolve) {
                writeObject(joined);
                continue;
            }
            for (Path resolved : resolveExisting(new String[] {joined}, false, false)) {
                writeObject(resolved.toString());
            }
        }
    }

    /** SessionState.Path.Combine for the FileSystem provider. */
    static String combine(String parent, String child) {
        String p = parent == null ? "" : parent.replace('\\', '/');
        String c = child == null ? "" : child.replace('\\', '/');
        if (c.isEmpty()) {
            return p;
        }
        if (p.isEmpty()) {
            return c;
        }
        return stripEnd(p) + "/" + stripStart(c);
    }

    private static String stripEnd(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) == '/') {
            end--;
        }
        return end == 0 ? "" : s.substring(0, end);
    }

    private static String stripStart(String s) {
        int start = 0;
        while (start < s.length() && s.charAt(start) == '/') {
            start++;
        }
        return s.substring(start);
    }

    /** .NET's Path.ChangeExtension; an empty extension removes it. */
    private static String changeExtension(String path, String newExtension) {
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        String stem = dot > slash ? path.substring(0, dot) : path;
        if (newExtension.isEmpty()) {
            return stem;
        }
        return stem + (newExtension.startsWith(".") ? newExtension : "." + newExtension);
    }
}
