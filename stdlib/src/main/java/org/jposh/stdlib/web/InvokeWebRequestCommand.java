package org.jposh.stdlib.web;

import org.jposh.interpreter.commands.Cmdlet;

/**
 * Invoke-WebRequest: writes the response as a BasicHtmlWebResponseObject (text) or WebResponseObject (other
 * content), and/or saves the body to -OutFile. Reading the body reports progress as pwsh does.
 */
@Cmdlet(verb = "Invoke", noun = "WebRequest", defaultParameterSetName = WebRequestCmdlet.STANDARD_METHOD)
public final class InvokeWebRequestCommand extends WebRequestCmdlet {
    @Override
    boolean parsesRelationLinks() {
        return true;
    }

    @Override
    void processResponse(Exchange exchange) {
        byte[] body = null;
        if (writesToPipeline()) {
            body = readBody(exchange, true);
            String outFile = savesToOutFile() ? outFilePath(exchange).toString() : null;
            writeObject(WebResponseObject.of(exchange.message(), body, exchange.contentType(), exchange.relationLink,
                    outFile));
        }
        if (savesToOutFile()) {
            saveToOutFile(exchange, body);
        }
    }
}
