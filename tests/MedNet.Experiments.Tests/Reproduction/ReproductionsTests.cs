using MedNet.Experiments;
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.PaperTables;
using MedNet.Experiments.Profiles;
using MedNet.Experiments.Reproduction;
using MedNet.Experiments.Runs;
using MedNet.Models.Training;

namespace MedNet.Experiments.Tests.Reproduction;

public class ReproductionsTests
{
    [Fact]
    public void All_HoldsTheMbaTablesAndTiming_WithUniqueIds()
    {
        Assert.Equal(["mednet-table1", "mednet-table2", "mednet-table3", "mednet-table3-authors", "mednet-table3-switches", "mednet-table4", "mednet-table4-shuffled", "mednet-timing", "mednet-table1-mitdb", "mednet-table2-mitdb", "msa-table2", "msa-table3", "msa-losses", "msa-lr", "msa-table1", "msa-table4"], Reproductions.Ids);
        Assert.Equal(Reproductions.Ids.Count, Reproductions.Ids.Distinct().Count());
    }

    [Fact]
    public void Get_KnownIdAnyCase_ReturnsExperiment()
    {
        Assert.IsType<MedNetTable3>(Reproductions.Get("MEDNET-Table3"));
        Assert.IsType<DtaadTable4>(Reproductions.Get("mednet-table4"));
    }

    [Fact]
    public void Get_UnknownId_ListsKnownIds()
    {
        var ex = Assert.Throws<KeyNotFoundException>(() => Reproductions.Get("mednet-table9"));
        Assert.Contains("mednet-table9", ex.Message);
        foreach (var id in Reproductions.Ids)
        {
            Assert.Contains(id, ex.Message);
        }
    }

    [Fact]
    public void PaperKeys_EveryKeyIsInTheRegistry()
    {
        foreach (var e in Reproductions.All)
        {
            foreach (var key in e.PaperKeys)
            {
                Assert.Equal(key, ReportedResults.Get(key).Key);
            }
        }
    }

    [Fact]
    public void PaperKeys_MbaTables_CoverTheirTablesNineCells()
    {
        Assert.Equal(ReportedResults.Table("MEDNET", "T1").Select(v => v.Key), Reproductions.Get("mednet-table1").PaperKeys);
        Assert.Equal(ReportedResults.Table("MEDNET", "T2").Select(v => v.Key), Reproductions.Get("mednet-table2-mitdb").PaperKeys);
        Assert.Equal(ReportedResults.Table("MEDNET", "T3").Select(v => v.Key), Reproductions.Get("mednet-table3").PaperKeys);
        Assert.Equal(ReportedResults.Table("MEDNET", "T4").Select(v => v.Key), Reproductions.Get("mednet-table4").PaperKeys);
    }

    [Theory]
    [InlineData(RunProfile.Smoke, 1)]
    [InlineData(RunProfile.Laptop, 5)]
    [InlineData(RunProfile.Paper, 50)]
    public void Recipe_Profiles_GiveTheBriefsEpochs(RunProfile profile, int epochs)
    {
        Assert.Equal(epochs, ((MbaTableExperiment)Reproductions.Get("mednet-table3")).Recipe(profile).Training.Epochs);
        Assert.Equal(epochs, ((MbaTableExperiment)Reproductions.Get("mednet-table4")).Recipe(profile).Training.Epochs);
    }

    [Theory]
    [InlineData(RunProfile.Smoke, 1, 1)]
    [InlineData(RunProfile.Laptop, 5, 5)]
    [InlineData(RunProfile.Paper, 20, 5)]
    public void Recipe_EcgTables_GiveTable1TwentyAndTable2FiveEpochsAtPaper(RunProfile profile, int table1, int table2)
    {
        Assert.Equal(table1, ((EcgTableExperiment)Reproductions.Get("mednet-table1")).Recipe(profile).Training.Epochs);
        Assert.Equal(table2, ((EcgTableExperiment)Reproductions.Get("mednet-table2")).Recipe(profile).Training.Epochs);
        Assert.Equal(4e-4, ((EcgTableExperiment)Reproductions.Get("mednet-table2")).Recipe(profile).Training.Optimizer.LearningRate);
    }

    [Fact]
    public void ProtocolNote_EcgTables_AlwaysNameTheSubstitute()
    {
        Assert.Contains("not ECG_DATA", Reproductions.Get("mednet-table1").ProtocolNote(RunProfile.Paper));
        Assert.Contains("MIT-BIH", Reproductions.Get("mednet-table2-mitdb").ProtocolNote(RunProfile.Paper));
    }

    [Fact]
    public void ProtocolNote_PaperProfile_IsNullElseNamesEpochs()
    {
        var t3 = Reproductions.Get("mednet-table3");
        Assert.Null(t3.ProtocolNote(RunProfile.Paper));
        Assert.Contains("5 epoch(s), the table used 50", t3.ProtocolNote(RunProfile.Laptop));
    }

    [Fact]
    public void Timing_ModelsFor_TimesTheCaeExceptAtSmoke()
    {
        var timing = (TrainingTimeExperiment)Reproductions.Get("mednet-timing");
        Assert.Equal(["dtaad", "mednet", "cae"], timing.ModelsFor(RunProfile.Laptop).Select(m => m.Model));
        Assert.Equal(["dtaad", "mednet"], timing.ModelsFor(RunProfile.Smoke).Select(m => m.Model));
        Assert.Equal(64, CaeRecipe.Timing(RunProfile.Paper).WindowLength);
        Assert.Equal(50, CaeRecipe.Timing(RunProfile.Paper).Training.Epochs);
    }
}
