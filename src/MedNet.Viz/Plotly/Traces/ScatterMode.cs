// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Traces;

/// <summary>What a scatter trace draws; combine with <c>|</c> (plotly writes "lines+markers").</summary>
[Flags]
public enum ScatterMode
{
    /// <summary>Nothing (only hover points).</summary>
    None = 0,

    /// <summary>Connecting lines.</summary>
    Lines = 1,

    /// <summary>A marker per point.</summary>
    Markers = 2,

    /// <summary>The trace's text per point.</summary>
    Text = 4,
}

/// <summary>Writes <see cref="ScatterMode"/> the way plotly expects ("lines+markers", "none").</summary>
internal sealed class ScatterModeConverter : JsonConverter<ScatterMode?>
{
    public override ScatterMode? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        throw new NotSupportedException("ScatterMode: figures are write-only JSON.");

    public override void Write(Utf8JsonWriter writer, ScatterMode? mode, JsonSerializerOptions options)
    {
        if (mode is not { } value)
        {
            writer.WriteNullValue();
            return;
        }

        if (value == ScatterMode.None)
        {
            writer.WriteStringValue("none");
            return;
        }

        var parts = new List<string>(3);
        if (value.HasFlag(ScatterMode.Lines))
        {
            parts.Add("lines");
        }

        if (value.HasFlag(ScatterMode.Markers))
        {
            parts.Add("markers");
        }

        if (value.HasFlag(ScatterMode.Text))
        {
            parts.Add("text");
        }

        writer.WriteStringValue(string.Join('+', parts));
    }
}
