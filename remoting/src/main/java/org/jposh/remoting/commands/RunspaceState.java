package org.jposh.remoting.commands;

/** The state of a session's runspace, as System.Management.Automation.Runspaces.RunspaceState names it. */
public enum RunspaceState {
    BeforeOpen, Opening, Opened, Closed, Closing, Broken, Disconnecting, Disconnected, Connecting
}
