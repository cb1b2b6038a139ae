// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>A node of the folder graph: a namespace of one project (namespaces mirror folders).</summary>
/// <param name="Project">The project, e.g. <c>MedNet.Signals</c>.</param>
/// <param name="Namespace">The full namespace, e.g. <c>MedNet.Signals.Datasets.Substitutes</c>.</param>
public sealed record FolderNode(string Project, string Namespace) : IComparable<FolderNode>
{
    /// <summary>The name used when the project's root namespace is meant.</summary>
    public const string RootName = "(root)";

    /// <summary>
    /// The folder the namespace stands for, relative to the project: <c>Datasets/Substitutes</c>, <see cref="RootName"/> for the
    /// project's own namespace, or the full namespace when it does not start with the project's name.
    /// </summary>
    public string Folder =>
        Namespace == Project ? RootName
        : Namespace.StartsWith(Project + ".", StringComparison.Ordinal) ? Namespace[(Project.Length + 1)..].Replace('.', '/')
        : Namespace.Length == 0 ? "(global namespace)"
        : Namespace;

    /// <summary>The folder's path segments (none for the project root).</summary>
    public IReadOnlyList<string> Segments => Folder == RootName ? [] : Folder.Split('/');

    /// <inheritdoc/>
    public int CompareTo(FolderNode? other)
    {
        if (other is null)
        {
            return 1;
        }

        var byProject = string.CompareOrdinal(Project, other.Project);
        return byProject != 0 ? byProject : string.CompareOrdinal(Namespace, other.Namespace);
    }

    /// <inheritdoc/>
    public override string ToString() => $"{Project}:{Folder}";
}
