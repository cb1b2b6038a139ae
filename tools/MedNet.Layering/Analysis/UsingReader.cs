// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedNet.Layering.Analysis;

/// <summary>Reads a file's using directives and resolves what each one names.</summary>
internal static class UsingReader
{
    /// <summary>The directives of the compilation unit and of every namespace declaration, in document order.</summary>
    public static IReadOnlyList<UsingEntry> Read(ParsedFile file, TypeIndex index)
    {
        var entries = new List<UsingEntry>();
        var directives = file.Root
            .DescendantNodes(n => n is CompilationUnitSyntax or BaseNamespaceDeclarationSyntax)
            .OfType<UsingDirectiveSyntax>();
        foreach (var directive in directives)
        {
            var target = directive.NamespaceOrType is NameSyntax name ? Target(directive, name, index) : "";
            entries.Add(new UsingEntry(directive, target));
        }

        return entries;
    }

    /// <summary>What a directive names, fully qualified: C# resolves it from its enclosing namespace outwards.</summary>
    private static string Target(UsingDirectiveSyntax directive, NameSyntax name, TypeIndex index)
    {
        var text = Names.Text(name);
        if (name is AliasQualifiedNameSyntax)
        {
            return text;
        }

        var enclosing = EnclosingNamespace(directive);
        foreach (var level in Names.SelfAndParents(enclosing))
        {
            var candidate = Names.Join(level, text);
            if (index.IsNamespace(candidate) || IsType(candidate, name, index))
            {
                return candidate;
            }
        }

        return text;
    }

    private static bool IsType(string fullName, NameSyntax name, TypeIndex index)
    {
        var last = name switch
        {
            QualifiedNameSyntax q => q.Right,
            AliasQualifiedNameSyntax a => a.Name,
            SimpleNameSyntax s => s,
            _ => null,
        };
        return last is not null && index.FindType(Names.Parent(fullName), last.Identifier.ValueText, Names.Arity(last)) is not null;
    }

    /// <summary>The full name of the namespace declaration around a node ("" outside any).</summary>
    public static string EnclosingNamespace(SyntaxNode node)
    {
        var full = "";
        foreach (var declaration in node.Ancestors().OfType<BaseNamespaceDeclarationSyntax>().Reverse())
        {
            full = Names.Join(full, Names.Text(declaration.Name));
        }

        return full;
    }
}
