/**
 * PowerShell remoting: the MS-PSRP protocol core (fragments, messages, CLIXML, the OutOfProc
 * framing), the client and server state machines (sans I/O), the OutOfProc transport over a stream
 * pair, and SSH (Apache Mina) as client and embedded server.
 */
module org.jposh.remoting {
    requires transitive org.jposh.stdlib;
    requires java.xml;
    requires org.apache.sshd.osgi;

    exports org.jposh.remoting.psrp;
    exports org.jposh.remoting.psrp.clixml;
    exports org.jposh.remoting.psrp.messages;
    exports org.jposh.remoting.psrp.outofproc;
    exports org.jposh.remoting.protocol;
    exports org.jposh.remoting.server;
    exports org.jposh.remoting.client;
    exports org.jposh.remoting.transport;
    exports org.jposh.remoting.ssh;
    exports org.jposh.remoting.bridge;
    exports org.jposh.remoting.commands;
    exports org.jposh.remoting.cim;
    exports org.jposh.remoting.cim.commands;

    // The binder sets cmdlets' private parameter fields.
    opens org.jposh.remoting.commands to org.jposh.interpreter;
    opens org.jposh.remoting.cim.commands to org.jposh.interpreter;
    opens org.jposh.remoting.utility to org.jposh.interpreter;

    provides org.jposh.interpreter.commands.CmdletProvider with org.jposh.remoting.commands.RemotingCmdlets,
            org.jposh.remoting.cim.commands.CimCmdlets, org.jposh.remoting.utility.ClixmlCmdlets;
}
