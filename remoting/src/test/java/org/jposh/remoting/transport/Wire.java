package org.jposh.remoting.transport;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.Pipe;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.jposh.remoting.psrp.Defragmenter;
import org.jposh.remoting.psrp.Fragment;
import org.jposh.remoting.psrp.FragmentBuffer;
import org.jposh.remoting.psrp.PsrpMessage;
import org.jposh.remoting.psrp.outofproc.OutOfProcPacket;

/**
 * Two OS pipes between a client and a server, with every line written either way logged in one
 * timeline (a line is logged just before its last byte is written, so an answer is always logged
 * after what it answers).
 */
final class Wire {
    final Pipe toServer;
    final Pipe toClient;
    private final List<String> timeline = new ArrayList<>();

    Wire() throws IOException {
        toServer = Pipe.open();
        toClient = Pipe.open();
    }

    InputStream serverIn() {
        return Channels.newInputStream(toServer.source());
    }

    OutputStream serverOut() {
        return new Tap(Channels.newOutputStream(toClient.sink()), "S ");
    }

    InputStream clientIn() {
        return Channels.newInputStream(toClient.source());
    }

    OutputStream clientOut() {
        return new Tap(Channels.newOutputStream(toServer.sink()), "C ");
    }

    /** Everything written so far: "C " + client line, "S " + server line. */
    List<String> timeline() {
        synchronized (timeline) {
            return new ArrayList<>(timeline);
        }
    }

    /** The timeline with each Data packet described by the messages it carries, for assertions. */
    List<String> described() {
        List<String> described = new ArrayList<>();
        Defragmenter client = new Defragmenter();
        Defragmenter server = new Defragmenter();
        Map<String, FragmentBuffer> streams = new HashMap<>();
        for (String line : timeline()) {
            String side = line.substring(0, 2);
            OutOfProcPacket p = OutOfProcPacket.parse(line.substring(2));
            if (p.kind() != OutOfProcPacket.Kind.DATA) {
                described.add(side + p.kind().element() + " " + target(p.psGuid()));
                continue;
            }
            List<String> types = new ArrayList<>();
            for (Fragment f : streams.computeIfAbsent(side + p.psGuid(), k -> new FragmentBuffer()).add(p.data())) {
                byte[] message = (side.equals("C ") ? client : server).add(f);
                if (message != null) {
                    types.add(PsrpMessage.fromBytes(message).type().toString());
                }
            }
            described.add(side + "Data " + target(p.psGuid()) + " " + String.join("+", types));
        }
        return described;
    }

    private static String target(UUID guid) {
        return guid.equals(PsrpMessage.EMPTY_GUID) ? "pool" : "pipeline";
    }

    /** Passes bytes on and logs each complete line. */
    private final class Tap extends OutputStream {
        private final OutputStream out;
        private final String side;
        private final ByteArrayOutputStream line = new ByteArrayOutputStream();

        Tap(OutputStream out, String side) {
            this.out = out;
            this.side = side;
        }

        @Override
        public void write(int b) throws IOException {
            write(new byte[] {(byte) b}, 0, 1);
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            // Log before the bytes go: the peer cannot answer a line before it is logged.
            for (int i = off; i < off + len; i++) {
                if (b[i] == '\n') {
                    synchronized (timeline) {
                        timeline.add(side + line.toString(StandardCharsets.US_ASCII));
                    }
                    line.reset();
                } else {
                    line.write(b[i]);
                }
            }
            out.write(b, off, len);
        }

        @Override
        public void flush() throws IOException {
            out.flush();
        }

        @Override
        public void close() throws IOException {
            out.close();
        }
    }
}
