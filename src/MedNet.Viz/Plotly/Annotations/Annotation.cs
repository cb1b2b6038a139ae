// SPDX-License-Identifier: MIT
using System.Text.Json.Serialization;
using MedNet.Viz.Plotly.Axes;
using MedNet.Viz.Plotly.Styling;

namespace MedNet.Viz.Plotly.Annotations;

/// <summary>A text label placed on the plot, with or without an arrow.</summary>
/// <remarks>Plotly renders a small subset of HTML in the text (<c>&lt;br&gt;</c>, <c>&lt;b&gt;</c>, <c>&lt;i&gt;</c>).</remarks>
public sealed record Annotation
{
    /// <summary>The label.</summary>
    public required string Text { get; init; }

    /// <summary>Position along x in units of <see cref="XRef"/>.</summary>
    public required double X { get; init; }

    /// <summary>Position along y in units of <see cref="YRef"/>.</summary>
    public required double Y { get; init; }

    /// <summary>What x is measured in. Default: the first x axis.</summary>
    public AxisId XRef { get; init; } = AxisId.X1;

    /// <summary>What y is measured in. Default: the first y axis.</summary>
    public AxisId YRef { get; init; } = AxisId.Y1;

    /// <summary>Whether an arrow points from the text to (x, y). Default: false.</summary>
    public bool ShowArrow { get; init; }

    /// <summary>Which side of the text box x refers to: "left", "center", "right".</summary>
    public string? XAnchor { get; init; }

    /// <summary>Which side of the text box y refers to: "top", "middle", "bottom".</summary>
    public string? YAnchor { get; init; }

    /// <summary>Text font.</summary>
    public Font? Font { get; init; }

    /// <summary>Box background (CSS colour).</summary>
    [JsonPropertyName("bgcolor")]
    public string? Background { get; init; }

    /// <summary>A note in the top-left corner of the plotting area (e.g. the decimation note).</summary>
    /// <param name="text">The note.</param>
    /// <returns>The annotation.</returns>
    public static Annotation Note(string text) => new()
    {
        Text = text,
        X = 0,
        Y = 1,
        XRef = AxisId.Paper,
        YRef = AxisId.Paper,
        XAnchor = "left",
        YAnchor = "bottom",
        Font = new Font { Size = 11, Color = "#555" },
    };
}
