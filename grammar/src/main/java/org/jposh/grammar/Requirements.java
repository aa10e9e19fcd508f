package org.jposh.grammar;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jposh.grammar.ast.*;

/**
 * Reads a script's {@code #requires} lines as pwsh does: each is parsed as a command ({@code requires -Version 7
 * -Modules A, B}) whose parameters, matched by prefix, must have constant arguments.
 */
final class Requirements {
    private String shellId;
    private String version;
    private final List<String> editions = new ArrayList<>();
    private final List<ExpressionAst> modules = new ArrayList<>();
    private final List<String> assemblies = new ArrayList<>();
    private boolean elevation;

    private Requirements() {
    }

    /** The requirements of the {@code #requires} lines at the given [start, end) ranges, or null when none. */
    static ScriptRequirements of(ScriptSource source, List<int[]> lines, ScriptParser parser) {
        if (lines.isEmpty()) {
            return null;
        }
        Requirements requirements = new Requirements();
        for (int[] line : lines) {
            requirements.read(source, parser.parseRequiresLine(line[0] + 1, line[1]));
        }
        return new ScriptRequirements(requirements.shellId, requirements.version, requirements.editions,
                requirements.modules, requirements.assemblies, requirements.elevation);
    }

    private void read(ScriptSource source, PowerShellParser.ScriptContext tree) {
        ScriptBlockAst line = new AstBuilder(source).script(tree, null);
        List<StatementAst> statements = line.endBlock() == null ? List.of() : line.endBlock().statements();
        if (statements.isEmpty() || !(statements.getFirst() instanceof PipelineAst pipeline)
                || !(pipeline.pipelineElements().getFirst() instanceof CommandAst command)) {
            return;
        }
        List<CommandElementAst> elements = command.commandElements();
        if (!(elements.getFirst() instanceof StringConstantExpressionAst name)
                || !name.value().equalsIgnoreCase("requires")) {
            throw Errors.error(command.extent(), "ScriptRequiresInvalidFormat");
        }
        for (int i = 1; i < elements.size(); i++) {
            if (!(elements.get(i) instanceof CommandParameterAst parameter)) {
                throw Errors.error(elements.get(i).extent(), "ScriptRequiresInvalidFormat");
            }
            ExpressionAst argument = parameter.argument();
            if (argument == null && i + 1 < elements.size() && elements.get(i + 1) instanceof ExpressionAst next) {
                argument = next;
                i++;
            }
            parameter(parameter, argument);
        }
    }

    private void parameter(CommandParameterAst parameter, ExpressionAst argument) {
        String name = parameter.parameterName().toLowerCase(Locale.ROOT);
        if ("runasadministrator".startsWith(name)) {
            if (argument != null) {
                throw Errors.error(parameter.extent(), "ParameterCannotHaveArgument", parameter.parameterName());
            }
            elevation = true;
            return;
        }
        if (argument == null) {
            throw Errors.error(parameter.extent(), "ParameterRequiresArgument", parameter.parameterName());
        }
        if (!isConstant(argument)) {
            throw Errors.error(argument.extent(), "RequiresArgumentMustBeConstant");
        }
        if ("shellid".startsWith(name)) {
            shellId = string(argument, "shellid");
        } else if ("pssnapin".startsWith(name)) {
            string(argument, "pssnapin");
        } else if ("psedition".startsWith(name)) {
            for (ExpressionAst item : items(argument)) {
                String edition = string(item, "psedition");
                if (!edition.equalsIgnoreCase("Core") && !edition.equalsIgnoreCase("Desktop")) {
                    throw Errors.error(item.extent(), "RequiresPSEditionInvalid", "psedition");
                }
                if (editions.stream().anyMatch(edition::equalsIgnoreCase)) {
                    throw Errors.error(item.extent(), "RequiresPSEditionValueIsAlreadySpecified", "psedition");
                }
                editions.add(edition);
            }
        } else if ("version".startsWith(name)) {
            String text = argument instanceof StringConstantExpressionAst s ? s.value() : argument.extent().text();
            if (!text.matches("\\d+(\\.\\d+){0,3}")) {
                throw Errors.error(argument.extent(), "RequiresVersionInvalid");
            }
            version = text;
        } else if ("assembly".startsWith(name)) {
            for (ExpressionAst item : items(argument)) {
                assemblies.add(string(item, "assembly"));
            }
        } else if ("modules".startsWith(name)) {
            modules.addAll(items(argument));
        } else {
            throw Errors.error(parameter.extent(), "ScriptRequiresInvalidFormat");
        }
    }

    private static List<ExpressionAst> items(ExpressionAst argument) {
        return argument instanceof ArrayLiteralAst array ? array.elements() : List.of(argument);
    }

    private static String string(ExpressionAst argument, String parameter) {
        if (argument instanceof StringConstantExpressionAst s) {
            return s.value();
        }
        throw Errors.error(argument.extent(), "RequiresInvalidStringArgument", parameter);
    }

    /** Constant as pwsh's IsConstantValueVisitor allows for #requires: literals, and arrays and hashtables of them. */
    private static boolean isConstant(ExpressionAst ast) {
        if (ast instanceof StringConstantExpressionAst || ast instanceof ConstantExpressionAst) {
            return true;
        }
        if (ast instanceof ArrayLiteralAst array) {
            return array.elements().stream().allMatch(Requirements::isConstant);
        }
        if (ast instanceof HashtableAst hashtable) {
            for (HashtableAst.KeyValuePair pair : hashtable.keyValuePairs()) {
                if (!isConstant(pair.key()) || !(pair.value() instanceof PipelineAst p)
                        || p.pipelineElements().size() != 1
                        || !(p.pipelineElements().getFirst() instanceof CommandExpressionAst e)
                        || !isConstant(e.expression())) {
                    return false;
                }
            }
            return true;
        }
        return false;
    }
}
