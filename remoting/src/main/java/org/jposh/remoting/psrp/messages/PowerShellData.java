package org.jposh.remoting.psrp.messages;

import java.util.ArrayList;
import java.util.List;
import org.jposh.remoting.psrp.MessageType;
import org.jposh.remoting.psrp.clixml.PsCollection;
import org.jposh.remoting.psrp.clixml.PsObjectData;

/**
 * The PowerShell object of CREATE_PIPELINE (MS-PSRP 2.2.3.11): the commands of the pipeline, further
 * statements to run after it ({@code extraCommands}, batch invocation; empty when none), whether it
 * is nested, the history text (null when none) and RedirectShellErrorOutputPipe.
 */
public record PowerShellData(List<CommandData> commands, List<List<CommandData>> extraCommands, boolean isNested,
        String history, boolean redirectShellErrorOutputPipe) {

    /** One pipeline of commands, as a client sends for a script or cmdlet call. */
    public static PowerShellData of(List<CommandData> commands) {
        return new PowerShellData(commands, List.of(), false, null, false);
    }

    PsObjectData toClixml() {
        PsObjectData o = Fields.body();
        if (!extraCommands.isEmpty()) {
            PsCollection statements = new PsCollection(PsCollection.Kind.LIST);
            for (List<CommandData> statement : extraCommands) {
                statements.items().add(Fields.body().addExtended("Cmds", commandList(statement)));
            }
            o.addExtended("ExtraCmds", new PsObjectData(CommandData.PSOBJECT_LIST).setBaseValue(statements));
        }
        return o.addExtended("Cmds", commandList(commands))
                .addExtended("IsNested", isNested)
                .addExtended("History", history)
                .addExtended("RedirectShellErrorOutputPipe", redirectShellErrorOutputPipe);
    }

    private static PsObjectData commandList(List<CommandData> commands) {
        PsCollection list = new PsCollection(PsCollection.Kind.LIST);
        for (CommandData c : commands) {
            list.items().add(c.toClixml());
        }
        return new PsObjectData(CommandData.PSOBJECT_LIST).setBaseValue(list);
    }

    static PowerShellData decode(Object value) {
        PsObjectData o = Fields.object(MessageType.CREATE_PIPELINE, value);
        List<List<CommandData>> extra = new ArrayList<>();
        PsCollection statements = Fields.has(o, "ExtraCmds") ? Fields.listOrNull(o, "ExtraCmds") : null;
        if (statements != null) {
            for (Object s : statements.items()) {
                extra.add(commands(Fields.listOrNull(Fields.object(MessageType.CREATE_PIPELINE, s), "Cmds")));
            }
        }
        return new PowerShellData(commands(Fields.listOrNull(o, "Cmds")), extra, Fields.bool(o, "IsNested"),
                Fields.has(o, "History") ? Fields.string(o, "History") : null,
                Fields.has(o, "RedirectShellErrorOutputPipe") && Fields.bool(o, "RedirectShellErrorOutputPipe"));
    }

    private static List<CommandData> commands(PsCollection list) {
        if (list == null) {
            throw Fields.missing("Cmds");
        }
        List<CommandData> commands = new ArrayList<>(list.items().size());
        for (Object item : list.items()) {
            commands.add(CommandData.decode(item));
        }
        return commands;
    }
}
