// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Axes;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>One data series of a figure; the subclass decides how it is drawn (line, heatmap, bars, …).</summary>
public abstract class Trace
{
    /// <summary>plotly.js trace type, e.g. "scatter", "scattergl", "heatmap".</summary>
    [JsonPropertyOrder(-10)]
    public abstract string Type { get; }

    /// <summary>Name shown in the legend and in hover labels.</summary>
    [JsonPropertyOrder(-9)]
    public string? Name { get; init; }

    /// <summary>Whether the trace gets a legend entry.</summary>
    public bool? ShowLegend { get; init; }

    /// <summary>Traces in the same group toggle together in the legend.</summary>
    public string? LegendGroup { get; init; }

    /// <summary>The x axis the trace is drawn on; the first when null.</summary>
    [JsonPropertyName("xaxis")]
    public AxisId? XAxis { get; init; }

    /// <summary>The y axis the trace is drawn on; the first when null.</summary>
    [JsonPropertyName("yaxis")]
    public AxisId? YAxis { get; init; }

    /// <summary>Places the trace in a subplot cell (sets <see cref="XAxis"/> and <see cref="YAxis"/>).</summary>
    [JsonIgnore]
    public SubplotCell Cell
    {
        get => new(XAxis ?? AxisId.X1, YAxis ?? AxisId.Y1);
        init
        {
            XAxis = value.X;
            YAxis = value.Y;
        }
    }

    /// <summary>Opacity 0–1.</summary>
    public double? Opacity { get; init; }

    /// <summary>plotly hover template, e.g. "%{x:.2f} s, %{y:.3f} mV" (line breaks as &lt;br&gt;).</summary>
    public string? HoverTemplate { get; init; }

    /// <summary>A short description for error messages: type, position in the figure and name.</summary>
    /// <param name="index">0-based position of the trace in the figure.</param>
    /// <returns>E.g. "scattergl trace 1 'MLII'".</returns>
    public string Describe(int index) => Name is null ? $"{Type} trace {index}" : $"{Type} trace {index} '{Name}'";

    /// <summary>Checks the trace's data and appends every problem, each naming the trace.</summary>
    /// <param name="index">0-based position of the trace in the figure (for messages).</param>
    /// <param name="problems">Receives one message per problem.</param>
    public abstract void Validate(int index, IList<string> problems);

    /// <summary>Appends a problem when the data is missing (null length) or empty.</summary>
    /// <param name="label">What the trace calls this data, e.g. "y".</param>
    /// <param name="length">The data's length, or null when missing.</param>
    /// <param name="index">0-based position of the trace.</param>
    /// <param name="problems">Receives the message.</param>
    /// <returns>True when present and non-empty.</returns>
    protected bool RequireNonEmpty(string label, int? length, int index, IList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (length is > 0)
        {
            return true;
        }

        problems.Add($"{Describe(index)}: expected at least one {label} value but got " +
                     (length is null ? "none (null)" : "an empty series") + ".");
        return false;
    }

    /// <summary>Appends a problem when optional data does not have the same length as the main series.</summary>
    /// <param name="label">Name of the optional data, e.g. "x".</param>
    /// <param name="length">Its length, or null when absent (no problem).</param>
    /// <param name="mainLabel">Name of the main series, e.g. "y".</param>
    /// <param name="mainLength">The main series' length.</param>
    /// <param name="index">0-based position of the trace.</param>
    /// <param name="problems">Receives the message.</param>
    protected void RequireSameLength(string label, int? length, string mainLabel, int mainLength, int index, IList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        if (length is { } n && n != mainLength)
        {
            problems.Add($"{Describe(index)}: expected {label} and {mainLabel} of equal length but got {label}.Length = {n}, " +
                         $"{mainLabel}.Length = {mainLength}.");
        }
    }
}
