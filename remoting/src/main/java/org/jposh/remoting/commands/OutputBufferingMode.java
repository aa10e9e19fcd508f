package org.jposh.remoting.commands;

/** What a disconnected WS-Management session does with output nobody reads (System.Management.Automation.Runspaces.OutputBufferingMode). */
public enum OutputBufferingMode {
    None, Drop, Block
}
