/**
 * PowerShell remoting: the MS-PSRP protocol core (fragments, messages, CLIXML, the OutOfProc
 * framing), sans I/O; the SSH and WS-Management transports and the session cmdlets build on it.
 */
module org.jposh.remoting {
    requires transitive org.jposh.stdlib;
    requires java.xml;

    exports org.jposh.remoting.psrp;
    exports org.jposh.remoting.psrp.clixml;
    exports org.jposh.remoting.psrp.messages;
    exports org.jposh.remoting.psrp.outofproc;
}
