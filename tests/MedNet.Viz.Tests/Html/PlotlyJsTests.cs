using System.Text.Json;
using MedNet.Viz.Html;

namespace MedNet.Viz.Tests.Html;

public class PlotlyJsTests
{
    [Fact]
    public void Version_MatchesPackageJsonPin()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "package.json")))
        {
            dir = dir.Parent;
        }

        Assert.NotNull(dir);
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(dir!.FullName, "package.json")));
        Assert.Equal(PlotlyJs.Version, doc.RootElement.GetProperty("dependencies").GetProperty("plotly.js-dist-min").GetString());
    }

    [PlotlyJsFact]
    public void Locate_FromRepository_FindsNodeModulesCopy()
    {
        var path = PlotlyJs.Locate();

        Assert.EndsWith(PlotlyJs.RelativePath, path);
    }

    [PlotlyJsFact]
    public void ReadInlineScript_ContainsNoClosingScriptTag()
    {
        var script = PlotlyJs.ReadInlineScript();

        Assert.True(script.Length > 1_000_000, "plotly.min.js is several MB");
        Assert.DoesNotContain("</script", script, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Locate_NothingInstalled_TellsUserToRunNpmCi()
    {
        var empty = Directory.CreateTempSubdirectory("mednet-viz-noplotly-");
        try
        {
            var ex = Assert.Throws<FileNotFoundException>(() => PlotlyJs.Locate(null, [empty.FullName]));

            Assert.Contains("npm ci", ex.Message);
            Assert.Contains(empty.FullName, ex.Message);
            Assert.Contains(PlotlyJs.PathVariable, ex.Message);
        }
        finally
        {
            empty.Delete(recursive: true);
        }
    }

    [Fact]
    public void Locate_ExplicitPathMissing_NamesTheVariable()
    {
        var ex = Assert.Throws<FileNotFoundException>(() => PlotlyJs.Locate("/nonexistent/plotly.min.js", []));

        Assert.Contains("MEDNET_PLOTLY_JS", ex.Message);
        Assert.Contains("/nonexistent/plotly.min.js", ex.Message);
    }

    [Fact]
    public void TryLocate_FolderWithoutNodeModules_ReturnsNullAndFolderWithIt_ReturnsCopy()
    {
        if (Environment.GetEnvironmentVariable(PlotlyJs.PathVariable) is not null)
        {
            return; // the variable overrides the search by design; covered by Locate_ExplicitPathMissing_NamesTheVariable
        }

        var dir = Directory.CreateTempSubdirectory("mednet-plotly-");
        try
        {
            Assert.Null(PlotlyJs.TryLocate(dir.FullName));
            var file = Path.Combine(dir.FullName, PlotlyJs.RelativePath);
            Directory.CreateDirectory(Path.GetDirectoryName(file)!);
            File.WriteAllText(file, "/* plotly */");
            var nested = Directory.CreateDirectory(Path.Combine(dir.FullName, "a", "b")).FullName;
            Assert.Equal(file, PlotlyJs.TryLocate(null, nested));
        }
        finally
        {
            dir.Delete(true);
        }
    }
}
