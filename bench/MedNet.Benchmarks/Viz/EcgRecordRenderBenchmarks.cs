// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Viz.Plots;
using Microsoft.FSharp.Core;
using Plotly.NET;
using Chart = Plotly.NET.CSharp.Chart;

namespace MedNet.Benchmarks.Viz;

/// <summary>
/// Rendering a 30-minute two-lead MIT-BIH-sized record (650,000 samples per lead at 360 Hz) to a Plotly.NET chart's HTML; target &lt; 2 s.
/// </summary>
/// <remarks>
/// The signal is synthetic (a seeded ECG-like waveform) so the benchmark needs no data files. "Decimated" is what
/// <see cref="Figures.MultiLead{T}"/> draws (min/max, 5,000 points per lead) as Plotly.NET writes it (<c>GenericChart.toChartHTML</c>,
/// the chart part of what Plotly.NET.Interactive shows); "Raw" serialises all 1.3 M points through Plotly.NET to show the cost
/// the decimation avoids. Run:
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
    }

    /// <summary>The kit's figure (with decimation) to the chart HTML a notebook cell displays.</summary>
    /// <returns>The HTML length.</returns>
    [Benchmark(Baseline = true)]
    public int Decimated_ChartHtml() => GenericChart.toChartHTML(Figures.MultiLead(_leads, LeadNames, SamplingRateHz)).Length;

    /// <summary>All 1.3 M points as two scattergl traces through Plotly.NET, no decimation (the serialiser's worst case).</summary>
    /// <returns>The HTML length.</returns>
    [Benchmark]
    public int Raw_ChartHtml()
    {
        var traces = new List<GenericChart>(2);
        for (var lead = 0; lead < 2; lead++)
        {
            var line = Chart.Line<double, float, string>(_time, _leads[lead], Name: LeadNames[lead], UseWebGL: true);
            traces.Add(Plotly.NET.Chart.withAxisAnchor(FSharpOption<int>.Some(1), FSharpOption<int>.Some(lead + 1)).Invoke(line));
        }

        return GenericChart.toChartHTML(Chart.Combine(traces)).Length;
    }
}
