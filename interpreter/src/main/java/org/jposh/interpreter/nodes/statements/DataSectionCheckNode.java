package org.jposh.interpreter.nodes.statements;

import com.oracle.truffle.api.CompilerDirectives.TruffleBoundary;
import com.oracle.truffle.api.frame.VirtualFrame;
import java.util.ArrayList;
import java.util.List;
import org.jposh.grammar.ParseException;
import org.jposh.grammar.RestrictedLanguageChecker;
import org.jposh.grammar.ast.DataStatementAst;
import org.jposh.interpreter.nodes.ExpressionNode;
import org.jposh.interpreter.nodes.StatementNode;
import org.jposh.interpreter.runtime.CoreTypes;
import org.jposh.interpreter.runtime.LanguagePrimitives;
import org.jposh.interpreter.runtime.Pipe;
import org.jposh.interpreter.runtime.PoshException;
import org.jposh.interpreter.runtime.PoshParseError;

/**
 * A data section whose {@code -SupportedCommand} is not all constant names ({@code data -SupportedCommand
 * $allowed {...}}): the parser could not check its commands, so each run evaluates the names (each one
 * converted to a string, an array joined by $OFS as pwsh converts it) and checks the body against them
 * before running it. A command not named is the parse error pwsh throws then, which try/catch sees.
 */
public final class DataSectionCheckNode extends StatementNode {
    private final DataStatementAst data;
    @Children private final ExpressionNode[] supportedCommands;
    @Child private StatementNode body;

    public DataSectionCheckNode(DataStatementAst data, ExpressionNode[] supportedCommands, StatementNode body) {
        this.data = data;
        this.supportedCommands = supportedCommands;
        this.body = body;
    }

    @Override
    public void execute(VirtualFrame frame, Pipe output) {
        check(frame);
        body.execute(frame, output);
    }

    @Override
    public Object executeValue(VirtualFrame frame) {
        check(frame);
        return body.executeValue(frame);
    }

    private void check(VirtualFrame frame) {
        check(ExpressionNode.executeAll(frame, supportedCommands));
    }

    @TruffleBoundary
    private void check(Object[] names) {
        List<String> allowed = new ArrayList<>(names.length);
        for (Object name : names) {
            allowed.add((String) LanguagePrimitives.convertTo(name, CoreTypes.STRING));
        }
        try {
            RestrictedLanguageChecker.checkAtRuntime(data, allowed);
        } catch (ParseException e) {
            throw new PoshException(new PoshParseError(e.error()).errorRecord(), this);
        }
    }
}
