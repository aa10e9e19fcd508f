package org.jposh.stdlib.help;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.ParameterMetadata;
import org.jposh.interpreter.commands.ParameterSetData;

/**
 * Lays out help as pwsh's help views do (Help.format.ps1xml for help from comments, HelpV3.format.ps1xml
 * for help made from a command's metadata), section by section, with {@link HelpWriter} standing for
 * pwsh's custom-control writer.
 */
final class HelpRenderer {
    /** Which view: Get-Help's default, -Detailed, -Full or -Examples. */
    enum View { DEFAULT, DETAILED, FULL, EXAMPLES }

    /** HelpDisplayStrings.BaseCmdletInformation, whose lines carry their own four spaces. */
    private static final String COMMON_PARAMETERS_TEXT = "    This cmdlet supports the common parameters: Verbose, Debug,\n"
            + "    ErrorAction, ErrorVariable, WarningAction, WarningVariable,\n"
            + "    OutBuffer, PipelineVariable, and OutVariable. For more information, see\n"
            + "    about_CommonParameters (https://go.microsoft.com/fwlink/?LinkID=113216). ";
    private static final String EXAMPLE_RULE = "--------------------------";

    private final String name;
    private final CommandMetadata metadata;
    private final CommentHelp help;
    private final List<String> aliases;
    private final int width;

    /**
     * @param help    the comment-based help, or null for help made from the metadata alone
     * @param aliases the session's aliases of the command
     * @param width   the host's line width
     */
    HelpRenderer(String name, CommandMetadata metadata, CommentHelp help, List<String> aliases, int width) {
        this.width = width;
        this.name = name;
        this.metadata = metadata;
        this.help = help;
        this.aliases = aliases;
    }

    String render(View view) {
        HelpWriter w = new HelpWriter(width);
        if (help == null) {
            reduced(w, view);
            return w.finish();
        }
        details(w);
        if (view == View.EXAMPLES) {
            w.indent(4);
            examples(w);
            w.outdent(4);
            return w.finish();
        }
        syntax(w, CommandSyntax.lines(name, metadata, true, true));
        description(w);
        if (view == View.DETAILED) {
            parameters(w, false);
            w.indent(4);
            examples(w);
            w.outdent(4);
        } else if (view == View.FULL) {
            parameters(w, true);
            typesSection(w, "INPUTS", help.inputs);
            typesSection(w, "OUTPUTS", help.outputs);
            if (help.notes != null) {
                w.text("NOTES").newline().indent(4).newline();
                paragraph(w, help.notes);
                w.newline().outdent(4);
            }
            w.indent(4);
            examples(w);
            w.newline().outdent(4);
            relatedLinks(w);
            return w.finish();
        }
        if (view == View.DEFAULT) {
            relatedLinks(w);
            w.newline();
        }
        remarks(w);
        return w.finish();
    }

    /** The -Parameter view: one parameter's entry of the -Full view. */
    String renderParameter(ParameterMetadata parameter) {
        HelpWriter w = new HelpWriter(width);
        if (help == null) {
            reducedParameter(w, parameter);
        } else {
            fullParameter(w, parameter);
        }
        return w.finish();
    }

    // ---- help from comments (Help.format.ps1xml) ----

    private void details(HelpWriter w) {
        w.text("NAME").newline().indent(4).text(name).newline().newline().outdent(4);
        w.text("SYNOPSIS").newline().indent(4);
        if (help.synopsis != null) {
            paragraph(w, help.synopsis);
        }
        w.newline().newline().outdent(4);
    }

    private static void syntax(HelpWriter w, List<String> lines) {
        w.text("SYNTAX").newline().indent(4);
        for (String line : lines) {
            w.text(line).newline().newline();
        }
        w.newline().outdent(4);
    }

    private void description(HelpWriter w) {
        w.text("DESCRIPTION").newline().indent(4);
        if (help.description != null) {
            paragraph(w, help.description);
        }
        w.newline().outdent(4).newline();
    }

    private void parameters(HelpWriter w, boolean full) {
        w.text("PARAMETERS").newline().indent(4);
        for (ParameterMetadata parameter : declaredParameters()) {
            if (full) {
                fullParameter(w, parameter);
            } else {
                w.text("-" + parameter.name() + parameterValue(parameter)).newline().indent(4);
                description(w, parameter);
                w.newline().outdent(4);
            }
        }
        w.text("<CommonParameters>").newline().indent(4).text(COMMON_PARAMETERS_TEXT).outdent(4).newline().newline();
        w.outdent(4);
    }

    private void fullParameter(HelpWriter w, ParameterMetadata parameter) {
        ParameterSetData data = firstSetData(parameter);
        w.text("-" + parameter.name() + parameterValue(parameter)).newline().indent(4);
        description(w, parameter);
        w.newline();
        w.text("Required?                    ").text(data != null && data.isMandatory() ? "true" : "false").newline();
        w.text("Position?                    ").text(data != null && data.isPositional()
                ? Integer.toString(data.position() + 1) : "named").newline();
        w.text("Default value                ")
                .text(help.defaultValues.getOrDefault(parameter.name().toLowerCase(Locale.ROOT), "")).newline();
        w.text("Accept pipeline input?       ").text(pipelineInput(data)).newline();
        w.text("Aliases                      ").text(String.join(", ", parameter.aliases())).newline();
        w.text("Accept wildcard characters?  ").text("false").newline().newline();
        w.outdent(4);
    }

    private void description(HelpWriter w, ParameterMetadata parameter) {
        String text = help.parameter(parameter.name());
        if (text != null && !text.isBlank()) {
            paragraph(w, text);
        }
    }

    /** MamlParameterValueControl: {@code  <String>} for a value that is required, {@code  [<SwitchParameter>]} otherwise. */
    private static String parameterValue(ParameterMetadata parameter) {
        String type = CommandSyntax.typeName(parameter, true);
        return parameter.isSwitch() ? " [<" + type + ">]" : " <" + type + ">";
    }

    private static String pipelineInput(ParameterSetData data) {
        if (data == null) {
            return "false";
        }
        if (data.valueFromPipeline() && data.valueFromPipelineByPropertyName()) {
            return "true (ByValue, ByPropertyName)";
        }
        return data.valueFromPipeline() ? "true (ByValue)" : data.valueFromPipelineByPropertyName()
                ? "true (ByPropertyName)" : "false";
    }

    private static ParameterSetData firstSetData(ParameterMetadata parameter) {
        ParameterSetData first = null;
        for (ParameterSetData data : parameter.parameterSetData()) {
            if (data.isInAllSets()) {
                return data;
            }
            if (first == null || data.flag() < first.flag()) {
                first = data;
            }
        }
        return first;
    }

    private void typesSection(HelpWriter w, String title, List<String> types) {
        w.text(title).newline().indent(4);
        for (String type : types) {
            w.text(type.strip()).newline().newline();
        }
        w.newline().outdent(4);
    }

    /** The examples: a ruled title, the prompt and code, the remarks and pwsh's four empty paragraphs. */
    private void examples(HelpWriter w) {
        int number = 1;
        for (String example : help.examples) {
            String prompt = "PS > ";
            String content = example;
            int promptEnd = content.indexOf('>');
            int firstBreak = content.indexOf('\n');
            if (promptEnd >= 0 && (firstBreak < 0 || promptEnd < firstBreak)) {
                prompt = content.substring(0, promptEnd + 1);
                content = content.substring(promptEnd + 1);
            }
            String code = content.strip();
            String remarks = "";
            int split = content.indexOf("\n\n");
            if (split >= 0) {
                code = content.substring(0, split).strip();
                remarks = content.substring(split + 2).strip();
            }
            w.text(EXAMPLE_RULE + " EXAMPLE " + number++ + " " + EXAMPLE_RULE).newline().newline();
            w.text(prompt).text(code).newline().newline();
            w.text(remarks).newline();
            w.newlines(4);
        }
    }

    private void relatedLinks(HelpWriter w) {
        w.text("RELATED LINKS").newline().indent(4);
        for (String link : help.links) {
            w.text(link).newline();
        }
        w.outdent(4);
    }

    private void remarks(HelpWriter w) {
        w.text("REMARKS").newline().indent(4);
        w.text("To see the examples, type: \"Get-Help " + name + " -Examples\"").newline();
        w.text("For more information, type: \"Get-Help " + name + " -Detailed\"").newline();
        w.text("For technical information, type: \"Get-Help " + name + " -Full\"").newline();
        if (help.links.stream().anyMatch(HelpRenderer::isUri)) {
            w.outdent(4).text("    For online help, type: \"Get-Help " + name + " -Online\"");
            return;
        }
        w.outdent(4);
    }

    private static boolean isUri(String link) {
        try {
            return URI.create(link).isAbsolute();
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    private static void paragraph(HelpWriter w, String text) {
        w.text(text.strip()).newline();
    }

    // ---- help made from metadata (HelpV3.format.ps1xml, ExtendedCmdletHelpInfo) ----

    private void reduced(HelpWriter w, View view) {
        w.text("NAME").newline().indent(4).text(name).newline().newline().outdent(4);
        boolean common = metadata != null && CommandSyntax.hasCommonParameters(metadata);
        w.text("SYNTAX").newline().indent(4);
        for (String line : metadata == null ? List.of(name) : CommandSyntax.lines(name, metadata, false, common)) {
            w.text(line).newline().newline();
        }
        w.newline().outdent(4);
        if (view == View.DETAILED || view == View.FULL) {
            w.text("PARAMETERS").newline().indent(4);
            List<ParameterMetadata> parameters = declaredParameters();
            for (ParameterMetadata parameter : parameters) {
                reducedParameter(w, parameter);
            }
            if (common) {
                w.text("<CommonParameters>").newline().indent(4).text(COMMON_PARAMETERS_TEXT).outdent(4)
                        .newline().newline();
            } else if (parameters.isEmpty()) {
                w.text("None").newline().newline();
            }
            w.outdent(4).newline();
        }
        // one alias a line, each ended by a line break as pwsh's AppendLine ends them
        w.text("ALIASES").newline().indent(4).text(String.join("\n", aliases.isEmpty() ? List.of("None") : aliases) + "\n")
                .newline().outdent(4).newline();
        w.text("REMARKS").newline().indent(4).text(metadata != null && isCmdlet()
                ? "Get-Help cannot find the Help files for this cmdlet on this computer. It is displaying only "
                + "partial help.\n    -- To download and install Help files for the module that includes this "
                + "cmdlet, use Update-Help." : "None").newline().outdent(4);
    }

    private boolean isCmdlet() {
        return !metadata.implementingTypeName().equals(name);
    }

    private void reducedParameter(HelpWriter w, ParameterMetadata parameter) {
        String value = parameter.isSwitch() ? "" : " <" + CommandSyntax.typeName(parameter, false) + ">";
        w.text("-" + parameter.name() + value).newline().indent(4);
        for (ParameterSetData data : parameter.parameterSetData()) {
            w.newline();
            w.text("Required?                    ").text(data.isMandatory() ? "true" : "false").newline();
            w.text("Position?                    ").text(data.isPositional() ? Integer.toString(data.position())
                    : "Named").newline();
            w.text("Accept pipeline input?       ").text(reducedPipelineInput(data)).newline();
            w.text("Parameter set name           ").text(data.isInAllSets() ? "(All)" : setName(data)).newline();
            w.text("Aliases                      ").text(parameter.aliases().isEmpty() ? "None"
                    : String.join(", ", parameter.aliases())).newline();
            w.text("Dynamic?                     ").text("false").newline();
            w.text("Accept wildcard characters?  ").text("false").newline().newline();
        }
        w.outdent(4);
    }

    private String setName(ParameterSetData data) {
        return metadata.parameterSetNames().get(Integer.numberOfTrailingZeros(data.flag()));
    }

    private static String reducedPipelineInput(ParameterSetData data) {
        List<String> kinds = new ArrayList<>();
        if (data.valueFromPipeline()) {
            kinds.add("ByValue");
        }
        if (data.valueFromPipelineByPropertyName()) {
            kinds.add("ByPropertyName");
        }
        if (data.valueFromRemainingArguments()) {
            kinds.add("FromRemainingArguments");
        }
        return kinds.isEmpty() ? "false" : "true (" + String.join(", ", kinds) + ")";
    }

    /** The command's own parameters and -WhatIf/-Confirm, without the common parameters. */
    private List<ParameterMetadata> declaredParameters() {
        List<ParameterMetadata> result = new ArrayList<>();
        if (metadata != null) {
            for (ParameterMetadata parameter : metadata.parameters()) {
                if (parameter.association() != ParameterMetadata.Association.COMMON) {
                    result.add(parameter);
                }
            }
        }
        return result;
    }
}
