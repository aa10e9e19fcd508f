package org.jposh.interpreter;

import org.graalvm.polyglot.Context;
import org.jposh.interpreter.commands.CmdletInfo;
import org.jposh.interpreter.commands.CommandMetadata;
import org.jposh.interpreter.commands.PSCmdlet;

/**
 * What an application embedding JPosh can do beyond the polyglot API. The application runs scripts
 * with {@code Context.eval("posh", ...)} and passes objects through {@code context.getBindings("posh")};
 * here it adds its own cmdlets to a context.
 */
public final class JPosh {
    private JPosh() {
    }

    /**
     * Makes a cmdlet written by the application callable by the scripts of one context, under its
     * {@code Verb-Noun} name, as a built-in one is (it hides a built-in cmdlet of the same name). The
     * class is annotated as the built-ins are ({@code @Cmdlet}, {@code @Parameter}...). On the module
     * path its package must be open to {@code org.jposh.interpreter}, which sets the parameter fields.
     * Call it from a thread that may enter the context, not while that context runs a script.
     *
     * @throws IllegalArgumentException when the class is not a valid cmdlet (no {@code @Cmdlet}, bad
     *                                  parameter metadata), with the reason
     */
    public static void registerCmdlet(Context context, Class<? extends PSCmdlet> cmdlet) {
        CmdletInfo info = new CmdletInfo(cmdlet, "", "0.0");
        CommandMetadata.of(cmdlet);
        context.initialize(PoshLanguage.ID);
        context.enter();
        try {
            PoshContext.current().sessionState().commands().add(info);
        } finally {
            context.leave();
        }
    }
}
