// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Json;

/// <summary>The System.Text.Json settings that turn the figure model into plotly.js JSON.</summary>
/// <remarks>
/// Property names are lower-cased (plotly's <c>showlegend</c>, <c>hovertemplate</c>); unset (null) properties are omitted
/// so plotly applies its own defaults; every non-finite number (NaN, ±Infinity) is written as JSON <c>null</c>, which plotly
/// draws as a gap in a line and skips in markers, bars and heatmap cells. The default encoder escapes <c>&lt;</c>, <c>&gt;</c>
/// and <c>&amp;</c>, so the JSON can be embedded in an HTML <c>&lt;script&gt;</c> element as it is.
/// </remarks>
public static class PlotlyJson
{
    /// <summary>Shared serializer options (thread-safe once created).</summary>
    public static JsonSerializerOptions Options { get; } = CreateOptions();

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions
        {
            PropertyNamingPolicy = new LowerCaseNamingPolicy(),
            DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
            WriteIndented = false,
        };
        options.Converters.Add(new NonFiniteAsNullDoubleConverter());
        options.Converters.Add(new JsonStringEnumConverter());
        options.MakeReadOnly(populateMissingResolver: true);
        return options;
    }

    private sealed class LowerCaseNamingPolicy : JsonNamingPolicy
    {
        public override string ConvertName(string name) => name.ToLowerInvariant();
    }
}
