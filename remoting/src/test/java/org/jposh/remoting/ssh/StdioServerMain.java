package org.jposh.remoting.ssh;

import org.jposh.remoting.TestExecutor;
import org.jposh.remoting.bridge.InterpreterExecutor;
import org.jposh.remoting.psrp.clixml.PsDictionary;
import org.jposh.remoting.server.PipelineContext;
import org.jposh.remoting.server.PipelineExecutor;
import org.jposh.remoting.server.PipelineRequest;
import org.jposh.remoting.transport.OutOfProcServer;

/**
 * What Debian's sshd starts for the {@code powershell} subsystem in the OpenSSH tests: an OutOfProc
 * server on stdin/stdout with the test engine, as {@code jposh -sshs} will run one with the
 * interpreter. One extra command, {@code Halt}, kills the process mid-pipeline (exit status 7), to
 * see what the client makes of a remote process that dies. With the argument {@code interpreter} it
 * runs the interpreter instead ({@code jposh -sshs} without the launcher), for the session cmdlets' test.
 */
public final class StdioServerMain {
    private StdioServerMain() {
    }

    public static void main(String[] args) {
        if (args.length == 1 && args[0].equals("interpreter")) {
            new OutOfProcServer(System.in, System.out, null, InterpreterExecutor.factory(System.err)).run();
            return;
        }
        PipelineExecutor.Factory factory = request -> {
            PipelineExecutor engine = TestExecutor.FACTORY.open(request);
            return new PipelineExecutor() {
                @Override
                public PsDictionary versionTable() {
                    return engine.versionTable();
                }

                @Override
                public void invoke(PipelineRequest pipeline, PipelineContext context)
                        throws Exception {
                    if (pipeline.powerShell().commands().get(0).command().equals("Halt")) {
                        context.writeOutput("about to die");
                        Thread.sleep(200);
                        Runtime.getRuntime().halt(7);
                    }
                    engine.invoke(pipeline, context);
                }

                @Override
                public void close() {
                    engine.close();
                }
            };
        };
        new OutOfProcServer(System.in, System.out, null, factory).run();
    }
}
