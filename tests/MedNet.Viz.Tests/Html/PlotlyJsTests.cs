using MedNet.Viz.Html;

namespace MedNet.Viz.Tests.Html;

[Collection(PlotlyJsVariable.Name)]
public class PlotlyJsTests
{
    [Fact]
    public void TryLocate_NoVariable_UsesTheCopyPlotlyNetShipsForItsCharts()
    {
        using var unset = new PlotlyJsVariable(null);

        var source = PlotlyJs.TryLocate(Path.GetTempPath());

        Assert.NotNull(source);
        Assert.Null(source!.Path);
        Assert.Equal("2.28.0", PlotlyJs.EmbeddedVersion); // the version Plotly.NET 6.0.0 writes its charts for
        Assert.Equal("Plotly.NET's embedded plotly-2.28.0.min.js", source.ToString());
    }

    [Fact]
    public void Read_EmbeddedCopy_IsTheFullLibraryWithNoClosingScriptTag()
    {
        using var unset = new PlotlyJsVariable(null);

        var script = PlotlyJs.Read(PlotlyJs.TryLocate()!);

        Assert.True(script.Length > 1_000_000, $"plotly.min.js is several MB but got {script.Length} characters");
        Assert.Contains("newPlot", script, StringComparison.Ordinal);
        Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void TryLocate_VariableNamesAFile_ThatFileWins()
    {
        var file = Path.Combine(Path.GetTempPath(), $"mednet-plotly-{Guid.NewGuid():N}.js");
        File.WriteAllText(file, "window.Plotly = {}; /* </script> */");
        try
        {
            using var named = new PlotlyJsVariable(file);

            var source = PlotlyJs.TryLocate();

            Assert.Equal(file, source!.Path);
            Assert.Equal("window.Plotly = {}; /* <\\/script> */", PlotlyJs.Read(source));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public void TryLocate_VariableNamesAMissingFile_ThrowsNamingTheVariable()
    {
        using var named = new PlotlyJsVariable("/nonexistent/plotly.min.js");

        var ex = Assert.Throws<FileNotFoundException>(() => PlotlyJs.TryLocate());

        Assert.Contains("MEDNET_PLOTLY_JS", ex.Message);
        Assert.Contains("/nonexistent/plotly.min.js", ex.Message);
    }
}

/// <summary>Sets or clears MEDNET_PLOTLY_JS for one test and restores it; the tests that touch it run one at a time.</summary>
internal sealed class PlotlyJsVariable : IDisposable
{
    public const string Name = "MEDNET_PLOTLY_JS variable";

    private readonly string? _previous = Environment.GetEnvironmentVariable(PlotlyJs.PathVariable);

    public PlotlyJsVariable(string? value) => Environment.SetEnvironmentVariable(PlotlyJs.PathVariable, value);

    public void Dispose() => Environment.SetEnvironmentVariable(PlotlyJs.PathVariable, _previous);
}
