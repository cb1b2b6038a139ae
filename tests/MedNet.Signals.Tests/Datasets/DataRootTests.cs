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
    public void FindDataset_RequiredFilePresentInShippedCopy_ReturnsIt()
    {
        var mitdb = DataRoot.FindDataset("mitdb", AppContext.BaseDirectory, ["100.hea", "100.dat"]);
        Assert.NotNull(mitdb);
        Assert.True(File.Exists(Path.Combine(mitdb, "100.atr")));
    }

    [Fact]
    public void FindDataset_RequiredFileNowhere_ReturnsNull()
    {
        Assert.Null(DataRoot.FindDataset("mitdb", AppContext.BaseDirectory, ["no-such-record.hea"]));
    }

    [Fact]
    public void FindDataset_UnknownName_ReturnsNull()
    {
        Assert.Null(DataRoot.FindDataset("no-such-dataset-here", AppContext.BaseDirectory));
    }
}

public class SharedDataRootTests
{
    [SharedDataFact("mitdb")]
    public void FindDataset_SharedMitdb_FindsAll48Records()
    {
        var mitdb = DataRoot.FindDataset("mitdb", AppContext.BaseDirectory);
        Assert.NotNull(mitdb);

        // data/mitdb in the repository holds only record 100; asking for record 101 must skip it and reach ../shared.
        Assert.Equal(MedNet.Tests.Shared.SharedData.Find("mitdb"), DataRoot.FindDataset("mitdb", AppContext.BaseDirectory, ["101.hea"]));

        // data/mitdb in the repository holds only record 100, so the lookup must reach ../shared for the rest.
        var shared = MedNet.Tests.Shared.SharedData.Find("mitdb")!;
        Assert.Equal(48, File.ReadAllLines(Path.Combine(shared, "RECORDS")).Count(l => l.Trim().Length > 0));
    }
}
