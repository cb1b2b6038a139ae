// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedNet.Layering.Analysis;

/// <summary>A using directive, what it imports, and whether some name of its file was found through it.</summary>
internal sealed class UsingEntry
{
    public UsingEntry(UsingDirectiveSyntax directive, string target)
    {
        Directive = directive;
        Target = target;
        Alias = directive.Alias?.Name.Identifier.ValueText;
    }

    public UsingDirectiveSyntax Directive { get; }

    /// <summary>The namespace (or, for an alias or static using, the namespace or type) it names, fully qualified.</summary>
    public string Target { get; }

    /// <summary>The alias, for <c>using X = …;</c>.</summary>
    public string? Alias { get; }

    public bool IsStatic => Directive.StaticKeyword.IsKind(SyntaxKind.StaticKeyword);

    public bool IsGlobal => Directive.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword);

    /// <summary>A plain namespace import (<c>using A.B;</c>).</summary>
    public bool ImportsNamespace => Alias is null && !IsStatic;

    /// <summary>Set when a name was found through this directive; several files may set it for a global using.</summary>
    public bool Used { get; set; }
}
