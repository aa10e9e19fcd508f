/**
 * PowerShell remoting (MS-PSRP over SSH and WS-Management) and the session cmdlets.
 * The protocol and transports arrive with the remoting issue; the module exists now so that the
 * dependency order grammar, interpreter, stdlib, remoting, shell is fixed from the start.
 */
module org.jposh.remoting {
    requires transitive org.jposh.stdlib;
}
