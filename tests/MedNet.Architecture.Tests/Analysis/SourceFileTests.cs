// SPDX-License-Identifier: MIT
using MedNet.Layering.Analysis;

namespace MedNet.Architecture.Tests.Analysis;

public class SourceFileTests
{
    [Fact]
    public void Project_PathUnderSrc_IsTheFolderBelowSrc()
    {
        var file = new SourceFile("src/MedNet.Signals/Datasets/Substitutes/MitBihSubstitute.cs", "");

        Assert.Equal(("MedNet.Signals", "Datasets/Substitutes", "MedNet.Signals.Datasets.Substitutes"), (file.Project, file.Folder, file.FolderNamespace));
    }

    [Fact]
    public void Project_PathOutsideSrc_ThrowsSayingWhatWasExpected()
    {
        var ex = Assert.Throws<ArgumentException>(() => new SourceFile("tests/X/Y.cs", "").Project);

        Assert.Contains("expected a path src/<Project>/", ex.Message);
    }
}
