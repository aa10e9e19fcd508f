package org.jposh.grammar.ast;

/** A pipeline or a chain of pipelines joined by {@code &&} and {@code ||}. */
public sealed interface ChainableAst extends PipelineBaseAst permits PipelineAst, PipelineChainAst {
}
