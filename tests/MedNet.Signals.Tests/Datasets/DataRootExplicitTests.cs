// SPDX-License-Identifier: MIT
using MedNet.Signals.Datasets;

namespace MedNet.Signals.Tests.Datasets;

public class DataRootExplicitTests
{
    [Fact]
    public void Candidates_ExplicitRootMissing_ThrowsNamingTheVariableAndPath()
    {
        var missing = Path.Combine(Path.GetTempPath(), "mednet-no-such-root-" + Guid.NewGuid().ToString("N"));
        var e = Assert.Throws<DirectoryNotFoundException>(() => DataRoot.Candidates(null, missing));
        Assert.StartsWith("MEDNET_DATA: expected an existing folder", e.Message, StringComparison.Ordinal);
        Assert.Contains(missing, e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Candidates_ExplicitRootPresent_ComesFirst()
    {
        var dir = Directory.CreateTempSubdirectory("mednet-root-");
        try
        {
            var first = DataRoot.Candidates(null, dir.FullName)[0];
            Assert.Equal((dir.FullName, DataRoot.EnvironmentVariable), (first.Path, first.Source));
        }
        finally
        {
            dir.Delete();
        }
    }

    [Fact]
    public void Candidates_NoExplicitRoot_StartsWithTheRepository()
    {
        var candidates = DataRoot.Candidates(AppContext.BaseDirectory, null);
        Assert.NotEqual(DataRoot.EnvironmentVariable, candidates[0].Source);
    }
}
