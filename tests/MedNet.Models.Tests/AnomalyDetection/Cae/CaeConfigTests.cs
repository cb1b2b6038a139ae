// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Cae;
using MedNet.Models.Training;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Cae;

public class CaeConfigTests
{
    [Fact]
    public void Default_ReferenceSizes_MatchDpNet()
    {
        var c = new CaeConfig();
        Assert.Empty(c.Validate());
        Assert.Equal([15, 30], c.StemChannels);
        Assert.Equal([7, 5], c.StemKernels);
        Assert.Equal([45, 45, 60], c.BlockChannels);
        Assert.Equal([2, 1, 2], c.BlockStrides);
        Assert.Equal([70, 80, 90, 100], c.BottleneckChannels);
        Assert.Equal(128, c.LatentSize);
        Assert.Equal([5, 3, 3, 3], c.OutputKernels);
        Assert.Equal(2000, CaeTraining.WindowLength);
        Assert.Equal((8, 1e-3, OptimizerKind.Adam), (CaeTraining.Reference.BatchSize, CaeTraining.Reference.Optimizer.LearningRate, CaeTraining.Reference.Optimizer.Kind));
        Assert.Equal(new PlateauSchedule(0.2, 10, 5e-5), CaeTraining.Reference.Schedule);
    }

    [Fact]
    public void Validate_SeveralBadSizes_ReportsEveryProblem()
    {
        var bad = new CaeConfig
        {
            StemKernels = [7, 4],
            BlockStrides = [2, 3],
            Dropout = 1,
        };
        var problems = bad.Validate();
        Assert.Contains(problems, p => p.StartsWith("StemKernels", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("StemKernels: expected odd", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("BlockStrides: expected one stride per block", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("BlockStrides: expected 1 or 2", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("Dropout", StringComparison.Ordinal));
    }

    [Fact]
    public void EnsureValid_EmptyStem_ThrowsNamingField()
    {
        var e = Assert.Throws<ArgumentException>(() => (CaeConfig.Reference with { StemChannels = [], StemKernels = [] }).EnsureValid());
        Assert.Contains("StemChannels", e.Message, StringComparison.Ordinal);
    }
}
