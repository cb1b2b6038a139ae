// SPDX-License-Identifier: MIT
namespace MedNet.Viz.Html;

/// <summary>Where a report's plotly.js comes from: a file on disk or a resource embedded in Plotly.NET.</summary>
/// <param name="Path">Full path of a plotly.min.js, or null for the embedded copy.</param>
/// <param name="Resource">Manifest resource name in the Plotly.NET assembly, or null for a file.</param>
public sealed record PlotlyJsSource(string? Path, string? Resource)
{
    /// <summary>For the console: the file path, or "Plotly.NET's embedded plotly-X.Y.Z.min.js".</summary>
    /// <returns>The description.</returns>
    public override string ToString() => Path ?? $"Plotly.NET's embedded {Resource?["Plotly.NET.".Length..]}";
}
