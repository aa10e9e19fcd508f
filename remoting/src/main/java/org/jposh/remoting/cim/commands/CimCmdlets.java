package org.jposh.remoting.cim.commands;

import java.util.EnumSet;
import java.util.List;
import org.jposh.interpreter.commands.AliasInfo;
import org.jposh.interpreter.commands.CmdletProvider;
import org.jposh.interpreter.commands.PSCmdlet;
import org.jposh.interpreter.runtime.ScopedItemOptions;
import org.jposh.interpreter.runtime.SessionState;

/** The CIM cmdlets (pwsh's CimCmdlets module) with the aliases the module exports. */
public final class CimCmdlets implements CmdletProvider {
    private static final String[] ALIASES = {
        "gcim", "Get-CimInstance",
        "gcms", "Get-CimSession",
        "ncms", "New-CimSession",
        "rcms", "Remove-CimSession"};

    @Override
    public List<Class<? extends PSCmdlet>> cmdlets() {
        return List.of(
                GetCimInstanceCommand.class,
                GetCimSessionCommand.class,
                NewCimSessionCommand.class,
                RemoveCimSessionCommand.class);
    }

    @Override
    public String moduleName(Class<? extends PSCmdlet> cmdlet) {
        return "CimCmdlets";
    }

    @Override
    public String moduleVersion(String moduleName) {
        return "7.0.0.0";
    }

    @Override
    public void initializeSession(SessionState sessionState) {
        for (int i = 0; i < ALIASES.length; i += 2) {
            sessionState.aliases().set(new AliasInfo(ALIASES[i], ALIASES[i + 1],
                    EnumSet.noneOf(ScopedItemOptions.class), ""));
        }
    }
}
