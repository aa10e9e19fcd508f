package org.jposh.remoting.commands;

/** How a WS-Management session finds its HTTP proxy (System.Management.Automation.Remoting.ProxyAccessType). */
public enum ProxyAccessType {
    None, IEConfig, WinHttpConfig, AutoDetect, NoProxyServer
}
