package org.jposh.interpreter.commands;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.jposh.interpreter.runtime.Pipe;
import org.junit.jupiter.api.Test;

/** Running a pipeline, and a command stopping the commands upstream of it (Select-Object -First). */
class CommandProcessorBaseTest {

    /** Writes 0, 1, 2... without end when it runs first, or passes its input on; records its steps. */
    private static class Recorder extends CommandProcessorBase {
        final List<String> steps = new ArrayList<>();
        Pipe output;

        Recorder() {
            super(0);
        }

        @Override
        public void setOutput(Pipe output) {
            this.output = output;
        }

        @Override
        public void setErrorOutput(Pipe errors) {
        }

        @Override
        public void redirectOutput(Pipe pipe) {
        }

        @Override
        public void redirectStream(int stream, Pipe pipe) {
        }

        @Override
        public void mergeStreamIntoOutput(int stream) {
        }

        @Override
        public void begin() {
            steps.add("begin");
        }

        @Override
        public void process(Object input) {
            output.write(input);
        }

        @Override
        public void processWithoutInput() {
            for (int i = 0; ; i++) {
                output.write(i);
            }
        }

        @Override
        public void end() {
            steps.add("end");
        }

        @Override
        public void stop() {
            steps.add("stop");
        }
    }

    /** Passes on the first {@code count} objects, then stops the commands upstream. */
    private static final class First extends Recorder {
        private final int count;
        private int seen;

        First(int count) {
            this.count = count;
        }

        @Override
        public void process(Object input) {
            output.write(input);
            if (++seen == count) {
                throw new StopUpstreamCommandsException(this);
            }
        }
    }

    @Test
    void aCommandStopsAnEndlessProducerUpstream() {
        Recorder producer = new Recorder();
        Recorder middle = new Recorder();
        First first = new First(3);
        Recorder last = new Recorder();
        List<Object> output = new ArrayList<>();
        CommandProcessorBase.runPipeline(new CommandProcessorBase[] {producer, middle, first, last}, null, output::add);
        assertEquals(List.of(0, 1, 2), output);
        assertEquals(List.of("begin", "stop"), producer.steps);
        assertEquals(List.of("begin", "stop"), middle.steps);
        assertEquals(List.of("begin", "end"), first.steps);
        assertEquals(List.of("begin", "end"), last.steps);
    }

    @Test
    void theInputExpressionStopsToo() {
        First first = new First(2);
        List<Object> output = new ArrayList<>();
        int[] written = new int[1];
        CommandProcessorBase.runPipeline(new CommandProcessorBase[] {first}, pipe -> {
            for (int i = 0; i < 1_000_000; i++) {
                written[0]++;
                pipe.write(i);
            }
        }, output::add);
        assertEquals(List.of(0, 1), output);
        assertEquals(2, written[0]);
        assertEquals(List.of("begin", "end"), first.steps);
    }

    @Test
    void aPipelineEndedByAnErrorStopsTheCommandsThatHaveNotEnded() {
        Recorder ended = new Recorder() {
            @Override
            public void processWithoutInput() {
            }
        };
        Recorder failing = new Recorder() {
            @Override
            public void end() {
                throw new IllegalStateException("failed while ending");
            }
        };
        Recorder last = new Recorder();
        assertThrows(IllegalStateException.class, () -> CommandProcessorBase.runPipeline(
                new CommandProcessorBase[] {ended, failing, last}, null, value -> { }));
        assertEquals(List.of("begin", "end"), ended.steps);
        assertEquals(List.of("begin", "stop"), failing.steps);
        assertEquals(List.of("begin", "stop"), last.steps);
    }

    @Test
    void aStopWhileAnUpstreamCommandEndsStopsItAndSkipsTheRestOfUpstream() {
        Recorder flusher = new Recorder() {
            @Override
            public void processWithoutInput() {
            }

            @Override
            public void end() {
                steps.add("end");
                for (int i = 0; i < 10; i++) {
                    output.write(i);
                }
            }
        };
        Recorder middle = new Recorder();
        First first = new First(1);
        List<Object> output = new ArrayList<>();
        CommandProcessorBase.runPipeline(new CommandProcessorBase[] {flusher, middle, first}, null, output::add);
        assertEquals(List.of(0), output);
        // The flusher's end was cut short: it is stopped too, so that what it holds (threads, a program) is released.
        assertEquals(List.of("begin", "end", "stop"), flusher.steps);
        assertEquals(List.of("begin", "stop"), middle.steps);
        assertEquals(List.of("begin", "end"), first.steps);
    }

    @Test
    void aStopAskedByAnotherPipelinesCommandGoesOn() {
        First outer = new First(1);
        Recorder producer = new Recorder() {
            @Override
            public void processWithoutInput() {
                throw new StopUpstreamCommandsException(outer);
            }
        };
        StopUpstreamCommandsException e = assertThrows(StopUpstreamCommandsException.class,
                () -> CommandProcessorBase.runPipeline(new CommandProcessorBase[] {producer, new Recorder()}, null,
                        value -> { }));
        assertSame(outer, e.source());
        assertFalse(producer.steps.contains("end"));
        assertTrue(producer.steps.contains("begin"));
    }
}
