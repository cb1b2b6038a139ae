using MedNet.Notebooks.Runner.Execution;
using MedNet.Notebooks.Runner.Report;

namespace MedNet.Notebooks.Tests.Runner.Report;

[Collection(RunnerCollection.Name)]
public class NotebookPageTests(TestNotebooks notebooks)
{
    private const string FakePlotly = "/* plotly.min.js stand-in */";

    private static int Count(string text, string part) => (text.Length - text.Replace(part, string.Empty, StringComparison.Ordinal).Length) / part.Length;

    [Fact]
    public void Render_NotebookWithoutFigures_HasNoPlotlyAndRendersMarkdownAndOutputs()
    {
        var html = NotebookPage.Render(notebooks["01-features.ipynb"], "smoke", FakePlotly, null);
        Assert.DoesNotContain(FakePlotly, html);
        Assert.Contains("<h1 id=\"features\">Features</h1>", html);
        Assert.Contains("A <strong>markdown</strong> cell", html);
        Assert.Contains("<span class=\"swatch\">teal</span>", html);
        Assert.Contains("<pre class=\"stderr\">warn\n</pre>", html);
        Assert.Contains("status passed", html);
    }

    [Fact]
    public void Render_TwoFigures_InlinesPlotlyOnce()
    {
        var figure = new Dictionary<string, string> { ["text/html"] = "<div id=\"f\"></div><script>Plotly.newPlot('f', []);</script>" };
        var source = notebooks["04-after-errors.ipynb"];
        var withFigures = source with
        {
            Cells = [new CellResult(1, 1, [new DisplayOutput(figure, false), new DisplayOutput(figure, false)], TimeSpan.Zero)],
        };
        var html = NotebookPage.Render(withFigures, "smoke", FakePlotly, null);
        Assert.Equal(1, Count(html, FakePlotly));
        Assert.True(html.IndexOf(FakePlotly, StringComparison.Ordinal) < html.IndexOf("</head>", StringComparison.Ordinal));
        Assert.Equal(2, Count(html, "Plotly.newPlot"));
    }

    [Fact]
    public void Render_FigureWithoutPlotlyScript_WarnsHowToGetIt()
    {
        var figure = new Dictionary<string, string> { ["text/html"] = "<script>Plotly.newPlot('f', []);</script>" };
        var withFigure = notebooks["04-after-errors.ipynb"] with { Cells = [new CellResult(1, 1, [new DisplayOutput(figure, false)], TimeSpan.Zero)] };
        var html = NotebookPage.Render(withFigure, "smoke", plotlyJs: null, katex: null);
        Assert.Contains("plotly.js was not found", html);
        Assert.Contains("bash .ci/install-deps", html);
    }

    [Fact]
    public void Render_PlotlyNetInteractiveChart_PageCopyHasNoCdnAddressAndRequireIsTheShim()
    {
        // The shape of Plotly.NET.Interactive 6.0.0's output: require.js asked for plotly on cdn.plot.ly, require.js itself from cdnjs.
        const string chart = """
            <div><div id="c1"></div><script type="text/javascript">
            var renderPlotly_c1 = function() {
                var fsharpPlotlyRequire = requirejs.config({context:'fsharp-plotly',paths:{plotly:'https://cdn.plot.ly/plotly-2.28.0.min'}}) || require;
                fsharpPlotlyRequire(['plotly'], function(Plotly) { Plotly.newPlot('c1', [], {}, {}); });
            };
            if ((typeof(requirejs) !==  typeof(Function)) || (typeof(requirejs.config) !== typeof(Function))) {
                var script = document.createElement("script");
                script.setAttribute("src", "https://cdnjs.cloudflare.com/ajax/libs/require.js/2.3.6/require.min.js");
                document.getElementsByTagName("head")[0].appendChild(script);
            } else { renderPlotly_c1(); }
            </script></div>
            """;
        var source = notebooks["04-after-errors.ipynb"];
        var withChart = source with { Cells = [new CellResult(1, 1, [new DisplayOutput(new Dictionary<string, string> { ["text/html"] = chart }, true)], TimeSpan.Zero)] };

        var html = NotebookPage.Render(withChart, "smoke", FakePlotly, null);

        Assert.DoesNotContain("cdn.plot.ly", html);
        Assert.DoesNotContain("cdnjs.cloudflare.com", html);
        Assert.DoesNotContain("https://", html);
        Assert.Contains("paths:{plotly:''}", html);
        Assert.Contains("fsharpPlotlyRequire(['plotly']", html); // the rest of the output is the kernel's
        var shim = html.IndexOf("window.requirejs = inlined", StringComparison.Ordinal);
        Assert.True(html.IndexOf(FakePlotly, StringComparison.Ordinal) < shim && shim < html.IndexOf("</head>", StringComparison.Ordinal));
        Assert.Equal(1, Count(html, FakePlotly));
    }

    [Fact]
    public void ForOfflinePage_OtherAddresses_AreKept()
    {
        const string html = "<a href=\"https://physionet.org/content/mitdb/\">MIT-BIH</a><script>var u = 'https://cdn.jsdelivr.net/npm/x.js'; Plotly.newPlot('a', []);</script>";

        var offline = PlotlyScript.ForOfflinePage(html);

        Assert.Contains("https://physionet.org/content/mitdb/", offline);
        Assert.Contains("var u = '';", offline);
    }

    [Fact]
    public void Render_FailedNotebook_LinksTheErrorCellAndMarksLaterCellsNotRun()
    {
        var html = NotebookPage.Render(notebooks["02-runtime-error.ipynb"], "smoke", null, null);
        Assert.Contains("status failed", html);
        Assert.Contains("<a href=\"#cell-2\">02-runtime-error.ipynb: cell 2, line 3: DivideByZeroException", html);
        Assert.Contains("<pre class=\"error\">", html);
        Assert.Contains("class=\"cell code not-run\" id=\"cell-3\"", html);
    }

    [Fact]
    public void Render_FailedCell_ErrorNamesTheCellNumberTheReportShowsAndTheLine()
    {
        var result = notebooks["03-compile-error.ipynb"];
        var html = NotebookPage.Render(result, "smoke", null, null);
        Assert.StartsWith("03-compile-error.ipynb: cell 1, line 3: CS0103", result.Error!.ToString());
        Assert.Contains("id=\"cell-1\">\n<div class=\"prompt\">cell 1</div>", html);
        Assert.Contains("<a href=\"#cell-1\">03-compile-error.ipynb: cell 1, line 3: CS0103", html);
    }

    [Fact]
    public void Render_Index_LinksEveryNotebookWithStatus()
    {
        var html = IndexPage.Render(notebooks.Results, "smoke", DateTimeOffset.UnixEpoch);
        foreach (var result in notebooks.Results)
        {
            Assert.Contains($"<a href=\"{Path.ChangeExtension(result.RelativePath, ".html")}\">", html);
        }

        Assert.Contains("2 passed, 3 failed", html);
    }

    [Fact]
    public void Render_MarkdownWithMath_InlinesKatexOnceAndKeepsTexIntact()
    {
        var katex = new MedNet.Viz.Html.KatexBundle("/* katex css */", "/* katex js */");
        var document = TestNotebooks.Inline("markdown:# Loss $\\mathcal L$\n\nWith $a_1 * b_2$ and\n\n$$\\sum_{i} x_i^2$$", "markdown:and $c_3$", "1");
        var result = new NotebookResult(document.Path, document, "math.ipynb", NotebookStatus.Passed, [], null, TimeSpan.Zero);

        var html = NotebookPage.Render(result, "smoke", FakePlotly, katex);

        Assert.Equal(1, Count(html, "/* katex css */"));
        Assert.Equal(1, Count(html, "/* katex js */"));
        Assert.Equal(1, Count(html, "katex.render("));
        Assert.Contains("<span class=\"math inline\">$a_1 * b_2$</span>", html);
        Assert.Contains("<span class=\"math display\">$$\\sum_{i} x_i^2$$</span>", html);
        Assert.Contains("<span class=\"math inline\">$c_3$</span>", html);
        Assert.Contains("<h1 id=\"loss\">Loss <span class=\"math inline\">$\\mathcal L$</span></h1>", html);
        Assert.DoesNotContain("KaTeX was not found", html);
    }

    [Fact]
    public void Render_MathWithoutKatex_ShowsTexAndWarnsOnce()
    {
        var document = TestNotebooks.Inline("markdown:$x_1$ and $x_2$", "markdown:$$y$$");
        var result = new NotebookResult(document.Path, document, "math.ipynb", NotebookStatus.Passed, [], null, TimeSpan.Zero);

        var html = NotebookPage.Render(result, "smoke", null, katex: null);

        Assert.Equal(1, Count(html, "KaTeX was not found"));
        Assert.Contains("<span class=\"math inline\">$x_1$</span>", html);
        Assert.DoesNotContain("katex.render(", html);
    }

    [Fact]
    public void Render_NoMath_InlinesNoKatex()
    {
        var katex = new MedNet.Viz.Html.KatexBundle("/* katex css */", "/* katex js */");

        var html = NotebookPage.Render(notebooks["04-after-errors.ipynb"], "smoke", null, katex);

        Assert.DoesNotContain("/* katex", html);
        Assert.DoesNotContain("KaTeX was not found", html);
    }
}
