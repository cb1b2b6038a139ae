using MedNet.Viz.Html;
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Traces;
using MedNet.Viz.Plots;
using MedNet.Viz.Tables;

namespace MedNet.Viz.Tests.Browser;

/// <summary>A report page with every figure kind plus a probe that writes each plot's outcome into the DOM.</summary>
internal static class BrowserPage
{
    public const string ResultId = "mednet-test-result";

    public const string ErrorHook = """
        <script>window.__mednetErrors = []; window.addEventListener("error", function (e) { window.__mednetErrors.push(String(e.message)); });</script>
        """;

    public const string Probe = """
        <script>
        window.addEventListener("load", function () {
          setTimeout(function () {
            var plots = [];
            document.querySelectorAll(".mednet-plot").forEach(function (p) {
              plots.push({ id: p.id, rendered: p.getAttribute("data-mednet-rendered") === "true", error: p.getAttribute("data-mednet-error"),
                           svg: p.querySelectorAll(".main-svg").length, canvas: p.querySelectorAll("canvas").length,
                           traces: p.querySelectorAll(".trace").length });
            });
            var pre = document.createElement("pre");
            pre.id = "mednet-test-result";
            pre.textContent = JSON.stringify({ plots: plots, errors: window.__mednetErrors });
            document.body.appendChild(pre);
          }, 1000);
        });
        </script>
        """;

    public static (HtmlPage Page, string[] Kinds) Build()
    {
        const double fs = 360;
        var lead = SyntheticEcg.Lead(3600, fs);
        var beats = SyntheticEcg.BeatSamples(3600, fs).Select((s, i) => new BeatAnnotation(s, i == 5 ? "V" : "N")).ToArray();
        var longLeads = new[] { SyntheticEcg.Lead(650_000, fs, seed: 1), SyntheticEcg.Lead(650_000, fs, amplitude: 0.6, seed: 2) };
        var twelve = Enumerable.Range(0, 12).Select(i => SyntheticEcg.Lead(5000, 500, amplitude: 0.4 + (0.1 * (i % 5)), seed: i)).ToArray();
        var rng = new Random(3);
        var scores = Enumerable.Range(0, 2000).Select(i => (i is > 700 and < 760 ? 0.8 : 0.1) + (0.15 * rng.NextDouble())).ToArray();
        var labels = Enumerable.Range(0, 2000).Select(i => i is > 690 and < 770).ToArray();
        scores[1500] = 0.9;
        var importance = Enumerable.Range(0, 3600).Select(i => Math.Exp(-Math.Pow(((i % 300) - 100) / 20.0, 2))).ToArray();
        var weights = new double[24, 24];
        for (var q = 0; q < 24; q++)
        {
            for (var k = 0; k < 24; k++)
            {
                weights[q, k] = Math.Exp(-Math.Abs(q - k) / 3.0) / 6;
            }
        }

        var stats = new Figure().WithTitle("Bar, histogram and box");
        var grid = SubplotGrid.Create(stats.Layout, 1, 3);
        stats.Add(new Bar { X = new[] { "N", "S", "V", "F", "Q" }, Y = new[] { 90.1, 2.8, 6.4, 0.7, 0.1 }, Name = "class share (%)", Cell = grid[0, 0] })
            .Add(new Histogram { X = scores, Name = "scores", Opacity = 0.6, Cell = grid[0, 1] })
            .Add(new Box { Y = scores, Name = "scores box", Cell = grid[0, 2] });
        stats.Layout[grid[0, 0].Y].Title = "Share (%)";
        stats.Layout[grid[0, 1].X].Title = "Anomaly score";

        var figures = new (string Kind, Figure Figure)[]
        {
            ("ecg-strip", Figures.EcgStrip(lead, fs, beats, "MLII")),
            ("multi-lead-650k", Figures.MultiLead(longLeads, ["MLII", "V5"], fs)),
            ("twelve-lead", Figures.TwelveLead(twelve, 500)),
            ("anomaly-score", Figures.AnomalyScore(scores, 0.5, labels)),
            ("training-curve", Figures.TrainingCurve([0.9, 0.5, 0.3, 0.22, 0.2], [1e-3, 1e-3, 5e-4, 5e-4, 2.5e-4], [1.0, 0.6, 0.35, 0.3, 0.29])),
            ("roc", Figures.RocCurve(new RocSeries("MED-Net", [0, 0.01, 0.05, 0.2, 1], [0, 0.8, 0.95, 0.99, 1]))),
            ("confusion", Figures.ConfusionMatrix(new long[,] { { 900, 5, 3 }, { 10, 80, 2 }, { 4, 1, 60 } }, ["N", "S", "V"])),
            ("attention", Figures.AttentionHeatmap(weights, "MHSA head 0")),
            ("importance", Figures.ImportanceOverlay(lead, importance, fs)),
            ("stats", stats),
            ("metric-curves", Figures.MetricCurves("Validation accuracy (%)", ("full", [95.0, 97.5, 98.7]), ("baseline", [93.0, 94.8, 95.5]))),
            ("efficiency", Figures.EfficiencyComparison(["CNN-LSTM", "ours"], [2.1, 0.9], [1.2, 0.5], [12, 7])),
        };

        var page = new HtmlPage("MedNet.Viz browser test").Add(ErrorHook);
        foreach (var (kind, figure) in figures)
        {
            page.AddHeading(kind).Add(figure);
        }

        page.Add(new PaperComparisonTable("Table 2", 0.01).AddRun("F1", 0.99978, 0.95).AddNotRun("AUC", 0.99961, "not run here"));
        page.Add(Probe);
        return (page, figures.Select(f => f.Kind).ToArray());
    }
}
