package org.jposh.remoting.commands;

/** Whether a session can run a command now (System.Management.Automation.Runspaces.RunspaceAvailability). */
public enum RunspaceAvailability {
    None, Available, AvailableForNestedCommand, Busy, RemoteDebug
}
