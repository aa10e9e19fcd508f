package org.jposh.interpreter.runtime;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;

/**
 * A pipe that writes into another one ({@code target}), by way of its own writer (which may do more, as
 * -OutVariable does), and may hold a command's -ErrorVariable list. pwsh keeps those lists on the Pipe
 * object a command writes its output to, and a command appends the errors it records to the lists of its
 * output pipe; inside a function the last command of each pipeline writes into the function's output pipe,
 * so its errors reach the function's -ErrorVariable (and the lists of the functions whose output that is),
 * while a command whose output goes to another command or into a variable does not. JPosh's pipes are
 * functions, so the pipes a command's output passes through on its way are of this class and
 * {@link #recordError} walks them.
 */
public final class CommandOutputPipe implements Pipe {
    private final Pipe writer;
    private final Pipe target;
    private final ArrayList errorVariable;

    /**
     * @param writer what writing to this pipe does; it ends by writing to {@code target}
     * @param target the pipe this one writes into
     * @param errorVariable the -ErrorVariable list of the command whose output this is, or null
     */
    public CommandOutputPipe(Pipe writer, Pipe target, ArrayList errorVariable) {
        this.writer = writer;
        this.target = target;
        this.errorVariable = errorVariable;
    }

    @Override
    public void write(Object value) {
        writer.write(value);
    }

    /**
     * Appends an error recorded by a command to the -ErrorVariable lists of the pipe its output goes to,
     * and of the pipes that one writes into. An error that unwinds through several statement lists is
     * appended once.
     */
    @TruffleBoundary
    public static void recordError(Pipe output, ErrorRecord error) {
        for (Pipe pipe = output; pipe instanceof CommandOutputPipe forwarding; pipe = forwarding.target) {
            ArrayList list = forwarding.errorVariable;
            if (list != null && (list.isEmpty() || list.getLast() != error)) {
                list.add(error);
            }
        }
    }
}
