package org.jposh.interpreter.commands;

import java.util.ArrayList;
import java.util.List;
import org.jposh.grammar.ast.CommandExpressionAst;
import org.jposh.grammar.ast.ConstantExpressionAst;
import org.jposh.grammar.ast.ExpressionAst;
import org.jposh.grammar.ast.HashtableAst;
import org.jposh.grammar.ast.PipelineAst;
import org.jposh.grammar.ast.StringConstantExpressionAst;
import org.jposh.interpreter.runtime.Version;

/**
 * A module as {@code #requires -Modules} and {@code using module} name it (pwsh's ModuleSpecification): its
 * name or path, and the versions that will do (null when any will).
 */
public record ModuleSpecification(String name, Version version, Version requiredVersion, Version maximumVersion) {

    /** A module named without versions. */
    public static ModuleSpecification named(String name) {
        return new ModuleSpecification(name, null, null, null);
    }

    /** Whether a module of this version will do. */
    public boolean allows(Version moduleVersion) {
        return (version == null || moduleVersion.compareTo(version) >= 0)
                && (requiredVersion == null || moduleVersion.compareTo(requiredVersion) == 0)
                && (maximumVersion == null || moduleVersion.compareTo(maximumVersion) <= 0);
    }

    /** Thrown for a hashtable whose keys or values are not constants (RequiresArgumentMustBeConstant). */
    public static final class NotConstantException extends RuntimeException {
        NotConstantException() {
            super(null, null, false, false);
        }
    }

    /**
     * The module a hashtable literal of constants describes, checked as pwsh's ModuleSpecificationInitHelper
     * checks it (GUID is accepted and not compared).
     *
     * @throws NotConstantException when a key or value is not a constant
     * @throws IllegalArgumentException with pwsh's message when a key is unknown, ModuleName or every
     *                                  version is missing, or two versions cannot go together
     * @throws org.jposh.interpreter.runtime.PSRuntimeException when a version does not parse
     */
    public static ModuleSpecification of(HashtableAst table) {
        String name = null;
        Version version = null;
        Version required = null;
        Version maximum = null;
        List<String> badKeys = new ArrayList<>();
        for (HashtableAst.KeyValuePair pair : table.keyValuePairs()) {
            String key = constant(pair.key());
            String value = pair.value() instanceof PipelineAst pipeline && pipeline.pipelineElements().size() == 1
                    && pipeline.pipelineElements().getFirst() instanceof CommandExpressionAst command
                    && (command.redirections() == null || command.redirections().isEmpty()) ? constant(command.expression()) : null;
            if (key == null || value == null) {
                throw new NotConstantException();
            }
            switch (key.toLowerCase(java.util.Locale.ROOT)) {
                case "modulename" -> name = value;
                case "moduleversion" -> version = Version.parse(value);
                case "requiredversion" -> required = Version.parse(value);
                case "maximumversion" -> maximum = Version.parse(value);
                case "guid" -> { }
                default -> badKeys.add("'" + key + "'");
            }
        }
        if (!badKeys.isEmpty()) {
            throw new IllegalArgumentException("The hashtable describing a module contains one or more members that are "
                    + "not valid. The valid members are (ModuleName, ModuleVersion, RequiredVersion, GUID). Remove the "
                    + "members that are not valid (" + String.join(", ", badKeys) + "), then try again.");
        }
        if (name == null || name.isEmpty()) {
            throw new IllegalArgumentException("The 'ModuleName' member does not exist in the hashtable that describes "
                    + "this module.");
        }
        if (version == null && required == null && maximum == null) {
            throw new IllegalArgumentException("The 'ModuleVersion', 'MaximumVersion' and 'RequiredVersion' members do "
                    + "not exist in the hashtable that describes this module. One of these three members must exist, and "
                    + "be assigned a version number in the format 'n.n.n.n'.");
        }
        if (required != null && (version != null || maximum != null)) {
            throw new IllegalArgumentException("The parameters " + (version != null ? "ModuleVersion" : "MaximumVersion")
                    + " and RequiredVersion cannot be used together. Please specify only one parameter.");
        }
        return new ModuleSpecification(name, version, required, maximum);
    }

    /** A constant's text: a string's value, a number as written; null for anything else. */
    private static String constant(ExpressionAst ast) {
        if (ast instanceof StringConstantExpressionAst string) {
            return string.value();
        }
        return ast instanceof ConstantExpressionAst ? ast.extent().text() : null;
    }
}
