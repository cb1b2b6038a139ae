// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Plotly.Styling;

/// <summary>Text font of a title, annotation or legend.</summary>
public sealed record Font
{
    /// <summary>Size in px, &gt; 0.</summary>
    public double? Size { get; init; }

    /// <summary>CSS colour.</summary>
    public string? Color { get; init; }

    /// <summary>CSS font family list.</summary>
    public string? Family { get; init; }
}
