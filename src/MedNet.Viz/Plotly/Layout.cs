// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Annotations;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Styling;

namespace MedNet.Viz.Plotly;

/// <summary>Everything about a figure except its data: title, axes, legend, size, shapes and annotations.</summary>
public sealed class Layout
{
    private readonly SortedDictionary<int, Axis> _xAxes = [];
    private readonly SortedDictionary<int, Axis> _yAxes = [];

    /// <summary>Figure title.</summary>
    [JsonIgnore]
    public string? Title { get; set; }

    /// <summary>Height in px; plotly's default (450) when null.</summary>
    public int? Height { get; set; }

    /// <summary>Width in px; the container's width when null (responsive).</summary>
    public int? Width { get; set; }

    /// <summary>Whether the legend is shown.</summary>
    public bool? ShowLegend { get; set; }

    /// <summary>Legend position and orientation.</summary>
    public Legend? Legend { get; set; }

    /// <summary>Margins around the plotting area.</summary>
    public Margin? Margin { get; set; }

    /// <summary>Background colour of the plotting area (CSS colour).</summary>
    [JsonPropertyName("plot_bgcolor")]
    public string? PlotBackground { get; set; }

    /// <summary>Global font.</summary>
    public Font? Font { get; set; }

    /// <summary>Bars of several traces side by side or stacked.</summary>
    public BarMode? BarMode { get; set; }

    /// <summary>Shapes (shaded regions, vertical markers, threshold lines), drawn in order.</summary>
    [JsonIgnore]
    public List<Shape> Shapes { get; } = [];

    /// <summary>Text annotations, drawn in order.</summary>
    [JsonIgnore]
    public List<Annotation> Annotations { get; } = [];

    /// <summary>The x axes defined so far, by number.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<int, Axis> XAxes => _xAxes;

    /// <summary>The y axes defined so far, by number.</summary>
    [JsonIgnore]
    public IReadOnlyDictionary<int, Axis> YAxes => _yAxes;

    [JsonInclude]
    [JsonPropertyName("title")]
    internal object? TitleWire => Title is null ? null : new { text = Title };

    [JsonInclude]
    [JsonPropertyName("shapes")]
    internal List<Shape>? ShapesWire => Shapes.Count == 0 ? null : Shapes;

    [JsonInclude]
    [JsonPropertyName("annotations")]
    internal List<Annotation>? AnnotationsWire => Annotations.Count == 0 ? null : Annotations;

    [JsonInclude]
    [JsonExtensionData]
    internal Dictionary<string, object> AxesWire
    {
        get
        {
            var axes = new Dictionary<string, object>(_xAxes.Count + _yAxes.Count);
            foreach (var (index, axis) in _xAxes)
            {
                axes[AxisId.X(index).LayoutKey] = axis;
            }

            foreach (var (index, axis) in _yAxes)
            {
                axes[AxisId.Y(index).LayoutKey] = axis;
            }

            return axes;
        }
    }

    /// <summary>The x axis with the given number, created on first use.</summary>
    /// <param name="index">1-based axis number, ≥ 1. Default: 1.</param>
    /// <returns>The axis, to be configured.</returns>
    public Axis XAxis(int index = 1) => GetOrAdd(_xAxes, AxisId.X(index).Index);

    /// <summary>The y axis with the given number, created on first use.</summary>
    /// <param name="index">1-based axis number, ≥ 1. Default: 1.</param>
    /// <returns>The axis, to be configured.</returns>
    public Axis YAxis(int index = 1) => GetOrAdd(_yAxes, AxisId.Y(index).Index);

    /// <summary>The axis with the given id, created on first use.</summary>
    /// <param name="id">An x or y axis (not <see cref="AxisId.Paper"/> nor a domain).</param>
    /// <returns>The axis, to be configured.</returns>
    public Axis this[AxisId id] => id.IsPaper || id.IsDomain
        ? throw new ArgumentException($"Layout[AxisId]: expected an x or y axis but got '{id}'.", nameof(id))
        : id.Letter == 'x' ? XAxis(id.Index) : YAxis(id.Index);

    /// <summary>Whether the axis with the given id has been defined.</summary>
    /// <param name="id">An x or y axis.</param>
    /// <returns>True when defined (index 1 axes always count as defined; plotly creates them).</returns>
    public bool HasAxis(AxisId id) =>
        !id.IsPaper && (id.Index == 1 || (id.Letter == 'x' ? _xAxes : _yAxes).ContainsKey(id.Index));

    private static Axis GetOrAdd(SortedDictionary<int, Axis> axes, int index)
    {
        if (!axes.TryGetValue(index, out var axis))
        {
            axis = new Axis();
            axes[index] = axis;
        }

        return axis;
    }
}
