// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedNet.Layering.Analysis;

/// <summary>
/// What src/ declares: the namespaces, the types declared directly in each namespace, and the extension members
/// (a <c>this</c> parameter or a C# 14 <c>extension</c> block) of each namespace's static classes.
/// </summary>
internal sealed class TypeIndex
{
    private readonly Dictionary<(string Namespace, string Name, int Arity), DeclaredType> _types = [];
    private readonly HashSet<string> _namespaces = new(StringComparer.Ordinal) { "" };
    private readonly HashSet<string> _namespacesWithTypes = new(StringComparer.Ordinal);
    private readonly Dictionary<(string Namespace, string Member), DeclaredType> _extensions = [];

    /// <summary>Indexes the files; pass them in ordinal path order so partial types resolve to the same file every run.</summary>
    public TypeIndex(IEnumerable<ParsedFile> files)
    {
        foreach (var file in files)
        {
            Collect(file.Root.Members, "", file.Source);
        }
    }

    /// <summary>The type declared in <paramref name="ns"/> with this name and arity, or null.</summary>
    public DeclaredType? FindType(string ns, string name, int arity) => _types.GetValueOrDefault((ns, name, arity));

    /// <summary>True when src/ declares this namespace (or a namespace inside it).</summary>
    public bool IsNamespace(string ns) => _namespaces.Contains(ns);

    /// <summary>True when src/ declares at least one type directly in this namespace.</summary>
    public bool HasTypes(string ns) => _namespacesWithTypes.Contains(ns);

    /// <summary>The static class of <paramref name="ns"/> that declares an extension member of this name, or null.</summary>
    public DeclaredType? FindExtension(string ns, string member) => _extensions.GetValueOrDefault((ns, member));

    private void Collect(SyntaxList<MemberDeclarationSyntax> members, string ns, SourceFile file)
    {
        foreach (var member in members)
        {
            switch (member)
            {
                case BaseNamespaceDeclarationSyntax declaration:
                    var full = Names.Join(ns, Names.Text(declaration.Name));
                    AddNamespace(full);
                    Collect(declaration.Members, full, file);
                    break;
                case BaseTypeDeclarationSyntax type:
                    var declared = Add(ns, type.Identifier.ValueText, (type as TypeDeclarationSyntax)?.TypeParameterList?.Parameters.Count ?? 0, file);
                    if (type is ClassDeclarationSyntax cls && cls.Modifiers.Any(SyntaxKind.StaticKeyword))
                    {
                        CollectExtensions(cls, ns, declared);
                    }

                    break;
                case DelegateDeclarationSyntax del:
                    Add(ns, del.Identifier.ValueText, del.TypeParameterList?.Parameters.Count ?? 0, file);
                    break;
            }
        }
    }

    private DeclaredType Add(string ns, string name, int arity, SourceFile file)
    {
        AddNamespace(ns);
        _namespacesWithTypes.Add(ns);
        var key = (ns, name, arity);
        if (!_types.TryGetValue(key, out var declared))
        {
            declared = new DeclaredType(file.Project, ns, name, arity, file.Path);
            _types.Add(key, declared);
        }

        return declared;
    }

    private void CollectExtensions(ClassDeclarationSyntax cls, string ns, DeclaredType declared)
    {
        foreach (var member in cls.Members)
        {
            if (member is MethodDeclarationSyntax method
                && method.ParameterList.Parameters.FirstOrDefault()?.Modifiers.Any(SyntaxKind.ThisKeyword) == true)
            {
                _extensions.TryAdd((ns, method.Identifier.ValueText), declared);
            }
            else if (member is ExtensionBlockDeclarationSyntax block)
            {
                foreach (var extension in block.Members)
                {
                    var name = extension switch
                    {
                        MethodDeclarationSyntax m => m.Identifier.ValueText,
                        PropertyDeclarationSyntax p => p.Identifier.ValueText,
                        _ => null,
                    };
                    if (name is not null)
                    {
                        _extensions.TryAdd((ns, name), declared);
                    }
                }
            }
        }
    }

    private void AddNamespace(string ns)
    {
        foreach (var level in Names.SelfAndParents(ns))
        {
            if (!_namespaces.Add(level))
            {
                break;
            }
        }
    }
}
