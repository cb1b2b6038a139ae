// SPDX-License-Identifier: MIT
using MedNet.Notebooks.Cli;

namespace MedNet.Notebooks.Tests.Cli;

public class BenchCommandTests
{
    [Fact]
    public void Run_UnknownModel_ExitsTwoListingTheThreeModels()
    {
        var output = new StringWriter();
        var exit = BenchCommand.Run(output, "lstm", "mba", 1, 0, evaluate: false);
        Assert.Equal(2, exit);
        Assert.Contains("dtaad, mednet or cae", output.ToString(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("cae", "ecg", 1)]
    [InlineData("cae", "mba", 0)]
    public void Run_BadDatasetOrEpochs_ExitsTwoBeforeTraining(string model, string dataset, int epochs)
    {
        var output = new StringWriter();
        Assert.Equal(2, BenchCommand.Run(output, model, dataset, epochs, 0, evaluate: false));
        Assert.Contains("expected --dataset mba and --epochs ≥ 1", output.ToString(), StringComparison.Ordinal);
    }
}
