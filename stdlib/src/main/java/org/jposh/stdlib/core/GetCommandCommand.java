package org.jposh.stdlib.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.ApplicationInfo;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CmdletInfo;
import org.jposh.interpreter.commands.CommandDiscovery;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.CommandInfoTypes;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.CommandSyntax;
import org.jposh.interpreter.commands.CommandTypes;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-Command: the commands the session can run, as CommandInfo objects (or with -Syntax their syntax
 * text). Without -Name it lists aliases, functions, filters and cmdlets (those of the -CommandType kinds when
 * given, programs on $env:PATH included for Application), leaving out aliases whose names have no dash unless
 * -CommandType asks for them; a name pattern also finds scripts and
 * programs on $env:PATH. A plain name finds what running it would run (with -All every command of that
 * name) and is an error when nothing has it. Lists are sorted by command type, then name. (-Module,
 * -ParameterName, -ParameterType, -ArgumentList, -FullyQualifiedModule and -ShowCommandInfo are left
 * out; every command of JPosh comes from an imported module, so -ListImported changes nothing.)
 */
@Cmdlet(verb = "Get", noun = "Command", defaultParameterSetName = "CmdletSet")
public final class GetCommandCommand extends PSCmdlet {
    @Parameter(parameterSetName = "AllCommandSet", position = 0, valueFromPipeline = true,
            valueFromPipelineByPropertyName = true)
    private String[] name;

    @Parameter(parameterSetName = "CmdletSet", valueFromPipelineByPropertyName = true)
    private String[] verb;

    @Parameter(parameterSetName = "CmdletSet", valueFromPipelineByPropertyName = true)
    private String[] noun;

    @Parameter(parameterSetName = "AllCommandSet", valueFromPipelineByPropertyName = true)
    private String[] commandType;

    @Parameter(valueFromPipelineByPropertyName = true)
    private int totalCount = -1;

    @Parameter(valueFromPipelineByPropertyName = true)
    private boolean syntax;

    @Parameter(valueFromPipelineByPropertyName = true)
    private boolean all;

    @Parameter(valueFromPipelineByPropertyName = true)
    private boolean listImported;

    private final List<CommandInfo> results = new ArrayList<>();
    private List<CommandTypes> kinds;
    private boolean sort;

    @Override
    protected void beginProcessing() {
        if (commandType != null) {
            kinds = new ArrayList<>();
            for (String text : commandType) {
                List<CommandTypes> parsed = CommandInfoTypes.parseKinds(text);
                if (parsed == null) {
                    throw throwTerminatingError(errorRecord("Cannot bind parameter 'CommandType'. Cannot convert value "
                            + "\"" + text + "\" to type \"System.Management.Automation.CommandTypes\". Error: \"Unable "
                            + "to match the identifier name " + text + " to a valid enumerator name. Specify one of the "
                            + "following enumerator names and try again:\nAlias, Function, Filter, Cmdlet, "
                            + "ExternalScript, Application, Script, Configuration, All\"",
                            "CannotConvertArgumentNoMessage", ErrorCategory.InvalidArgument, text,
                            "ParameterBindingException"));
                }
                kinds.addAll(parsed);
            }
        }
    }

    @Override
    protected void processRecord() {
        if (name == null) {
            sort = true;
            List<CommandInfo> candidates = new ArrayList<>(sessionCommands());
            if (kinds != null && kinds.contains(CommandTypes.Application)) {
                candidates.addAll(CommandDiscovery.applicationsOnPath(PoshContext.get(null)));
            }
            for (CommandInfo command : candidates) {
                if (matchesVerbAndNoun(command) && ofRequestedKind(command)) {
                    results.add(command);
                }
            }
            return;
        }
        for (String pattern : name) {
            if (WildcardPattern.containsWildcardCharacters(pattern)) {
                sort = true;
                addMatches(pattern);
            } else {
                addNamed(pattern);
            }
        }
    }

    @Override
    protected void endProcessing() {
        List<CommandInfo> output = results;
        if (name == null && !all && totalCount < 0) {
            output = new ArrayList<>();
            for (CommandInfo command : results) {
                boolean pithy = command.name().indexOf('-') <= 0;
                boolean hidden = command.commandType() == CommandTypes.Alias
                        ? kinds == null || !kinds.contains(CommandTypes.Alias)
                        : command.commandType() == CommandTypes.Application
                        && (kinds == null || !kinds.contains(CommandTypes.Application));
                if (!(hidden && pithy)) {
                    output.add(command);
                }
            }
        }
        if (sort) {
            output.sort((a, b) -> a.commandType() != b.commandType()
                    ? Integer.compare(a.commandType().ordinal(), b.commandType().ordinal())
                    : a.name().compareToIgnoreCase(b.name()));
        }
        int count = 0;
        for (CommandInfo command : output) {
            if (totalCount >= 0 && count++ >= totalCount) {
                break;
            }
            if (syntax) {
                writeObject(syntaxOf(command));
            } else {
                writeObject(command);
            }
        }
    }

    /** A plain name: what running it would run, or with -All every command of the name; none is an error. */
    private void addNamed(String commandName) {
        List<CommandInfo> found = new ArrayList<>();
        for (CommandInfo command : sessionCommands()) {
            if (command.name().equalsIgnoreCase(commandName)) {
                found.add(command);
            }
        }
        if (all || found.isEmpty()) {
            // Module-qualified names (Module\Command) and scripts and programs, as running the name finds them.
            CommandInfo other = found.isEmpty() ? CommandDiscovery.find(PoshContext.get(null), commandName)
                    : CommandDiscovery.findExternal(PoshContext.get(null), commandName);
            if (other != null) {
                found.add(other);
            }
        }
        boolean any = false;
        for (CommandInfo command : found) {
            if (ofRequestedKind(command)) {
                results.add(command);
                any = true;
                if (!all) {
                    break;
                }
            }
        }
        if (!any) {
            writeError(errorRecord(CommandDiscovery.notRecognized(commandName), "CommandNotFoundException",
                    ErrorCategory.ObjectNotFound, commandName, "CommandNotFoundException"));
        }
    }

    /** A pattern: the session's commands and the programs on $env:PATH whose names match. */
    private void addMatches(String pattern) {
        WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
        List<CommandInfo> candidates = new ArrayList<>(sessionCommands());
        candidates.addAll(CommandDiscovery.applicationsOnPath(PoshContext.get(null)));
        for (CommandInfo command : candidates) {
            if (wildcard.isMatch(command.name()) && ofRequestedKind(command) && !results.contains(command)) {
                results.add(command);
            }
        }
    }

    /** Aliases, then functions visible from the caller's scope, then cmdlets: discovery's order. */
    private Collection<CommandInfo> sessionCommands() {
        Map<String, CommandInfo> commands = new LinkedHashMap<>();
        List<CommandInfo> everything = new ArrayList<>(sessionState().aliases().all());
        everything.addAll(sessionState().currentScope().visibleFunctions().values());
        everything.addAll(sessionState().commands().all());
        for (CommandInfo command : everything) {
            commands.putIfAbsent(command.commandType() + ":" + command.name().toLowerCase(Locale.ROOT), command);
        }
        return commands.values();
    }

    private boolean ofRequestedKind(CommandInfo command) {
        return kinds == null || kinds.contains(command.commandType());
    }

    /** -Verb and -Noun select cmdlets and functions by the parts of their Verb-Noun names. */
    private boolean matchesVerbAndNoun(CommandInfo command) {
        if (verb == null && noun == null) {
            return true;
        }
        if (!(command instanceof CmdletInfo || command instanceof FunctionInfo)) {
            return false;
        }
        int dash = command.name().indexOf('-');
        String commandVerb = dash < 0 ? command.name() : command.name().substring(0, dash);
        String commandNoun = dash < 0 ? "" : command.name().substring(dash + 1);
        return matchesAny(verb, commandVerb) && matchesAny(noun, commandNoun);
    }

    private static boolean matchesAny(String[] patterns, String text) {
        if (patterns == null) {
            return true;
        }
        for (String pattern : patterns) {
            if (new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE).isMatch(text)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The syntax Get-Command -Syntax writes: the parameter sets' lines; a program's path; for an alias,
     * the command it stands for, introduced by "alias (alias) -> command".
     */
    private String syntaxOf(CommandInfo command) {
        if (command instanceof AliasInfo alias) {
            CommandInfo target;
            try {
                target = CommandDiscovery.resolveAlias(PoshContext.get(null), alias, null);
            } catch (PoshException e) {
                return alias.definition();
            }
            if (target instanceof ApplicationInfo application) {
                return application.path().toString();
            }
            return alias.name() + " (alias) -> " + target.name() + "\n"
                    + syntaxOf(target).replace(target.name(), alias.name());
        }
        CommandMetadata metadata = command.metadataWithDynamicParameters();
        return metadata == null ? command.definition() : CommandSyntax.definition(command.name(), metadata);
    }
}
