using System.Net;
using System.Text.Json;
using System.Text.RegularExpressions;

namespace MedNet.Viz.Tests.Browser;

[Collection(MedNet.Viz.Tests.Html.PlotlyJsVariable.Name)]
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
    public void OfflinePage_EveryKitFigure_DrawsWithoutJavaScriptErrorsAndTheStripKeepsItsWindow()
    {
        var (html, kinds) = BrowserPage.Build();
        var dir = Directory.CreateTempSubdirectory("mednet-viz-browser-");
        try
        {
            var path = Path.Combine(dir.FullName, "page.html");
            File.WriteAllText(path, html);

            var dom = Chromium.DumpDom(path);
            KeepForInspection(path);

            using var result = ReadProbe(dom);
            var errors = result.RootElement.GetProperty("errors").EnumerateArray().Select(e => e.GetString()).ToArray();
            Assert.Empty(errors);
            var plots = result.RootElement.GetProperty("plots").EnumerateArray().ToArray();
            Assert.Equal(kinds.Length, plots.Length);
            for (var i = 0; i < plots.Length; i++)
            {
                var what = $"{kinds[i]} ({plots[i]})";
                Assert.True(plots[i].GetProperty("svg").GetInt32() >= 1, what);
                Assert.True(plots[i].GetProperty("traces").GetInt32() >= 1 || plots[i].GetProperty("canvas").GetInt32() >= 1, what);
            }

            var multiLead = plots[Array.IndexOf(kinds, "multi-lead-650k")];
            Assert.True(multiLead.GetProperty("canvas").GetInt32() >= 1, "scattergl draws on a canvas: " + multiLead);

            // The 10 s strip at 25 mm/s : 10 mm/mV does not fit the page's aspect; plotly must keep the time range (0–10 s)
            // and give the amplitude more paper, not widen time (it showed −5 … 15 s before).
            var strip = plots[Array.IndexOf(kinds, "ecg-strip")].GetProperty("xRange");
            Assert.Equal(0.0, strip[0].GetDouble(), 1e-9);
            Assert.Equal(10.0, strip[1].GetDouble(), 1e-9);
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
