package org.jposh.remoting.psrp.messages;

import java.util.ArrayList;
import java.util.List;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsCollection;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * One command of a pipeline in CREATE_PIPELINE (MS-PSRP 2.2.3.12): a command name or script text,
 * whether it runs in the local scope ({@code useLocalScope} null: the default), how its streams are
 * merged, and its arguments. The per-stream merge settings exist from protocol 2.2 (Information from
 * 2.3); older senders leave them out, which reads as {@link PipelineResultTypes#NONE}.
 */
public record CommandData(String command, boolean isScript, Boolean useLocalScope, PipelineResultTypes mergeMyResult,
        PipelineResultTypes mergeToResult, PipelineResultTypes mergePreviousResults, PipelineResultTypes mergeError,
        PipelineResultTypes mergeWarning, PipelineResultTypes mergeVerbose, PipelineResultTypes mergeDebug,
        PipelineResultTypes mergeInformation, List<CommandParameter> parameters) {

    /** A command or script with arguments and no stream merging. */
    public static CommandData of(String command, boolean isScript, List<CommandParameter> parameters) {
        PipelineResultTypes none = PipelineResultTypes.NONE;
        return new CommandData(command, isScript, null, none, none, none, none, none, none, none, none, parameters);
    }

    /**
     * The type names pwsh gives its lists of commands and parameters; receivers only read the list.
     * The assembly version is Windows PowerShell's System.Management.Automation version.
     */
    static final String[] PSOBJECT_LIST = {"System.Collections.Generic.List`1[[System.Management.Automation.PSObject,"
            + " System.Management.Automation, Version=3.0.0.0, Culture=neutral, PublicKeyToken=31bf3856ad364e35]]", "System.Object"};

    PsObjectData toClixml() {
        PsCollection args = new PsCollection(PsCollection.Kind.LIST);
        for (CommandParameter p : parameters) {
            args.items().add(p.toClixml());
        }
        return Fields.body()
                .addExtended("Cmd", command)
                .addExtended("IsScript", isScript)
                .addExtended("UseLocalScope", useLocalScope)
                .addExtended("MergeMyResult", merge(mergeMyResult))
                .addExtended("MergeToResult", merge(mergeToResult))
                .addExtended("MergePreviousResults", merge(mergePreviousResults))
                .addExtended("MergeError", merge(mergeError))
                .addExtended("MergeWarning", merge(mergeWarning))
                .addExtended("MergeVerbose", merge(mergeVerbose))
                .addExtended("MergeDebug", merge(mergeDebug))
                .addExtended("MergeInformation", merge(mergeInformation))
                .addExtended("Args", new PsObjectData(PSOBJECT_LIST).setBaseValue(args));
    }

    private static PsObjectData merge(PipelineResultTypes value) {
        return Fields.enumObject(PipelineResultTypes.TYPE_NAMES, value);
    }

    static CommandData decode(Object item) {
        PsObjectData o = Fields.object(MessageType.CREATE_PIPELINE, item);
        Object local = Fields.unwrap(Fields.value(o, "UseLocalScope"));
        List<CommandParameter> parameters = new ArrayList<>();
        PsCollection args = Fields.listOrNull(o, "Args");
        if (args != null) {
            for (Object a : args.items()) {
                parameters.add(CommandParameter.decode(a));
            }
        }
        return new CommandData(Fields.string(o, "Cmd"), Fields.bool(o, "IsScript"), local instanceof Boolean b ? b : null,
                Fields.enumValue(o, "MergeMyResult", PipelineResultTypes.class),
                Fields.enumValue(o, "MergeToResult", PipelineResultTypes.class),
                Fields.enumValue(o, "MergePreviousResults", PipelineResultTypes.class),
                optionalMerge(o, "MergeError"), optionalMerge(o, "MergeWarning"), optionalMerge(o, "MergeVerbose"),
                optionalMerge(o, "MergeDebug"), optionalMerge(o, "MergeInformation"), parameters);
    }

    private static PipelineResultTypes optionalMerge(PsObjectData o, String name) {
        return Fields.has(o, name) ? Fields.enumValue(o, name, PipelineResultTypes.class) : PipelineResultTypes.NONE;
    }
}
