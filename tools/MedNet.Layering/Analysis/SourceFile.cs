// SPDX-License-Identifier: MIT
namespace MedNet.Layering.Analysis;

/// <summary>One C# file of the repository's <c>src/</c> tree: its path and its text.</summary>
/// <param name="Path">Path relative to the repository root with forward slashes, <c>src/&lt;Project&gt;/&lt;folders&gt;/&lt;File&gt;.cs</c>.</param>
/// <param name="Text">The file's source text.</param>
public sealed record SourceFile(string Path, string Text)
{
    /// <summary>The project the file belongs to: the folder right under <c>src/</c>, e.g. <c>MedNet.Models</c>.</summary>
    public string Project => Segments[1];

    /// <summary>The file's folder inside its project with forward slashes, or "" for the project folder itself.</summary>
    public string Folder => string.Join('/', Segments[2..^1]);

    /// <summary>The namespace the file's folder stands for: the project name plus its folders, joined by dots.</summary>
    public string FolderNamespace => Folder.Length == 0 ? Project : Project + "." + Folder.Replace('/', '.');

    private string[] Segments
    {
        get
        {
            var segments = Path.Split('/');
            return segments.Length >= 3 && segments[0] == "src"
                ? segments
                : throw new ArgumentException(
                    $"SourceFile: expected a path src/<Project>/…/<File>.cs but got '{Path}'. Give paths relative to the repository root.",
                    nameof(Path));
        }
    }
}
