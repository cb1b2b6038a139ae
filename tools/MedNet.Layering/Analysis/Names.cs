// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedNet.Layering.Analysis;

/// <summary>Helpers for dotted names.</summary>
internal static class Names
{
    /// <summary>"A.B" + "C" = "A.B.C"; "" + "C" = "C".</summary>
    public static string Join(string left, string right) => left.Length == 0 ? right : left + "." + right;

    /// <summary>The namespace and its parents, innermost first, ending with "" (the global namespace).</summary>
    public static IEnumerable<string> SelfAndParents(string ns)
    {
        for (var current = ns; current.Length > 0; current = Parent(current))
        {
            yield return current;
        }

        yield return "";
    }

    /// <summary>"A.B.C" → "A.B"; "A" → "".</summary>
    public static string Parent(string ns)
    {
        var dot = ns.LastIndexOf('.');
        return dot < 0 ? "" : ns[..dot];
    }

    /// <summary>True when <paramref name="ns"/> is <paramref name="other"/> or one of its parents.</summary>
    public static bool IsSelfOrParentOf(string ns, string other) =>
        ns.Length == 0 || other == ns || other.StartsWith(ns + ".", StringComparison.Ordinal);

    /// <summary>The dotted text of a name, without <c>global::</c> and without type arguments.</summary>
    public static string Text(NameSyntax name) => name switch
    {
        QualifiedNameSyntax q => Join(Text(q.Left), Text(q.Right)),
        AliasQualifiedNameSyntax a => Text(a.Name),
        SimpleNameSyntax s => s.Identifier.ValueText,
        _ => name.ToString(),
    };

    /// <summary>The number of type arguments a simple name carries.</summary>
    public static int Arity(SimpleNameSyntax name) => name is GenericNameSyntax g ? g.TypeArgumentList.Arguments.Count : 0;
}
