package org.jposh.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import org.jposh.interpreter.PoshContext;
import org.jposh.interpreter.commands.ModuleImport;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.Pipe;

/**
 * The first named block of a script with {@code using module} statements: before its statements run, the
 * modules found when the script was compiled are imported by their files (as pwsh's LoadModule imports exactly
 * the module the parser used), so their functions can be called. A module already loaded is left as it is.
 */
public final class UsingModuleNode extends StatementNode {
    private final String[] moduleFiles;
    @Child private StatementNode body;

    public UsingModuleNode(String[] moduleFiles, StatementNode body) {
        this.moduleFiles = moduleFiles;
        this.body = body;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        importModules();
        body.execute(frame, output);
    }

    @Override
    public Object executeValue(VirtualFrame frame) {
        importModules();
        return body.executeValue(frame);
    }

    @TruffleBoundary
    private void importModules() {
        PoshContext context = PoshContext.get(this);
        for (String file : moduleFiles) {
            ModuleImport.run(context, file);
        }
    }
}
