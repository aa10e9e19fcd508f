package org.jposh.stdlib.management;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.Alias;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;

/**
 * Split-Path: a part of each path, by parameter set: the parent (the default), the leaf, the leaf
 * without its extension, the extension, the drive qualifier, the path without it, or whether the path
 * is absolute. Paths are taken as text; -Resolve expands them first.
 */
@Cmdlet(verb = "Split", noun = "Path", defaultParameterSetName = "ParentSet")
public final class SplitPathCommand extends CoreCommandBase {
    @Parameter(position = 0, parameterSetName = "ParentSet", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(position = 0, parameterSetName = "LeafSet", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(position = 0, parameterSetName = "LeafBaseSet", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(position = 0, parameterSetName = "ExtensionSet", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(position = 0, parameterSetName = "QualifierSet", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(position = 0, parameterSetName = "NoQualifierSet", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    @Parameter(position = 0, parameterSetName = "IsAbsoluteSet", mandatory = true, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] path;

    @Parameter(parameterSetName = "LiteralPathSet", mandatory = true, valueFromPipelineByPropertyName = true)
    @Alias({"PSPath", "LP"})
    private String[] literalPath;

    @Parameter(parameterSetName = "QualifierSet", mandatory = true, valueFromPipelineByPropertyName = true)
    private boolean qualifier;

    @Parameter(parameterSetName = "NoQualifierSet", mandatory = true, valueFromPipelineByPropertyName = true)
    private boolean noQualifier;

    @Parameter(parameterSetName = "ParentSet", valueFromPipelineByPropertyName = true)
    private boolean parent;

    @Parameter(parameterSetName = "LeafSet", mandatory = true, valueFromPipelineByPropertyName = true)
    private boolean leaf;

    @Parameter(parameterSetName = "LeafBaseSet", mandatory = true, valueFromPipelineByPropertyName = true)
    private boolean leafBase;

    @Parameter(parameterSetName = "ExtensionSet", mandatory = true, valueFromPipelineByPropertyName = true)
    private boolean extension;

    @Parameter
    private boolean resolve;

    @Parameter(parameterSetName = "IsAbsoluteSet", mandatory = true)
    private boolean isAbsolute;

    @Override
    protected void processRecord() {
        boolean literal = literalPath != null;
        String[] given = literal ? literalPath : path;
        List<String> paths = new ArrayList<>();
        if (resolve) {
            for (Path p : resolveExisting(given, literal, false)) {
                paths.add(p.toString());
            }
        } else {
            paths.addAll(List.of(given));
        }
        for (String p : paths) {
            if (isAbsolute) {
                writeObject(isAbsolute(p));
            } else if (qualifier) {
                int colon = p.indexOf(':');
                if (colon < 0) {
                    writeError(errorRecord("Cannot parse path because path '" + p + "' does not have a qualifier "
                            + "specified.", "ParsePathFormatError", ErrorCategory.InvalidArgument, p,
                            "FormatException"));
                } else {
                    writeObject(p.substring(0, p.startsWith("::", colon) ? colon + 2 : colon + 1));
                }
            } else if (noQualifier) {
                writeObject(withoutQualifier(p));
            } else if (leaf || leafBase || extension) {
                String childName = childName(p);
                writeObject(leaf ? childName : leafBase ? withoutExtension(childName) : extensionOf(childName));
            } else {
                writeObject(parentOf(p));
            }
        }
    }

    private static String trimEnd(String p) {
        String s = p.replace('\\', '/');
        int end = s.length();
        while (end > 1 && s.charAt(end - 1) == '/') {
            end--;
        }
        return s.substring(0, end);
    }

    static String childName(String p) {
        String s = trimEnd(withoutQualifier(p));
        int slash = s.lastIndexOf('/');
        return slash < 0 || s.equals("/") ? (s.equals("/") ? "" : s) : s.substring(slash + 1);
    }

    static String parentOf(String p) {
        String qualifier = p.substring(0, p.length() - withoutQualifier(p).length());
        String s = trimEnd(withoutQualifier(p));
        int slash = s.lastIndexOf('/');
        if (slash < 0 || s.equals("/")) {
            return qualifier.isEmpty() ? "" : qualifier + (s.startsWith("/") && !s.equals("/") ? "/" : "");
        }
        return qualifier + (slash == 0 ? "/" : s.substring(0, slash));
    }

    private static String withoutQualifier(String p) {
        int provider = p.indexOf("::");
        if (provider >= 0) {
            return p.substring(provider + 2);
        }
        int colon = p.indexOf(':');
        if (colon > 0 && p.lastIndexOf('/', colon) < 0 && p.lastIndexOf('\\', colon) < 0) {
            return p.substring(colon + 1);
        }
        return p;
    }

    private static boolean isAbsolute(String p) {
        String s = p.replace('\\', '/');
        return s.startsWith("/") || s.equals("~") || s.startsWith("~/") || !withoutQualifier(p).equals(p);
    }

    private static String withoutExtension(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 ? name : name.substring(0, dot);
    }

    private static String extensionOf(String name) {
        int dot = name.lastIndexOf('.');
        return dot < 0 || dot == name.length() - 1 ? "" : name.substring(dot);
    }
}
