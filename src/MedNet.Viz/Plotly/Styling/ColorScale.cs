// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Styling;

/// <summary>A colour scale for heatmaps and colour-mapped markers: one of plotly's named scales or explicit stops.</summary>
[JsonConverter(typeof(ColorScaleConverter))]
public sealed class ColorScale
{
    private ColorScale(string? name, (double Position, string Color)[]? stops)
    {
        Name = name;
        Stops = stops;
    }

    /// <summary>Plotly's name of the scale, or null for explicit stops.</summary>
    public string? Name { get; }

    /// <summary>Explicit stops (position 0–1, CSS colour), or null for a named scale.</summary>
    public IReadOnlyList<(double Position, string Color)>? Stops { get; }

    /// <summary>Perceptually uniform dark-blue→yellow (saliency, attention); plotly's "Viridis".</summary>
    public static ColorScale Viridis { get; } = new("Viridis", null);

    /// <summary>Diverging blue (negative) – white – red (positive), for signed values such as SHAP; plotly's "RdBu".</summary>
    public static ColorScale RdBu { get; } = new("RdBu", null);

    /// <summary>White→dark blue, low to high (counts, confusion matrices). Explicit stops: plotly's own "Blues" runs high→low.</summary>
    public static ColorScale Blues { get; } = new(null, [(0, "#f7fbff"), (0.5, "#6baed6"), (1, "#08306b")]);

    /// <summary>Pale yellow→orange→dark red, low to high (importance overlays). Explicit stops: plotly's "YlOrRd" runs high→low.</summary>
    public static ColorScale YlOrRd { get; } = new(null, [(0, "#ffffcc"), (0.35, "#feb24c"), (0.7, "#f03b20"), (1, "#800026")]);

    /// <summary>Blue (0) → yellow (0.5) → red (1), the Grad-CAM scale described for [MSA] Fig. 1.</summary>
    public static ColorScale BlueYellowRed { get; } = new(null, [(0, "#2c7bb6"), (0.5, "#ffff8c"), (1, "#d7191c")]);

    /// <summary>White→black, low to high.</summary>
    public static ColorScale Greys { get; } = new(null, [(0, "#ffffff"), (1, "#000000")]);

    /// <summary>A scale through explicit colour stops.</summary>
    /// <param name="stops">At least two stops; positions rise from 0 to 1.</param>
    /// <returns>The scale.</returns>
    /// <exception cref="ArgumentException">Fewer than two stops, or positions not rising from 0 to 1.</exception>
    public static ColorScale FromStops(params (double Position, string Color)[] stops)
    {
        ArgumentNullException.ThrowIfNull(stops);
        if (stops.Length < 2 || stops[0].Position != 0 || stops[^1].Position != 1)
        {
            throw new ArgumentException(
                $"ColorScale.FromStops: expected >= 2 stops from position 0 to 1 but got {stops.Length} stop(s) " +
                $"({string.Join(", ", stops.Select(s => s.Position.ToString(CultureInfo.InvariantCulture)))}).", nameof(stops));
        }

        for (var i = 1; i < stops.Length; i++)
        {
            if (!(stops[i].Position >= stops[i - 1].Position))
            {
                throw new ArgumentException(
                    $"ColorScale.FromStops: expected non-decreasing positions but stop {i} is {stops[i].Position} after {stops[i - 1].Position}.",
                    nameof(stops));
            }
        }

        return new ColorScale(null, (((double, string)[])stops.Clone()));
    }

    private sealed class ColorScaleConverter : JsonConverter<ColorScale>
    {
        public override ColorScale Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("ColorScale: figures are write-only JSON.");

        public override void Write(Utf8JsonWriter writer, ColorScale value, JsonSerializerOptions options)
        {
            if (value.Name is { } name)
            {
                writer.WriteStringValue(name);
                return;
            }

            writer.WriteStartArray();
            foreach (var (position, color) in value.Stops!)
            {
                writer.WriteStartArray();
                writer.WriteNumberValue(position);
                writer.WriteStringValue(color);
                writer.WriteEndArray();
            }

            writer.WriteEndArray();
        }
    }
}
