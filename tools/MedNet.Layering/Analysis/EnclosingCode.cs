// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedNet.Layering.Analysis;

/// <summary>
/// What C# finds before any namespace: type parameters, the enclosing types and their nested types and, where a value
/// is expected, the members of the enclosing types (a property <c>Window</c> hides a type <c>Window</c> unless the
/// property's type is that type, the "Color Color" case).
/// </summary>
internal static class EnclosingCode
{
    /// <summary>True when the simple name is found in the code around the node, so no namespace is searched.</summary>
    public static bool Declares(SimpleNameSyntax node, string name, int arity)
    {
        var valueExpected = !node.IsPartOfStructuredTrivia() && !SyntaxFacts.IsInTypeOnlyContext(node);
        foreach (var ancestor in node.Ancestors())
        {
            switch (ancestor)
            {
                case TypeDeclarationSyntax type:
                    if (HasTypeParameter(type.TypeParameterList, name, arity)
                        || (type.Identifier.ValueText == name && (type.TypeParameterList?.Parameters.Count ?? 0) == arity)
                        || type.Members.Any(m => IsNestedType(m, name, arity))
                        || (valueExpected && arity == 0 && (type.Members.Any(m => IsValueMember(m, name))
                            || type.ParameterList?.Parameters.Any(p => p.Identifier.ValueText == name && !IsNamed(p.Type, name)) == true)))
                    {
                        return true;
                    }

                    break;
                case MethodDeclarationSyntax method when HasTypeParameter(method.TypeParameterList, name, arity):
                case LocalFunctionStatementSyntax local when HasTypeParameter(local.TypeParameterList, name, arity):
                case DelegateDeclarationSyntax del when HasTypeParameter(del.TypeParameterList, name, arity):
                    return true;
            }
        }

        return false;
    }

    private static bool HasTypeParameter(TypeParameterListSyntax? list, string name, int arity) =>
        arity == 0 && list?.Parameters.Any(p => p.Identifier.ValueText == name) == true;

    private static bool IsNestedType(MemberDeclarationSyntax member, string name, int arity) => member switch
    {
        TypeDeclarationSyntax t => t.Identifier.ValueText == name && (t.TypeParameterList?.Parameters.Count ?? 0) == arity,
        BaseTypeDeclarationSyntax b => arity == 0 && b.Identifier.ValueText == name,
        DelegateDeclarationSyntax d => d.Identifier.ValueText == name && (d.TypeParameterList?.Parameters.Count ?? 0) == arity,
        _ => false,
    };

    private static bool IsValueMember(MemberDeclarationSyntax member, string name) => member switch
    {
        PropertyDeclarationSyntax p => p.Identifier.ValueText == name && !IsNamed(p.Type, name),
        FieldDeclarationSyntax f => f.Declaration.Variables.Any(v => v.Identifier.ValueText == name) && !IsNamed(f.Declaration.Type, name),
        EventFieldDeclarationSyntax e => e.Declaration.Variables.Any(v => v.Identifier.ValueText == name) && !IsNamed(e.Declaration.Type, name),
        EventDeclarationSyntax e => e.Identifier.ValueText == name && !IsNamed(e.Type, name),
        MethodDeclarationSyntax m => m.Identifier.ValueText == name,
        _ => false,
    };

    /// <summary>True when the type is written with this name as its last part (<c>Window</c>, <c>A.Window</c>, <c>Window?</c>).</summary>
    private static bool IsNamed(TypeSyntax? type, string name) => type switch
    {
        NullableTypeSyntax n => IsNamed(n.ElementType, name),
        QualifiedNameSyntax q => q.Right.Identifier.ValueText == name,
        AliasQualifiedNameSyntax a => a.Name.Identifier.ValueText == name,
        SimpleNameSyntax s => s.Identifier.ValueText == name,
        _ => false,
    };
}
