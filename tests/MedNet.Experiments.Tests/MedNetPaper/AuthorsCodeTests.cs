// SPDX-License-Identifier: MIT
using MedNet.Experiments.MedNetPaper;
using MedNet.Experiments.Profiles;
using MedNet.Models.AnomalyDetection.Dtaad;
using MedNet.Models.AnomalyDetection.MedNet;
using MedNet.Signals.Tabular;

namespace MedNet.Experiments.Tests.MedNetPaper;

/// <summary>The authors' code reading (D-MN-12, D-MN-22, D-MN-23): switches, recipe and the row shuffle.</summary>
public class AuthorsCodeTests
{
    [Fact]
    public void KitReading_IsExactlyTheKitsMedNet()
    {
        var kit = ForecastRecipe.MedNetAuthors(RunProfile.Paper, AuthorsCodeSwitches.KitReading);
        var reference = ForecastRecipe.MedNet(RunProfile.Paper);

        Assert.Equal(reference.Architecture, kit.Architecture);
        Assert.Equal(reference.Loss, kit.Loss);
        Assert.Equal(reference.Training, kit.Training);
        Assert.Equal(TrainingRowOrder.Ordered, kit.TrainingRows);
    }

    [Fact]
    public void AuthorsCode_TurnsEverySwitchOn()
    {
        var recipe = ForecastRecipe.MedNetAuthors(RunProfile.Paper, AuthorsCodeSwitches.AuthorsCode);
        var config = Assert.IsType<MedNetConfig>(recipe.Architecture);

        Assert.Equal(GlobalLevelRule.FromChannels, config.Backbone.GlobalLevelsFrom);
        Assert.Equal(CallbackAddition.FirstStep, config.Backbone.Callback);
        Assert.Equal(ForecastHeads.FrozenFlattened, config.Backbone.Heads);
        Assert.Equal(StreamStep.First, config.FusedStep);
        Assert.Equal(EnhancedAttentionInput.ForecastToken, config.EnhancedInput);
        Assert.Equal(ChannelPairing.AuthorsBroadcast, recipe.Loss.Pairing);
        Assert.Equal(TrainingRowOrder.Shuffled, recipe.TrainingRows);
        Assert.Equal("Shuffled", recipe.Setup.TrainingRows);
        Assert.Equal(50, recipe.Training.Epochs);
    }

    [Fact]
    public void Toggle_FlipsOneSwitch_AndUnknownNamesAreRejected()
    {
        foreach (var name in AuthorsCodeSwitches.Names)
        {
            var flipped = AuthorsCodeSwitches.KitReading.Toggle(name);
            Assert.NotEqual(AuthorsCodeSwitches.KitReading[name], flipped[name]);
            Assert.All(AuthorsCodeSwitches.Names.Where(n => n != name), n => Assert.Equal(AuthorsCodeSwitches.KitReading[n], flipped[n]));
        }

        var ex = Assert.Throws<ArgumentException>(() => AuthorsCodeSwitches.KitReading.Toggle("dropout"));
        Assert.Contains("row_shuffle", ex.Message);
        Assert.Equal("first_step_streams+single_token_attention", AuthorsCodeSwitches.KitReading.Describe());
    }

    [Fact]
    public void ShuffleRows_IsASeededPermutationOfWholeRows()
    {
        var values = new double[20];
        for (var i = 0; i < 10; i++)
        {
            values[2 * i] = i;
            values[(2 * i) + 1] = 100 + i;
        }

        var table = new TimeSeriesTable(values, 10, ["a", "b"]);
        var once = MbaData.ShuffleRows(table, 3);
        var twice = MbaData.ShuffleRows(table, 3);

        Assert.Equal(once.Values, twice.Values);
        Assert.NotEqual(values, once.Values);
        Assert.NotEqual(once.Values, MbaData.ShuffleRows(table, 4).Values);
        Assert.Equal(Enumerable.Range(0, 10).Select(i => (double)i), once.Column(0).Order());
        for (var i = 0; i < 10; i++)
        {
            Assert.Equal(once[i, 0] + 100, once[i, 1]);
        }

        Assert.Throws<ArgumentOutOfRangeException>(() => MbaData.ShuffleRows(table, -1));
    }
}
