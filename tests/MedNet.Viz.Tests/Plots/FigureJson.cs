using System.Text.Json;
using MedNet.Viz.Plotly;

namespace MedNet.Viz.Tests.Plots;

/// <summary>Parses a figure's JSON the way plotly.js receives it.</summary>
internal static class FigureJson
{
    public static JsonElement Parse(Figure figure) => JsonDocument.Parse(figure.ToJson()).RootElement;

    public static string? AxisTitle(JsonElement root, string key) =>
        root.GetProperty("layout").GetProperty(key).TryGetProperty("title", out var t) ? t.GetProperty("text").GetString() : null;

    public static string[] Notes(JsonElement root) =>
        root.GetProperty("layout").TryGetProperty("annotations", out var a)
            ? a.EnumerateArray().Select(n => n.GetProperty("text").GetString()!).ToArray()
            : [];
}
