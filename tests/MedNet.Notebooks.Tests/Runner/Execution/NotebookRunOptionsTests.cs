// SPDX-License-Identifier: MIT
using MedNet.Experiments.Profiles;
using MedNet.Notebooks.Runner.Execution;

namespace MedNet.Notebooks.Tests.Runner.Execution;

/// <summary>The per-cell limit follows the profile, so a laptop or paper run is not stopped by the smoke limit.</summary>
public class NotebookRunOptionsTests
{
    [Fact]
    public void Cell_limit_grows_with_the_profile()
    {
        Assert.Equal(TimeSpan.FromSeconds(300), NotebookRunOptions.DefaultCellTimeoutFor(RunProfile.Smoke));
        Assert.Equal(TimeSpan.FromHours(4), NotebookRunOptions.DefaultCellTimeoutFor(RunProfile.Laptop));
        Assert.Equal(Timeout.InfiniteTimeSpan, NotebookRunOptions.DefaultCellTimeoutFor(RunProfile.Paper));
    }

    [Fact]
    public void No_limit_is_valid_but_zero_or_negative_is_named()
    {
        Assert.Empty(new NotebookRunOptions { CellTimeout = Timeout.InfiniteTimeSpan }.Validate());
        var problem = Assert.Single(new NotebookRunOptions { CellTimeout = TimeSpan.Zero }.Validate());
        Assert.Contains("CellTimeout", problem, StringComparison.Ordinal);
        Assert.Single(new NotebookRunOptions { CellTimeout = TimeSpan.FromSeconds(-2) }.Validate());
    }
}
