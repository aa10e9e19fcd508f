package org.jposh.interpreter.runtime;

/**
 * Where the streams other than output go: errors (ErrorRecords), warnings, verbose and debug
 * messages ({@link InformationalRecord}s) and information ({@link InformationRecord}s). The host's
 * streams print them; redirections ({@code 2>&1}, {@code 3> file}, {@code *>$null}) replace some
 * for the command they follow.
 */
public record Streams(Pipe error, Pipe warning, Pipe verbose, Pipe debug, Pipe information) {

    /** Stream numbers as redirections write them: 2 error, 3 warning, 4 verbose, 5 debug, 6 information. */
    public Pipe get(int stream) {
        return switch (stream) {
            case 2 -> error;
            case 3 -> warning;
            case 4 -> verbose;
            case 5 -> debug;
            case 6 -> information;
            default -> throw new IllegalArgumentException("stream " + stream);
        };
    }

    /** These streams with stream {@code stream} (2 to 6) going to {@code pipe}. */
    public Streams with(int stream, Pipe pipe) {
        return new Streams(stream == 2 ? pipe : error, stream == 3 ? pipe : warning, stream == 4 ? pipe : verbose,
                stream == 5 ? pipe : debug, stream == 6 ? pipe : information);
    }
}
