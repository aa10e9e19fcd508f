package org.jposh.remoting.ssh;

/**
 * Keeps a known race of Mina SSHD's shutdown off stderr. When a client or server stops, a read completing on
 * a socket it has just closed can still be handed to its executor, which Mina has shut down by then; Mina's
 * wrapper of the executor answers with an IllegalStateException where the JDK expects a rejection, and the
 * JDK's or Mina's I/O thread dies of it, printing a stack trace after the session has already ended well
 * (apache/mina-sshd#409). Nothing is lost: the socket was closed on purpose.
 *
 * <p>Installed as the default handler of uncaught exceptions once an SSH client or server is made; it drops
 * exactly that exception and hands every other one to the handler it replaced, or prints it as the JVM does.
 */
final class MinaShutdownRace implements Thread.UncaughtExceptionHandler {
    private static boolean installed;

    private final Thread.UncaughtExceptionHandler previous;

    MinaShutdownRace(Thread.UncaughtExceptionHandler previous) {
        this.previous = previous;
    }

    static synchronized void install() {
        if (!installed) {
            Thread.UncaughtExceptionHandler previous = Thread.getDefaultUncaughtExceptionHandler();
            Thread.setDefaultUncaughtExceptionHandler(new MinaShutdownRace(previous));
            installed = true;
        }
    }

    @Override
    public void uncaughtException(Thread thread, Throwable e) {
        if (isShutdownRace(e)) {
            return;
        }
        if (previous != null) {
            previous.uncaughtException(thread, e);
        } else {
            System.err.print("Exception in thread \"" + thread.getName() + "\" ");
            e.printStackTrace(System.err);
        }
    }

    /** Mina's executor wrapper refusing work because it was shut down: the top frames name it. */
    static boolean isShutdownRace(Throwable e) {
        if (!(e instanceof IllegalStateException) || !"Executor has been shut down".equals(e.getMessage())) {
            return false;
        }
        for (StackTraceElement frame : e.getStackTrace()) {
            if (frame.getClassName().equals("org.apache.sshd.common.util.threads.NoCloseExecutor")) {
                return true;
            }
        }
        return false;
    }
}
