package org.jposh.remoting.commands;

/** What a session is connected to (System.Management.Automation.Runspaces.TargetMachineType). */
public enum TargetMachineType {
    RemoteMachine, VirtualMachine, Container
}
