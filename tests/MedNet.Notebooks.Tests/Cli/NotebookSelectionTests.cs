using MedNet.Notebooks.Cli;

namespace MedNet.Notebooks.Tests.Cli;

public sealed class NotebookSelectionTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "mednet-selection-" + Guid.NewGuid().ToString("N"));

    public NotebookSelectionTests()
    {
        foreach (var file in new[] { "b.ipynb", "a.ipynb", "sub/c.ipynb", ".ipynb_checkpoints/a-checkpoint.ipynb", "notes.md" })
        {
            var path = Path.Combine(_root, file);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, "{}");
        }
    }

    public void Dispose() => Directory.Delete(_root, recursive: true);

    [Fact]
    public void FromPaths_Folder_GivesNotebooksSortedByPathWithoutCheckpoints()
    {
        var selection = NotebookSelection.FromPaths([_root]);
        Assert.Equal(_root, selection.Root);
        Assert.Equal(["a.ipynb", "b.ipynb", "sub/c.ipynb"], selection.Notebooks.Select(n => Path.GetRelativePath(_root, n).Replace('\\', '/')).ToArray());
    }

    [Fact]
    public void FromPaths_FilesInTwoFolders_RootIsTheirCommonFolder()
    {
        var selection = NotebookSelection.FromPaths([Path.Combine(_root, "sub", "c.ipynb"), Path.Combine(_root, "a.ipynb")]);
        Assert.Equal(_root, selection.Root);
        Assert.EndsWith("c.ipynb", selection.Notebooks[0]);
    }

    [Fact]
    public void FromPaths_NotANotebook_Throws() =>
        Assert.Contains("is not a notebook", Assert.Throws<ArgumentException>(() => NotebookSelection.FromPaths([Path.Combine(_root, "notes.md")])).Message);

    [Fact]
    public void Default_OutsideARepository_Throws() =>
        Assert.Contains("inside the repository", Assert.Throws<ArgumentException>(() => NotebookSelection.Default(Path.GetTempPath())).Message);
}
