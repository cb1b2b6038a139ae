using System.Net;
using System.Text;
using MedNet.Viz.Html;
using MedNet.Viz.Plots;
using MedNet.Viz.Tables;
using Plotly.NET;

namespace MedNet.Viz.Tests.Browser;

/// <summary>An offline page with every kit figure (Plotly.NET's chart HTML, plotly.js inlined once) plus a probe that writes each plot's outcome into the DOM.</summary>
internal static class BrowserPage
{
    public const string ResultId = "mednet-test-result";

    private const string ErrorHook = """
        <script>window.__mednetErrors = [];
        window.addEventListener("error", function (e) { window.__mednetErrors.push(String(e.message)); });
        window.addEventListener("unhandledrejection", function (e) { window.__mednetErrors.push("unhandled rejection: " + String(e.reason)); });</script>
        """;

    /// <summary>After plotly drew: per plot its SVG and canvas layers, traces drawn and the x axis range plotly settled on.</summary>
    private const string Probe = """
        <script>
        window.addEventListener("load", function () {
          setTimeout(function () {
            var plots = [];
            document.querySelectorAll(".js-plotly-plot").forEach(function (p) {
              var x = p._fullLayout && p._fullLayout.xaxis;
              plots.push({ id: p.id, svg: p.querySelectorAll(".main-svg").length, canvas: p.querySelectorAll("canvas").length,
                           traces: p.querySelectorAll(".trace, .hm").length, xRange: x ? x.range : null });
            });
            var pre = document.createElement("pre");
            pre.id = "mednet-test-result";
            pre.textContent = JSON.stringify({ plots: plots, errors: window.__mednetErrors });
            document.body.appendChild(pre);
          }, 1000);
        });
        </script>
        """;

    public static (string Html, string[] Kinds) Build()
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

        var figures = new (string Kind, GenericChart Chart)[]
        {
            ("ecg-strip", Figures.EcgStrip(lead, fs, beats, "MLII").WithShapes([Overlays.XRegion(2, 2.3, "rgba(31,119,180,0.25)"), Overlays.VerticalLine(4)])),
            ("multi-lead-650k", Figures.MultiLead(longLeads, ["MLII", "V5"], fs)),
            ("twelve-lead", Figures.TwelveLead(twelve, 500)),
            ("anomaly-score", Figures.AnomalyScore(scores, 0.5, labels)),
            ("training-curve", Figures.TrainingCurve([0.9, 0.5, 0.3, 0.22, 0.2], [1e-3, 1e-3, 5e-4, 5e-4, 2.5e-4], [1.0, 0.6, 0.35, 0.3, 0.29])),
            ("training-curve-one-epoch", Figures.TrainingCurve([0.9], [1e-3])),
            ("roc", Figures.RocCurve(new RocSeries("MED-Net", [0, 0.01, 0.05, 0.2, 1], [0, 0.8, 0.95, 0.99, 1]))),
            ("confusion", Figures.ConfusionMatrix(new long[,] { { 900, 5, 3 }, { 10, 80, 2 }, { 0, 0, 0 } }, ["N", "S", "V"])),
            ("attention", Figures.AttentionHeatmap(weights, "MHSA head 0")),
            ("importance", Figures.ImportanceOverlay(lead, importance, fs)),
            ("importance-signed", Figures.ImportanceOverlay(lead, importance.Select(v => v - 0.3).ToArray(), fs, "SHAP", signed: true)),
            ("metric-curves", Figures.MetricCurves("Validation accuracy (%)", ("full", [95.0, 97.5, 98.7]), ("baseline", [93.0, 94.8, 95.5]))),
            ("mean-sd-bars", Figures.MeanSdBars("F1 per variant", "F1", ["full", "no MS"], ("adjusted", [0.9, 0.8], [0.01, 0.02]), ("raw", [0.5, 0.4], [0.03, double.NaN]))),
            ("efficiency", Figures.EfficiencyComparison(["CNN-LSTM", "ours"], [2.1, 0.9], [1.2, double.NaN], [12, 7])),
            ("power-spectrum", Figures.PowerSpectrum([0.0, 60, 120, 180], (50, 150), ("raw", [1.0, 0.1, 0.01, 0.001]), ("0.5–40 Hz", [1.0, 0.001, 0.0, 0.0]))),
        };

        var html = new StringBuilder("<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>MedNet.Viz browser test</title>\n")
            .Append(ErrorHook)
            .Append("<script>").Append(PlotlyJs.Read(PlotlyJs.TryLocate()!)).Append("</script>\n</head><body>\n");
        foreach (var (kind, chart) in figures)
        {
            html.Append("<h2>").Append(WebUtility.HtmlEncode(kind)).Append("</h2>\n").Append(GenericChart.toChartHTML(chart)).Append('\n');
        }

        html.Append(new PaperComparisonTable("Table 2", 0.01).AddRun("F1", 0.99978, 0.95).AddNotRun("AUC", 0.99961, "not run here").ToHtml());
        html.Append(Probe).Append("</body></html>\n");
        return (html.ToString(), figures.Select(f => f.Kind).ToArray());
    }
}
