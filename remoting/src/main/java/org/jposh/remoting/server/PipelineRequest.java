package org.jposh.remoting.server;

import java.util.UUID;
import org.jposh.remoting.psrp.messages.CreatePipeline;
import org.jposh.remoting.psrp.messages.PowerShellData;

/**
 * One pipeline to run: the client's CREATE_PIPELINE. {@link #powerShell()} holds the commands (or
 * scripts) with their arguments and stream merges, and any further statements to run after them.
 */
public record PipelineRequest(UUID pipelineId, CreatePipeline message) {
    public PowerShellData powerShell() {
        return message.powerShell();
    }

    /** Whether the client sends no input (the input stream is empty and ended from the start). */
    public boolean noInput() {
        return message.noInput();
    }
}
