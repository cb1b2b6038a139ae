// SPDX-License-Identifier: MIT
using Microsoft.CodeAnalysis;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.CSharp.Syntax;

namespace MedNet.Layering.Analysis;

/// <summary>
/// Finds the types of src/ that one file names, following C#'s lookup order at syntax level: enclosing types, then for
/// each namespace from the file's own outwards (its parents need no <c>using</c>) the types and namespaces declared
/// there and the using directives attached to that level. Qualified names (<c>Reproduction.RunProfile</c>,
/// <c>MedNet.Signals.Preprocessing.Normalisation</c>, <c>global::…</c>) are resolved left to right from there.
/// </summary>
internal sealed class FileResolver
{
    private readonly TypeIndex _index;
    private readonly ParsedFile _file;
    private readonly Dictionary<UsingDirectiveSyntax, UsingEntry> _usings;
    private readonly IReadOnlyList<UsingEntry> _projectGlobalUsings;
    private readonly Dictionary<SyntaxNode, IReadOnlyList<Scope>> _scopes = [];
    private readonly Dictionary<SyntaxNode, FolderNode> _folders = [];
    private readonly Dictionary<SyntaxNode, Resolution> _resolved = [];
    private readonly List<TypeReference> _references = [];

    /// <param name="index">What src/ declares.</param>
    /// <param name="file">The file to read.</param>
    /// <param name="usings">The file's own directives.</param>
    /// <param name="projectGlobalUsings">The <c>global using</c> directives of every file of the file's project.</param>
    public FileResolver(TypeIndex index, ParsedFile file, IReadOnlyList<UsingEntry> usings, IReadOnlyList<UsingEntry> projectGlobalUsings)
    {
        _index = index;
        _file = file;
        _usings = usings.ToDictionary(u => u.Directive);
        _projectGlobalUsings = projectGlobalUsings;
    }

    /// <summary>Every place the file names a type of src/, in document order (its own namespace's types included).</summary>
    public IReadOnlyList<TypeReference> FindReferences()
    {
        var nodes = _file.Root.DescendantNodes(n => n is not UsingDirectiveSyntax, descendIntoTrivia: true);
        foreach (var node in nodes)
        {
            switch (node)
            {
                case MemberAccessExpressionSyntax access when access.IsKind(SyntaxKind.SimpleMemberAccessExpression):
                    Record(access, Resolve(access));
                    if (Resolve(access.Expression).Kind is ResolutionKind.Unknown or ResolutionKind.Local)
                    {
                        FindExtension(access, access.Name);
                    }

                    break;
                case MemberBindingExpressionSyntax binding:
                    FindExtension(binding, binding.Name);
                    break;
                case NameSyntax name when !IsNotATypeName(name):
                    Record(name, Resolve(name));
                    break;
            }
        }

        foreach (var entry in _usings.Values.Where(u => u.IsStatic && u.Target.Length > 0))
        {
            // using static A.B.T; imports T's members, so the file depends on T wherever it is used.
            var target = _index.FindType(Names.Parent(entry.Target), entry.Target[(entry.Target.LastIndexOf('.') + 1)..], 0);
            if (target is not null)
            {
                entry.Used = true;
                _references.Add(new TypeReference(_file.Source.Path, FolderOf(entry.Directive), target, InDocs: false));
            }
        }

        return _references;
    }

    /// <summary>The folder (namespace) code at this node belongs to: its namespace declaration, else the file's folder.</summary>
    public FolderNode FolderOf(SyntaxNode node)
    {
        var declaration = node.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>();
        if (declaration is null)
        {
            return new FolderNode(_file.Source.Project, _file.Source.FolderNamespace);
        }

        if (!_folders.TryGetValue(declaration, out var folder))
        {
            folder = new FolderNode(_file.Source.Project, Names.Join(UsingReader.EnclosingNamespace(declaration), Names.Text(declaration.Name)));
            _folders.Add(declaration, folder);
        }

        return folder;
    }

    private void Record(SyntaxNode node, Resolution resolution)
    {
        if (resolution is { Kind: ResolutionKind.Type, Type: { } type })
        {
            _references.Add(new TypeReference(_file.Source.Path, FolderOf(node), type, node.IsPartOfStructuredTrivia()));
        }
    }

    /// <summary>Names that are parts of a larger name, member names, argument or property names, method calls, or the namespace being declared.</summary>
    private static bool IsNotATypeName(NameSyntax name) => name.Parent switch
    {
        QualifiedNameSyntax q => q.Right == name || IsDeclaredNamespaceName(q),
        AliasQualifiedNameSyntax => true,
        MemberAccessExpressionSyntax m => m.Name == name,
        MemberBindingExpressionSyntax => true,
        NameColonSyntax or NameEqualsSyntax or ExpressionColonSyntax or XmlNameAttributeSyntax => true,
        InvocationExpressionSyntax call => call.Expression == name,
        AssignmentExpressionSyntax { Parent: InitializerExpressionSyntax } assignment => assignment.Left == name,
        BaseNamespaceDeclarationSyntax => true,
        _ => false,
    };

    private static bool IsDeclaredNamespaceName(QualifiedNameSyntax name)
    {
        SyntaxNode current = name;
        while (current.Parent is QualifiedNameSyntax parent)
        {
            current = parent;
        }

        return current.Parent is BaseNamespaceDeclarationSyntax;
    }

    private Resolution Resolve(ExpressionSyntax node)
    {
        if (_resolved.TryGetValue(node, out var known))
        {
            return known;
        }

        var resolution = node switch
        {
            QualifiedNameSyntax q => Member(Resolve(q.Left), q.Right, IsAttributeName(q)),
            AliasQualifiedNameSyntax a when a.Alias.Identifier.IsKind(SyntaxKind.GlobalKeyword) =>
                Member(Resolution.OfNamespace(""), a.Name, IsAttributeName(a)),
            SimpleNameSyntax { Parent: NameMemberCrefSyntax { Parent: QualifiedCrefSyntax cref } member } s when cref.Member == member =>
                Member(Resolve(cref.Container), s, attribute: false),
            SimpleNameSyntax s => Lookup(s, IsAttributeName(s)),
            MemberAccessExpressionSyntax m when m.IsKind(SyntaxKind.SimpleMemberAccessExpression) => Member(Resolve(m.Expression), m.Name, attribute: false),
            _ => Resolution.Unknown,
        };
        _resolved[node] = resolution;
        return resolution;
    }

    private static bool IsAttributeName(NameSyntax name) => name.Parent is AttributeSyntax attribute && attribute.Name == name;

    /// <summary>A name written after a dot: a type or namespace inside a namespace; a member (or nested type) of a type, which adds no edge.</summary>
    private Resolution Member(Resolution left, SimpleNameSyntax right, bool attribute)
    {
        if (left.Kind != ResolutionKind.Namespace)
        {
            return Resolution.Unknown;
        }

        var name = right.Identifier.ValueText;
        var arity = Names.Arity(right);
        if (FindType(left.Namespace, name, arity, attribute) is { } type)
        {
            return Resolution.OfType(type);
        }

        var ns = Names.Join(left.Namespace, name);
        return arity == 0 && _index.IsNamespace(ns) ? Resolution.OfNamespace(ns) : Resolution.Unknown;
    }

    /// <summary>A simple name: enclosing types first, then each namespace level with its using directives.</summary>
    private Resolution Lookup(SimpleNameSyntax node, bool attribute)
    {
        var name = node.Identifier.ValueText;
        var arity = Names.Arity(node);
        if (EnclosingCode.Declares(node, name, arity))
        {
            return Resolution.Local;
        }

        foreach (var scope in ScopesOf(node))
        {
            if (FindType(scope.Namespace, name, arity, attribute) is { } declared)
            {
                return Resolution.OfType(declared);
            }

            var ns = Names.Join(scope.Namespace, name);
            if (arity == 0 && _index.IsNamespace(ns))
            {
                return Resolution.OfNamespace(ns);
            }

            if (arity == 0 && scope.Usings.FirstOrDefault(u => u.Alias == name) is { } alias)
            {
                alias.Used = true;
                return AliasTarget(alias);
            }

            DeclaredType? imported = null;
            foreach (var entry in scope.Usings.Where(u => u.ImportsNamespace))
            {
                if (FindType(entry.Target, name, arity, attribute) is { } found)
                {
                    entry.Used = true;
                    imported ??= found;
                }
            }

            if (imported is not null)
            {
                return Resolution.OfType(imported);
            }
        }

        return Resolution.Unknown;
    }

    private Resolution AliasTarget(UsingEntry alias)
    {
        if (_index.IsNamespace(alias.Target))
        {
            return Resolution.OfNamespace(alias.Target);
        }

        var last = alias.Directive.NamespaceOrType switch
        {
            QualifiedNameSyntax q => q.Right,
            AliasQualifiedNameSyntax a => a.Name,
            SimpleNameSyntax s => s,
            _ => null,
        };
        return last is not null && _index.FindType(Names.Parent(alias.Target), last.Identifier.ValueText, Names.Arity(last)) is { } type
            ? Resolution.OfType(type)
            : Resolution.Unknown;
    }

    private DeclaredType? FindType(string ns, string name, int arity, bool attribute) =>
        attribute
            ? _index.FindType(ns, name + "Attribute", arity) ?? _index.FindType(ns, name, arity)
            : _index.FindType(ns, name, arity);

    /// <summary><c>x.Name(…)</c> where Name is an extension member of a namespace in scope: an edge to that namespace.</summary>
    private void FindExtension(ExpressionSyntax node, SimpleNameSyntax member)
    {
        var name = member.Identifier.ValueText;
        foreach (var scope in ScopesOf(node))
        {
            if (_index.FindExtension(scope.Namespace, name) is { } local)
            {
                _references.Add(new TypeReference(_file.Source.Path, FolderOf(node), local, node.IsPartOfStructuredTrivia()));
                return;
            }

            foreach (var entry in scope.Usings.Where(u => u.ImportsNamespace))
            {
                if (_index.FindExtension(entry.Target, name) is { } imported)
                {
                    entry.Used = true;
                    _references.Add(new TypeReference(_file.Source.Path, FolderOf(node), imported, node.IsPartOfStructuredTrivia()));
                    return;
                }
            }
        }
    }

    /// <summary>The lookup levels for a node: its namespace and each parent, innermost first, each with its directives.</summary>
    private IReadOnlyList<Scope> ScopesOf(SyntaxNode node)
    {
        var declaration = node.FirstAncestorOrSelf<BaseNamespaceDeclarationSyntax>();
        SyntaxNode key = (SyntaxNode?)declaration ?? _file.Root;
        if (_scopes.TryGetValue(key, out var cached))
        {
            return cached;
        }

        var usingsByNamespace = new Dictionary<string, IReadOnlyList<UsingEntry>>(StringComparer.Ordinal);
        var full = "";
        if (declaration is not null)
        {
            foreach (var level in declaration.AncestorsAndSelf().OfType<BaseNamespaceDeclarationSyntax>().Reverse())
            {
                full = Names.Join(full, Names.Text(level.Name));
                usingsByNamespace[full] = [.. level.Usings.Select(u => _usings[u])];
            }
        }

        var fileLevel = _file.Root.Usings.Where(u => !u.GlobalKeyword.IsKind(SyntaxKind.GlobalKeyword)).Select(u => _usings[u]);
        var scopes = Names.SelfAndParents(full)
            .Select(ns => ns.Length == 0
                ? new Scope(ns, [.. fileLevel, .. _projectGlobalUsings])
                : new Scope(ns, usingsByNamespace.GetValueOrDefault(ns) ?? []))
            .ToList();
        _scopes.Add(key, scopes);
        return scopes;
    }
}
