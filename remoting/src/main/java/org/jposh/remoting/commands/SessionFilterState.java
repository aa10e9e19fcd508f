package org.jposh.remoting.commands;

/** Which sessions Get-PSSession -State lists (Microsoft.PowerShell.Commands.SessionFilterState). */
public enum SessionFilterState {
    All, Opened, Disconnected, Closed, Broken
}
