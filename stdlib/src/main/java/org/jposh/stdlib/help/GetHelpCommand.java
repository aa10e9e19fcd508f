package org.jposh.stdlib.help;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.CmdletInfo;
import org.jposh.interpreter.commands.Cmdlet;
import org.jposh.interpreter.commands.CommandInfo;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.FunctionInfo;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.commands.Parameter;
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.runtime.ErrorCategory;
import org.jposh.interpreter.runtime.WildcardPattern;

/**
 * Get-Help for commands: a function's comment-based help, or help made from a command's metadata (its
 * syntax per parameter set) as pwsh shows commands without help files. -Detailed, -Full and -Examples
 * choose the view; -Parameter shows parameters' entries. An alias shows its command's help. About
 * topics are not provided.
 */
@Cmdlet(verb = "Get", noun = "Help", defaultParameterSetName = "AllUsersView")
public final class GetHelpCommand extends PSCmdlet {
    @Parameter(position = 0, valueFromPipelineByPropertyName = true)
    private String name;

    @Parameter(mandatory = true, parameterSetName = "DetailedView")
    private boolean detailed;

    @Parameter(parameterSetName = "AllUsersView")
    private boolean full;

    @Parameter(mandatory = true, parameterSetName = "Examples")
    private boolean examples;

    @Parameter(mandatory = true, parameterSetName = "Parameters")
    private String[] parameter;

    @Override
    protected void processRecord() {
        CommandInfo command = name == null ? null : sessionState().findCommand(name);
        if (command instanceof AliasInfo alias) {
            command = sessionState().findCommand(alias.definition());
        }
        if (command == null) {
            writeError(errorRecord("Get-Help could not find " + (name == null ? "the help overview" : name)
                    + " in a help file in this session. To download updated help topics type: \"Update-Help\". To "
                    + "get help online, search for the help topic in the TechNet library at "
                    + "https://go.microsoft.com/fwlink/?LinkID=107116.", "HelpNotFound", ErrorCategory.ResourceUnavailable,
                    null, "HelpNotFoundException"));
            return;
        }
        CommandMetadata metadata;
        CommentHelp help = null;
        String category;
        if (command instanceof FunctionInfo function) {
            metadata = function.scriptBlock().code().metadata();
            help = CommentHelp.of(function.scriptBlock().code().extent());
            category = "Function";
        } else if (command instanceof CmdletInfo cmdlet) {
            metadata = cmdlet.metadata();
            category = "Cmdlet";
        } else {
            writeError(errorRecord("Get-Help could not find " + name + " in a help file in this session.",
                    "HelpNotFound", ErrorCategory.ResourceUnavailable, null, "HelpNotFoundException"));
            return;
        }
        String commandName = command.name();
        List<String> aliases = new ArrayList<>();
        for (AliasInfo alias : sessionState().aliases().all()) {
            if (alias.definition().equalsIgnoreCase(commandName)) {
                aliases.add(alias.name());
            }
        }
        HelpRenderer renderer = new HelpRenderer(commandName, metadata, help, aliases,
                host().ui().bufferWidth());
        String synopsis = help != null && help.synopsis != null ? help.synopsis.strip()
                : metadata == null ? commandName : String.join("\n", CommandSyntax.lines(commandName, metadata, false,
                        CommandSyntax.hasCommonParameters(metadata)));
        if (parameter != null) {
            writeParameters(renderer, metadata, commandName, category, synopsis, help != null);
            return;
        }
        HelpRenderer.View view = detailed ? HelpRenderer.View.DETAILED : full ? HelpRenderer.View.FULL
                : examples ? HelpRenderer.View.EXAMPLES : HelpRenderer.View.DEFAULT;
        writeObject(new HelpInfo(commandName, category, synopsis, help != null, renderer.render(view)));
    }

    private void writeParameters(HelpRenderer renderer, CommandMetadata metadata, String commandName, String category,
                                 String synopsis, boolean fromComments) {
        for (String pattern : parameter) {
            WildcardPattern wildcard = new WildcardPattern(pattern, WildcardPattern.IGNORE_CASE);
            boolean any = false;
            for (ParameterMetadata p : metadata == null ? java.util.List.<ParameterMetadata>of() : metadata.parameters()) {
                if (p.association() != ParameterMetadata.Association.COMMON && wildcard.isMatch(p.name())) {
                    any = true;
                    writeObject(new HelpInfo(commandName, category, synopsis, fromComments, renderer.renderParameter(p)));
                }
            }
            if (!any) {
                writeError(errorRecord("No parameter matches criteria " + pattern + ".", "NoParmsFound",
                        ErrorCategory.InvalidArgument, null, "ArgumentException"));
            }
        }
    }
}
