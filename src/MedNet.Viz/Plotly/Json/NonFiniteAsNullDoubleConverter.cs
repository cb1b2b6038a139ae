// SPDX-License-Identifier: MIT
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly.Json;

/// <summary>Writes finite doubles as JSON numbers and NaN/±Infinity as <c>null</c>, the value plotly.js treats as missing.</summary>
/// <remarks>JSON has no NaN or Infinity literal; writing them would make the figure unparseable, so they become gaps.</remarks>
public sealed class NonFiniteAsNullDoubleConverter : JsonConverter<double>
{
    /// <inheritdoc/>
    public override bool HandleNull => true;

    /// <inheritdoc/>
    public override double Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.TokenType == JsonTokenType.Null ? double.NaN : reader.GetDouble();

    /// <inheritdoc/>
    public override void Write(Utf8JsonWriter writer, double value, JsonSerializerOptions options)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (double.IsFinite(value))
        {
            writer.WriteNumberValue(value);
        }
        else
        {
            writer.WriteNullValue();
        }
    }
}
