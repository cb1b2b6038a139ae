// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Viz.Html;
using MedNet.Viz.Plotly;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Traces;
using MedNet.Viz.Plots;

namespace MedNet.Benchmarks.Viz;

/// <summary>
/// Rendering a 30-minute two-lead MIT-BIH-sized record (650,000 samples per lead at 360 Hz) to HTML; target &lt; 2 s.
/// </summary>
/// <remarks>
/// The signal is synthetic (a seeded ECG-like waveform) so the benchmark needs no data files. "Decimated" is what
/// <see cref="Figures.MultiLead{T}"/> draws (min/max, 5,000 points per lead); "Raw" serialises all 1.3 M points to show the
/// cost the decimation avoids in the browser. Run:
/// <c>dotnet run -c Release --project bench/MedNet.Benchmarks -- --filter '*EcgRecordRender*'</c>.
/// </remarks>
[MemoryDiagnoser]
public class EcgRecordRenderBenchmarks
{
    private const int Samples = 650_000;
    private const double SamplingRateHz = 360;
    private static readonly string[] LeadNames = ["MLII", "V5"];
    private float[][] _leads = [];
    private double[] _time = [];

    /// <summary>Builds the synthetic two-lead record once.</summary>
    [GlobalSetup]
    public void Setup()
    {
        var random = new Random(42);
        _leads = [new float[Samples], new float[Samples]];
        _time = new double[Samples];
        for (var i = 0; i < Samples; i++)
        {
            var t = i / SamplingRateHz;
            var phase = t % 0.8;
            var qrs = Math.Exp(-0.5 * Math.Pow((phase - 0.3) / 0.01, 2));
            var twave = 0.3 * Math.Exp(-0.5 * Math.Pow((phase - 0.55) / 0.045, 2));
            _leads[0][i] = (float)(qrs + twave + (0.02 * random.NextDouble()));
            _leads[1][i] = (float)((0.6 * qrs) - (0.5 * twave) + (0.02 * random.NextDouble()));
            _time[i] = t;
        }

        PlotlyJs.ReadInlineScript(); // reports read plotly.min.js once per process; keep that out of the timing
    }

    /// <summary>Figure (with decimation) to a notebook fragment: what a notebook cell displays.</summary>
    /// <returns>The HTML length.</returns>
    [Benchmark(Baseline = true)]
    public int Decimated_NotebookFragment() =>
        Figures.MultiLead(_leads, LeadNames, SamplingRateHz).ToHtml(PlotlyScriptMode.Notebook).Length;

    /// <summary>Figure (with decimation) in an offline report page that inlines plotly.min.js (~4.8 MB).</summary>
    /// <returns>The HTML length.</returns>
    [Benchmark]
    public int Decimated_InlineReportPage() =>
        new HtmlPage("MIT-BIH 100").Add(Figures.MultiLead(_leads, LeadNames, SamplingRateHz)).Render(PlotlyScriptMode.Inline).Length;

    /// <summary>All 1.3 M points as scattergl traces, no decimation (the serialiser's worst case).</summary>
    /// <returns>The HTML length.</returns>
    [Benchmark]
    public int Raw_NotebookFragment()
    {
        var fig = new Figure();
        var grid = SubplotGrid.Create(fig.Layout, 2, 1, sharedX: true);
        for (var lead = 0; lead < 2; lead++)
        {
            fig.Add(new Scatter { X = _time, Y = _leads[lead], WebGl = true, Mode = ScatterMode.Lines, Name = LeadNames[lead], Cell = grid[lead, 0] });
        }

        return fig.ToHtml(PlotlyScriptMode.Notebook).Length;
    }
}
