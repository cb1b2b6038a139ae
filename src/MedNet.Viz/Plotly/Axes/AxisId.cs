// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Axes;

/// <summary>Names an x or y axis (<c>x</c>, <c>x2</c>, …), the whole plotting area (<c>paper</c>) or an axis's domain (<c>x2 domain</c>).</summary>
/// <remarks>Traces refer to axes as <c>x2</c>; the layout holds the same axis under the key <c>xaxis2</c> (<see cref="LayoutKey"/>).</remarks>
[JsonConverter(typeof(AxisIdConverter))]
public readonly record struct AxisId
{
    private AxisId(char letter, int index, bool domain)
    {
        Letter = letter;
        Index = index;
        IsDomain = domain;
    }

    /// <summary>'x' or 'y'; '\0' for <see cref="Paper"/>.</summary>
    public char Letter { get; }

    /// <summary>1-based axis number; 0 for <see cref="Paper"/>.</summary>
    public int Index { get; }

    /// <summary>True when this refers to the axis's domain (0–1 along the axis) rather than its data coordinates.</summary>
    public bool IsDomain { get; }

    /// <summary>True for the whole plotting area in 0–1 coordinates.</summary>
    public bool IsPaper => Letter == '\0';

    /// <summary>Reference to the plotting area in normalised (0–1) coordinates, for shapes and annotations.</summary>
    public static AxisId Paper => default;

    /// <summary>The first x axis.</summary>
    public static AxisId X1 => X(1);

    /// <summary>The first y axis.</summary>
    public static AxisId Y1 => Y(1);

    /// <summary>The x axis with the given number.</summary>
    /// <param name="index">1-based axis number, ≥ 1.</param>
    /// <returns>The axis id.</returns>
    public static AxisId X(int index) => new('x', CheckIndex(index), false);

    /// <summary>The y axis with the given number.</summary>
    /// <param name="index">1-based axis number, ≥ 1.</param>
    /// <returns>The axis id.</returns>
    public static AxisId Y(int index) => new('y', CheckIndex(index), false);

    /// <summary>This axis's domain: 0 is its start and 1 its end, whatever the data range (for full-height/width shapes).</summary>
    /// <returns>The domain reference.</returns>
    public AxisId Domain() => IsPaper
        ? throw new InvalidOperationException("AxisId.Domain: expected an x or y axis but got 'paper'. Use AxisId.Paper directly.")
        : new AxisId(Letter, Index, true);

    /// <summary>The key of this axis in the layout object: <c>xaxis</c>, <c>yaxis3</c>.</summary>
    public string LayoutKey => IsPaper
        ? throw new InvalidOperationException("AxisId.LayoutKey: 'paper' is not an axis.")
        : Letter + "axis" + (Index == 1 ? string.Empty : Index.ToString(System.Globalization.CultureInfo.InvariantCulture));

    /// <summary>The reference as plotly writes it: <c>x</c>, <c>y2</c>, <c>paper</c>, <c>x2 domain</c>.</summary>
    /// <returns>The plotly reference string.</returns>
    public override string ToString()
    {
        if (IsPaper)
        {
            return "paper";
        }

        var name = Letter + (Index == 1 ? string.Empty : Index.ToString(System.Globalization.CultureInfo.InvariantCulture));
        return IsDomain ? name + " domain" : name;
    }

    private static int CheckIndex(int index) => index >= 1
        ? index
        : throw new ArgumentOutOfRangeException(nameof(index), index, $"AxisId: expected an axis number >= 1 but got {index}.");

    private sealed class AxisIdConverter : JsonConverter<AxisId>
    {
        public override AxisId Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("AxisId: figures are write-only JSON.");

        public override void Write(Utf8JsonWriter writer, AxisId value, JsonSerializerOptions options) =>
            writer.WriteStringValue(value.ToString());
    }
}
