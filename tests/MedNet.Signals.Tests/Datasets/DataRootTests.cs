using MedNet.Signals.Datasets;

namespace MedNet.Signals.Tests.Datasets;

public class DataRootTests
{
    [Fact]
    public void FindRepositoryRoot_FromTestOutput_FindsFolderWithSolution()
    {
        var root = DataRoot.FindRepositoryRoot(AppContext.BaseDirectory);
        Assert.NotNull(root);
        Assert.True(File.Exists(Path.Combine(root, "MedNet.Notebooks.sln")));
    }

    [Fact]
    public void FindDataset_ShippedMba_ResolvesToRepositoryData()
    {
        // data/mba ships with the repository, so this needs no ../shared.
        var mba = DataRoot.FindDataset("mba", AppContext.BaseDirectory);
        Assert.NotNull(mba);
        Assert.True(File.Exists(Path.Combine(mba, "train.csv")), $"no train.csv in {mba}");
    }

    [Fact]
    public void FindRepositoryRoot_OutsideCheckout_ReturnsNull()
    {
        var temp = Directory.CreateTempSubdirectory("mednet-root-");
        try
        {
            Assert.Null(DataRoot.FindRepositoryRoot(temp.FullName));
        }
        finally
        {
            temp.Delete(true);
        }
    }

    [Fact]
    public void FindDataset_UnknownName_ReturnsNull()
    {
        Assert.Null(DataRoot.FindDataset("no-such-dataset-here", AppContext.BaseDirectory));
    }
}
