// SPDX-License-Identifier: MIT
using MedNet.Models.AnomalyDetection.Dtaad;
using Xunit;

namespace MedNet.Models.Tests.AnomalyDetection.Dtaad;

public class DtaadConfigTests
{
    [Fact]
    public void Validate_Defaults_NoProblems() => Assert.Empty(DtaadConfig.Laptop.Validate());

    [Fact]
    public void Validate_SeveralBadSettings_ReportsEach()
    {
        var bad = new DtaadConfig { WindowSize = 1, BatchSize = 0, Lambda = 2, TcnDropout = 1 };
        var problems = bad.Validate();
        Assert.Equal(4, problems.Count);
        Assert.Contains(problems, p => p.StartsWith("WindowSize", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData(10, 3, 3)]
    [InlineData(128, 3, 7)]
    [InlineData(2, 3, 1)]
    public void GlobalLevels_Window_AsReferenceFormula(int window, int kernel, int levels) =>
        Assert.Equal(levels, new DtaadConfig { WindowSize = window, GlobalKernelSize = kernel }.GlobalLevels);
}
