// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Dtaad;

public class DtaadConfigTests
{
    [Fact]
    public void Validate_Defaults_NoProblems() => Assert.Empty(DtaadConfig.Reference.Validate());

    [Fact]
    public void Validate_SeveralBadSettings_ReportsEach()
    {
        var bad = new DtaadConfig { LocalKernelSize = 1, LocalLevels = 0, FeedForward = 0, TcnDropout = 1 };
        var problems = bad.Validate();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("LocalKernelSize", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10, 3, 3)]
    [InlineData(128, 3, 7)]
    [InlineData(2, 3, 1)]
    public void GlobalLevels_Window_AsReferenceFormula(int window, int kernel, int levels) =>
        Assert.Equal(levels, new DtaadConfig { GlobalKernelSize = kernel }.GlobalLevels(window));
}
