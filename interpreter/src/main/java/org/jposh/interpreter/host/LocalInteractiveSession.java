package org.jposh.interpreter.host;

/**
 * Interactive-session support for a host that keeps the pushed runspace itself (the console, a test host):
 * they extend this; a host that forwards the calls elsewhere (a remoting server's host) implements
 * {@link HostSupportsInteractiveSession} directly instead.
 */
public abstract class LocalInteractiveSession implements HostSupportsInteractiveSession {
    private volatile RemoteRunspace pushed;

    @Override
    public void pushRunspace(RemoteRunspace runspace) {
        pushed = runspace;
    }

    @Override
    public void popRunspace() {
        RemoteRunspace left = pushed;
        pushed = null;
        if (left != null) {
            left.popped();
        }
    }

    @Override
    public boolean isRunspacePushed() {
        return pushed != null;
    }

    @Override
    public RemoteRunspace pushedRunspace() {
        return pushed;
    }
}
