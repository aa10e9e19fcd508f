package org.jposh.remoting.psrp;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The PSRP traffic recorded between pypsrp and Windows PowerShell 5.1 over WS-Management
 * ({@code shared/fixtures/pypsrp-responses}, MIT): every base64 PSRP payload of every exchange, and
 * the messages they reassemble into. Requests were written by pypsrp, responses by Windows.
 */
public final class PsrpFixtures {
    /** The elements of the SOAP envelopes that carry PSRP fragments in base64. */
    private static final Pattern PAYLOAD = Pattern.compile(
            "<(rsp:Stream|creationXml|connectXml|connectResponseXml|rsp:Arguments)\\b[^>]*>([A-Za-z0-9+/=]+)</");

    /** PSRP shells have this resource URI prefix; the others (WinRS cmd, config) carry plain text. */
    private static final String PSRP_RESOURCE = "ResourceURI s:mustUnderstand=\"true\">http://schemas.microsoft.com/powershell/";

    /** One base64 payload: the fragments of one SOAP element. */
    public record Payload(String file, int exchange, boolean fromClient, byte[] data) {
    }

    /** One reassembled message, where it was recorded, and the blob sizes of its fragments. */
    public record Recorded(String file, int exchange, boolean fromClient, byte[] bytes, List<Integer> blobSizes) {
        public PsrpMessage message() {
            return PsrpMessage.fromBytes(bytes);
        }

        @Override
        public String toString() {
            return file + " exchange " + exchange + (fromClient ? " request " : " response ") + message().type();
        }
    }

    private static List<Payload> payloads;

    private PsrpFixtures() {
    }

    /** The fixture directory, found from the working directory upwards; its absence is a failure. */
    public static Path directory() {
        Path dir = Path.of("").toAbsolutePath();
        while (dir != null) {
            Path candidate = dir.resolve("shared/fixtures/pypsrp-responses");
            if (Files.isDirectory(candidate)) {
                return candidate;
            }
            Path sibling = dir.resolveSibling("shared/fixtures/pypsrp-responses");
            if (Files.isDirectory(sibling)) {
                return sibling;
            }
            dir = dir.getParent();
        }
        throw new IllegalStateException("shared/fixtures/pypsrp-responses not found above " + Path.of("").toAbsolutePath()
                + ": the PSRP fixtures are required");
    }

    public static synchronized List<Payload> payloads() throws IOException {
        if (payloads == null) {
            List<Payload> all = new ArrayList<>();
            try (Stream<Path> files = Files.list(directory())) {
                for (Path f : files.filter(p -> p.getFileName().toString().startsWith("test_")).sorted().toList()) {
                    all.addAll(payloads(f));
                }
            }
            payloads = List.copyOf(all);
        }
        return payloads;
    }

    private static List<Payload> payloads(Path file) throws IOException {
        LoaderOptions options = new LoaderOptions();
        options.setCodePointLimit(16 * 1024 * 1024);
        Map<String, Object> yaml;
        try (Reader r = Files.newBufferedReader(file)) {
            yaml = new Yaml(options).load(r);
        }
        List<Payload> result = new ArrayList<>();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> exchanges = (List<Map<String, Object>>) yaml.get("messages");
        for (int i = 0; i < exchanges.size(); i++) {
            Object request = exchanges.get(i).get("request");
            if (!(request instanceof String req) || !req.contains(PSRP_RESOURCE)) {
                continue;
            }
            add(result, file, i, true, req);
            if (exchanges.get(i).get("response") instanceof String response) {
                add(result, file, i, false, response);
            }
        }
        return result;
    }

    private static void add(List<Payload> into, Path file, int exchange, boolean fromClient, String envelope) {
        Matcher m = PAYLOAD.matcher(envelope);
        while (m.find()) {
            into.add(new Payload(file.getFileName().toString(), exchange, fromClient, Base64.getDecoder().decode(m.group(2))));
        }
    }

    /**
     * Every recorded message, reassembled with one defragmenter per file and direction (object ids
     * are unique per runspace pool and direction).
     */
    public static List<Recorded> messages() throws IOException {
        List<Recorded> messages = new ArrayList<>();
        String file = null;
        Defragmenter fromClient = null;
        Defragmenter fromServer = null;
        Map<Long, List<Integer>> sizes = new java.util.HashMap<>();
        for (Payload p : payloads()) {
            if (!p.file().equals(file)) {
                if (fromClient != null && (fromClient.hasIncompleteMessages() || fromServer.hasIncompleteMessages())) {
                    throw new IllegalStateException(file + " ends inside a message");
                }
                file = p.file();
                fromClient = new Defragmenter();
                fromServer = new Defragmenter();
            }
            Defragmenter d = p.fromClient() ? fromClient : fromServer;
            for (Fragment f : Fragment.parseAll(p.data())) {
                long key = p.fromClient() ? f.objectId() : -f.objectId();
                sizes.computeIfAbsent(key, k -> new ArrayList<>()).add(f.blob().length);
                byte[] message = d.add(f);
                if (message != null) {
                    messages.add(new Recorded(p.file(), p.exchange(), p.fromClient(), message, sizes.remove(key)));
                }
            }
        }
        return messages;
    }
}
