// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedNet.Layering.Analysis;

/// <summary>A source file with its syntax tree (XML doc comments parsed, so <c>cref</c>s are names too).</summary>
internal sealed class ParsedFile
{
    private static readonly CSharpParseOptions Options = new(LanguageVersion.Preview, DocumentationMode.Parse);

    public ParsedFile(SourceFile source)
    {
        Source = source;
        Root = CSharpSyntaxTree.ParseText(source.Text, Options, source.Path).GetCompilationUnitRoot();
    }

    public SourceFile Source { get; }

    public CompilationUnitSyntax Root { get; }

    /// <summary>The 1-based line of a node.</summary>
    public static int LineOf(SyntaxNode node) => node.GetLocation().GetLineSpan().StartLinePosition.Line + 1;
}
