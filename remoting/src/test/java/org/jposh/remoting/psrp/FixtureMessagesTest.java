package org.jposh.remoting.psrp;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.jposh.remoting.psrp.clixml.ClixmlReader;
import org.jposh.remoting.psrp.clixml.ClixmlWriter;
import org.jposh.remoting.psrp.clixml.PsValues;
import org.jposh.remoting.psrp.messages.MessageBody;
import org.jposh.remoting.psrp.messages.Messages;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every PSRP message recorded between pypsrp (client) and Windows PowerShell 5.1 (server) decodes,
 * and re-encodes as README.md says: byte-identical where the sender wrote .NET's canonical form,
 * equivalent where pypsrp's serializer differs from pwsh's.
 */
class FixtureMessagesTest {
    /** Client kinds whose recorded CLIXML is not canonical: older pypsrp writes RefId before N, and {@code <S />}. */
    private static final Set<MessageType> CLIENT_CLIXML_EQUIVALENT = EnumSet.of(MessageType.INIT_RUNSPACEPOOL,
            MessageType.CREATE_PIPELINE, MessageType.PIPELINE_INPUT, MessageType.CONNECT_RUNSPACEPOOL);

    /**
     * Client kinds whose typed records encode in pwsh's property order (or name case: pypsrp writes
     * {@code CI}), which differs from pypsrp's.
     */
    private static final Set<MessageType> CLIENT_TYPED_EQUIVALENT = EnumSet.of(MessageType.INIT_RUNSPACEPOOL,
            MessageType.CREATE_PIPELINE, MessageType.PIPELINE_INPUT, MessageType.CONNECT_RUNSPACEPOOL,
            MessageType.PIPELINE_HOST_RESPONSE, MessageType.SET_MAX_RUNSPACES, MessageType.SET_MIN_RUNSPACES);

    private static List<PsrpFixtures.Recorded> recorded;

    @BeforeAll
    static void load() throws Exception {
        recorded = PsrpFixtures.messages();
    }

    @Test
    void everyRecordedMessageDecodesWithTheCountsOfTheResearch() {
        Map<MessageType, Integer> counts = new EnumMap<>(MessageType.class);
        for (PsrpFixtures.Recorded r : recorded) {
            PsrpMessage m = r.message();
            counts.merge(m.type(), 1, Integer::sum);
            Messages.decode(m);
        }
        Map<MessageType, Integer> expected = new EnumMap<>(MessageType.class);
        expected.putAll(Map.ofEntries(Map.entry(MessageType.SESSION_CAPABILITY, 114), Map.entry(MessageType.INIT_RUNSPACEPOOL, 53),
                Map.entry(MessageType.APPLICATION_PRIVATE_DATA, 55), Map.entry(MessageType.RUNSPACEPOOL_STATE, 55),
                Map.entry(MessageType.CREATE_PIPELINE, 47), Map.entry(MessageType.PIPELINE_OUTPUT, 149),
                Map.entry(MessageType.PIPELINE_STATE, 49), Map.entry(MessageType.PIPELINE_INPUT, 36),
                Map.entry(MessageType.END_OF_PIPELINE_INPUT, 13), Map.entry(MessageType.PROGRESS_RECORD, 33),
                Map.entry(MessageType.DEBUG_RECORD, 12), Map.entry(MessageType.VERBOSE_RECORD, 4),
                Map.entry(MessageType.WARNING_RECORD, 5), Map.entry(MessageType.ERROR_RECORD, 4),
                Map.entry(MessageType.INFORMATION_RECORD, 3), Map.entry(MessageType.PIPELINE_HOST_CALL, 31),
                Map.entry(MessageType.PIPELINE_HOST_RESPONSE, 6), Map.entry(MessageType.PUBLIC_KEY, 3),
                Map.entry(MessageType.ENCRYPTED_SESSION_KEY, 2), Map.entry(MessageType.CONNECT_RUNSPACEPOOL, 4),
                Map.entry(MessageType.RUNSPACEPOOL_INIT_DATA, 4), Map.entry(MessageType.GET_COMMAND_METADATA, 3),
                Map.entry(MessageType.RUNSPACE_AVAILABILITY, 8), Map.entry(MessageType.GET_AVAILABLE_RUNSPACES, 2),
                Map.entry(MessageType.SET_MAX_RUNSPACES, 2), Map.entry(MessageType.SET_MIN_RUNSPACES, 2),
                Map.entry(MessageType.RESET_RUNSPACE_STATE, 2)));
        assertEquals(expected, counts);
        assertEquals(701, recorded.size());
    }

    @Test
    void headersAndDestinationsReencodeExactly() {
        for (PsrpFixtures.Recorded r : recorded) {
            PsrpMessage m = r.message();
            assertArrayEquals(r.bytes(), m.toBytes(), r::toString);
            assertEquals(r.fromClient() ? Destination.SERVER : Destination.CLIENT, m.destination(), r::toString);
            if (m.type().destination() != null) {
                assertEquals(m.type().destination(), m.destination(), r::toString);
            }
        }
    }

    @Test
    void windowsWritesAByteOrderMarkAndPypsrpDoesNot() {
        for (PsrpFixtures.Recorded r : recorded) {
            PsrpMessage m = r.message();
            if (!m.isEmpty()) {
                assertEquals(!r.fromClient(), m.hasByteOrderMark(), r::toString);
            }
        }
    }

    @Test
    void fragmentsReencodeExactlyAndOurFragmenterCutsWhereTheSendersDid() {
        for (PsrpFixtures.Payload p : uncheckedPayloads()) {
            assertArrayEquals(p.data(), Fragment.join(Fragment.parseAll(p.data())), p.file());
        }
        int multiFragment = 0;
        for (PsrpFixtures.Recorded r : recorded) {
            if (r.blobSizes().size() > 1) {
                multiFragment++;
                List<Fragment> ours = new Fragmenter(r.blobSizes().get(0) + Fragment.HEADER_SIZE).fragment(r.bytes());
                assertEquals(r.blobSizes(), ours.stream().map(f -> f.blob().length).toList(), r::toString);
            }
        }
        assertTrue(multiFragment >= 2, "the recordings hold multi-fragment messages: " + multiFragment);
    }

    @Test
    void clixmlBodiesReencodeIdenticallyOrEquivalentlyAsDocumented() {
        Map<String, int[]> tally = new TreeMap<>();
        for (PsrpFixtures.Recorded r : recorded) {
            PsrpMessage m = r.message();
            if (m.isEmpty()) {
                assertEquals(MessageType.END_OF_PIPELINE_INPUT, m.type(), r::toString);
                continue;
            }
            String original = m.bodyText();
            Object model = ClixmlReader.read(original);
            String again = ClixmlWriter.write(model);
            boolean identical = again.equals(original);
            int[] t = tally.computeIfAbsent((r.fromClient() ? "client " : "server ") + m.type(), k -> new int[2]);
            t[identical ? 0 : 1]++;
            if (r.fromClient() && CLIENT_CLIXML_EQUIVALENT.contains(m.type())) {
                assertTrue(PsValues.deepEquals(model, ClixmlReader.read(again)), r::toString);
                assertEquals(again, canonicalPypsrp(original), r::toString);
            } else {
                assertEquals(original, again, r::toString);
            }
        }
        assertEquals(Map.of("client CONNECT_RUNSPACEPOOL", 4, "client CREATE_PIPELINE", 11, "client INIT_RUNSPACEPOOL", 14,
                "client PIPELINE_INPUT", 1), nonIdentical(tally), "messages that re-encode only equivalently");
    }

    @Test
    void typedBodiesReencodeIdenticallyOrEquivalentlyAsDocumented() {
        for (PsrpFixtures.Recorded r : recorded) {
            PsrpMessage m = r.message();
            MessageBody body = Messages.decode(m);
            PsrpMessage again = body.toMessage(m.destination(), m.runspacePoolId(), m.pipelineId());
            if (m.isEmpty()) {
                assertTrue(again.isEmpty(), r::toString);
            } else if (r.fromClient() && CLIENT_TYPED_EQUIVALENT.contains(m.type())) {
                assertEquals(body, Messages.decode(again), r::toString);
            } else {
                assertEquals(m.bodyText(), again.bodyText(), r::toString);
            }
        }
    }

    /** pypsrp's differences from .NET's XmlWriter, undone: attribute order and the short empty string. */
    private static String canonicalPypsrp(String clixml) {
        return clixml.replaceAll("<(Obj|Ref) RefId=\"(\\d+)\" N=\"([^\"]*)\"", "<$1 N=\"$3\" RefId=\"$2\"")
                .replace("<S />", "<S></S>");
    }

    private static Map<String, Integer> nonIdentical(Map<String, int[]> tally) {
        Map<String, Integer> result = new TreeMap<>();
        tally.forEach((k, v) -> {
            if (v[1] > 0) {
                result.put(k, v[1]);
            }
        });
        return result;
    }

    private static List<PsrpFixtures.Payload> uncheckedPayloads() {
        try {
            return PsrpFixtures.payloads();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
