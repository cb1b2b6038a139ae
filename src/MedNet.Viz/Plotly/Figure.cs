// SPDX-License-Identifier: MIT
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using MedNet.Viz.Display;
using MedNet.Viz.Html;
using MedNet.Viz.Plotly.Annotations;
using MedNet.Viz.Plotly.Json;
using MedNet.Viz.Plotly.Traces;

namespace MedNet.Viz.Plotly;

/// <summary>A plotly.js figure: traces, layout and config, serialised to the JSON <c>Plotly.newPlot</c> takes.</summary>
/// <remarks>
/// Build it with object initialisers and the fluent <c>Add…</c>/<c>With…</c> methods; every trace is validated when added
/// and again when serialised, so a figure never produces invalid JSON: lengths that disagree or empty series throw an
/// <see cref="ArgumentException"/> naming the trace, and NaN/±Infinity are written as <c>null</c> (drawn as gaps).
/// </remarks>
[TypeFormatterSource(typeof(VizFormatterSource), PreferredMimeTypes = new[] { "text/html" })]
public sealed class Figure
{
    private readonly List<Trace> _traces = [];

    /// <summary>The traces, drawn in order.</summary>
    [JsonIgnore]
    public IReadOnlyList<Trace> Traces => _traces;

    /// <summary>Title, axes, legend, shapes and annotations.</summary>
    public Layout Layout { get; } = new();

    /// <summary>plotly.js behaviour settings.</summary>
    public Config Config { get; set; } = new();

    [JsonInclude]
    [JsonPropertyName("data")]
    [JsonPropertyOrder(-1)]
    internal object[] DataWire => [.. _traces];

    /// <summary>Adds a trace after checking its data.</summary>
    /// <param name="trace">The trace.</param>
    /// <returns>This figure.</returns>
    /// <exception cref="ArgumentException">The trace's data is empty or its lengths disagree; the message names the trace.</exception>
    public Figure Add(Trace trace)
    {
        ArgumentNullException.ThrowIfNull(trace);
        var problems = new List<string>();
        trace.Validate(_traces.Count, problems);
        if (problems.Count > 0)
        {
            throw new ArgumentException("Figure.Add: " + string.Join(" ", problems), nameof(trace));
        }

        _traces.Add(trace);
        return this;
    }

    /// <summary>Adds a shape (region, vertical marker, threshold line).</summary>
    /// <param name="shape">The shape.</param>
    /// <returns>This figure.</returns>
    public Figure Add(Shape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        Layout.Shapes.Add(shape);
        return this;
    }

    /// <summary>Adds a text annotation.</summary>
    /// <param name="annotation">The annotation.</param>
    /// <returns>This figure.</returns>
    public Figure Add(Annotation annotation)
    {
        ArgumentNullException.ThrowIfNull(annotation);
        Layout.Annotations.Add(annotation);
        return this;
    }

    /// <summary>Sets the title.</summary>
    /// <param name="title">Figure title.</param>
    /// <returns>This figure.</returns>
    public Figure WithTitle(string title)
    {
        Layout.Title = title;
        return this;
    }

    /// <summary>Configures the layout in place (axes, legend, size).</summary>
    /// <param name="configure">Edits the layout.</param>
    /// <returns>This figure.</returns>
    public Figure WithLayout(Action<Layout> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        configure(Layout);
        return this;
    }

    /// <summary>Checks every trace and returns all problems (empty when the figure is valid).</summary>
    /// <returns>One message per problem, each naming its trace.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        for (var i = 0; i < _traces.Count; i++)
        {
            _traces[i].Validate(i, problems);
        }

        for (var i = 0; i < _traces.Count; i++)
        {
            foreach (var axis in new[] { _traces[i].XAxis, _traces[i].YAxis })
            {
                if (axis is { } id && (id.IsPaper || id.IsDomain))
                {
                    problems.Add($"{_traces[i].Describe(i)}: expected an x/y axis but got '{id}'. Use AxisId.X(n)/AxisId.Y(n) for traces.");
                }
            }
        }

        return problems;
    }

    /// <summary>Serialises to plotly.js JSON: <c>{"data":[…],"layout":{…},"config":{…}}</c>.</summary>
    /// <returns>Compact JSON, safe to embed in an HTML script element.</returns>
    /// <exception cref="InvalidOperationException">A trace became invalid after it was added.</exception>
    public string ToJson()
    {
        ThrowIfInvalid();
        return JsonSerializer.Serialize(this, PlotlyJson.Options);
    }

    /// <summary>Writes the plotly.js JSON to a UTF-8 stream without building a string.</summary>
    /// <param name="utf8">Destination stream.</param>
    public void WriteJson(Stream utf8)
    {
        ThrowIfInvalid();
        JsonSerializer.Serialize(utf8, this, PlotlyJson.Options);
    }

    /// <summary>Renders a self-contained HTML fragment (div + script).</summary>
    /// <param name="mode">How plotly.js is loaded. Default: <see cref="PlotlyScriptMode.Notebook"/>.</param>
    /// <returns>The fragment.</returns>
    public string ToHtml(PlotlyScriptMode mode = PlotlyScriptMode.Notebook) => PlotlyHtml.Fragment(this, mode);

    /// <summary>A one-paragraph text summary: title, traces with point counts, axis titles.</summary>
    /// <returns>The summary (the text/plain display).</returns>
    public override string ToString()
    {
        var sb = new StringBuilder("Figure");
        if (Layout.Title is { } title)
        {
            sb.Append(" \"").Append(title).Append('"');
        }

        sb.Append(": ").Append(_traces.Count).Append(_traces.Count == 1 ? " trace" : " traces");
        for (var i = 0; i < _traces.Count; i++)
        {
            sb.AppendLine().Append("  ").Append(_traces[i].Describe(i)).Append(PointCount(_traces[i]));
        }

        foreach (var (letter, axes) in new[] { ("x", Layout.XAxes), ("y", Layout.YAxes) })
        {
            foreach (var (index, axis) in axes)
            {
                if (axis.Title is { } axisTitle)
                {
                    sb.AppendLine().Append("  ").Append(letter).Append("axis").Append(index == 1 ? string.Empty : index.ToString(System.Globalization.CultureInfo.InvariantCulture))
                      .Append(": ").Append(axisTitle);
                }
            }
        }

        return sb.ToString();
    }

    private static string PointCount(Trace trace) => trace switch
    {
        Scatter s => $", {s.Y.Length:N0} points",
        Heatmap h => $", {h.Z.Length}x{(h.Z.Length > 0 ? h.Z[0].Length : 0)} cells",
        Bar b => $", {b.Y.Length:N0} bars",
        Histogram h => $", {h.X.Length:N0} samples",
        Box b => $", {b.Y.Length:N0} samples",
        _ => string.Empty,
    };

    private void ThrowIfInvalid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new InvalidOperationException("Figure.ToJson: " + string.Join(" ", problems));
        }
    }
}
