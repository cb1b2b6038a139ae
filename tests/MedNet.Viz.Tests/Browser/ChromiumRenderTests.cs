using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;
using MedNet.Viz.Html;
using MedNet.Viz.Plots;

namespace MedNet.Viz.Tests.Browser;

public class ChromiumRenderTests
{
    /// <summary>Set to a folder to keep the rendered page and a full-page screenshot for a human to look at.</summary>
    private const string KeepVariable = "MEDNET_VIZ_KEEP";

    private static void KeepForInspection(string pagePath)
    {
        var keep = Environment.GetEnvironmentVariable(KeepVariable);
        if (string.IsNullOrWhiteSpace(keep))
        {
            return;
        }

        Directory.CreateDirectory(keep);
        File.Copy(pagePath, Path.Combine(keep, "page.html"), overwrite: true);
        Chromium.Screenshot(pagePath, Path.Combine(Path.GetFullPath(keep), "page.png"));
    }

    [ChromiumFact]
    public void InlinePage_EveryFigureKind_DrawsWithoutJavaScriptErrors()
    {
        var (page, kinds) = BrowserPage.Build();
        var dir = Directory.CreateTempSubdirectory("mednet-viz-browser-");
        try
        {
            var path = Path.Combine(dir.FullName, "page.html");
            page.Save(path, PlotlyScriptMode.Inline);

            var dom = Chromium.DumpDom(path);
            KeepForInspection(path);

            using var result = ReadProbe(dom);
            var errors = result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToArray();
            Assert.Empty(errors);
            var plots = result.RootElement.GetProperty("plots").EnumerateArray().ToArray();
            Assert.Equal(kinds.Length, plots.Length);
            for (var i = 0; i < plots.Length; i++)
            {
                var p = plots[i];
                var what = $"{kinds[i]} ({p})";
                Assert.True(p.GetProperty("error").ValueKind == JsonValueKind.Null, what);
                Assert.True(p.GetProperty("rendered").GetBoolean(), what);
                Assert.True(p.GetProperty("svg").GetInt32() >= 1, what);
            }

            var multiLead = plots[Array.IndexOf(kinds, "multi-lead-650k")];
            Assert.True(multiLead.GetProperty("canvas").GetInt32() >= 1, "scattergl draws on a canvas: " + multiLead);
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    [ChromiumFact]
    public void NotebookFragments_PlotlyAlreadyOnPage_DrawWithoutNetwork()
    {
        var page = new HtmlPage("notebook fragments")
            .Add(BrowserPage.ErrorHook)
            .Add("<script>" + PlotlyJs.ReadInlineScript() + "</script>")
            .Add(Figures.TrainingCurve([1.0, 0.5, 0.4], [1e-3, 5e-4, 1e-4]))
            .Add(Figures.ConfusionMatrix(new long[,] { { 5, 1 }, { 2, 7 } }, ["N", "V"]))
            .Add(BrowserPage.Probe);
        var dir = Directory.CreateTempSubdirectory("mednet-viz-browser-");
        try
        {
            var path = Path.Combine(dir.FullName, "notebook.html");
            page.Save(path, PlotlyScriptMode.Notebook);

            using var result = ReadProbe(Chromium.DumpDom(path));

            Assert.Empty(result.RootElement.GetProperty("errors").EnumerateArray());
            var plots = result.RootElement.GetProperty("plots").EnumerateArray().ToArray();
            Assert.Equal(2, plots.Length);
            Assert.All(plots, p => Assert.True(p.GetProperty("rendered").GetBoolean() && p.GetProperty("svg").GetInt32() >= 1, p.ToString()));
        }
        finally
        {
            dir.Delete(recursive: true);
        }
    }

    private static JsonDocument ReadProbe(string dom)
    {
        var match = Regex.Match(dom, "<pre id=\"" + BrowserPage.ResultId + "\">(.*?)</pre>", RegexOptions.Singleline);
        Assert.True(match.Success, "the probe did not write its result; DOM starts: " + dom[..Math.Min(500, dom.Length)]);
        return JsonDocument.Parse(WebUtility.HtmlDecode(match.Groups[1].Value));
    }
}
