using System.Text.Json;
using Plotly.NET;

namespace MedNet.Viz.Tests.Plots;

/// <summary>Parses a chart's JSON the way plotly.js receives it (Plotly.NET's <c>GenericChart.toJson</c>: data, layout, config).</summary>
internal static class FigureJson
{
    public static JsonElement Parse(GenericChart chart) => JsonDocument.Parse(GenericChart.toJson(chart)).RootElement;

    public static JsonElement Layout(JsonElement root) => root.GetProperty("layout");

    public static JsonElement Trace(JsonElement root, int index) => root.GetProperty("data")[index];

    public static string[] TraceNames(JsonElement root) =>
        root.GetProperty("data").EnumerateArray().Select(t => t.TryGetProperty("name", out var n) ? n.GetString()! : string.Empty).ToArray();

    public static double[] Numbers(JsonElement array) => array.EnumerateArray().Select(v => v.GetDouble()).ToArray();

    public static string? AxisTitle(JsonElement root, string key) =>
        Layout(root).GetProperty(key).TryGetProperty("title", out var t) ? t.GetProperty("text").GetString() : null;

    public static string[] Notes(JsonElement root) =>
        Layout(root).TryGetProperty("annotations", out var a)
            ? a.EnumerateArray().Select(n => n.GetProperty("text").GetString()!).ToArray()
            : [];

    public static JsonElement[] Shapes(JsonElement root) =>
        Layout(root).TryGetProperty("shapes", out var s) ? [.. s.EnumerateArray()] : [];
}
