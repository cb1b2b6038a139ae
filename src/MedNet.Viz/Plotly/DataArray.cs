// SPDX-License-Identifier: MIT
using System.Diagnostics.CodeAnalysis;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace MedNet.Viz.Plotly;

/// <summary>One data column of a trace: either numbers or category labels, converted implicitly from C# arrays.</summary>
/// <remarks>Numbers are stored as <see cref="double"/>; non-finite values are written as JSON <c>null</c> (a gap).</remarks>
[JsonConverter(typeof(DataArrayConverter))]
public sealed class DataArray
{
    private DataArray(double[]? numbers, string[]? labels)
    {
        Numbers = numbers;
        Labels = labels;
    }

    /// <summary>The numeric values, or null when this column holds labels.</summary>
    public double[]? Numbers { get; }

    /// <summary>The category labels, or null when this column holds numbers.</summary>
    public string[]? Labels { get; }

    /// <summary>Number of values.</summary>
    public int Length => Numbers?.Length ?? Labels!.Length;

    /// <summary>Wraps numbers without copying.</summary>
    /// <param name="values">The values; not null.</param>
    /// <returns>A numeric column.</returns>
    public static DataArray FromNumbers(double[] values) => new(values ?? throw new ArgumentNullException(nameof(values)), null);

    /// <summary>Copies single-precision values to a numeric column.</summary>
    /// <param name="values">The values; not null.</param>
    /// <returns>A numeric column.</returns>
    public static DataArray FromNumbers(ReadOnlySpan<float> values)
    {
        var copy = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            copy[i] = values[i];
        }

        return new DataArray(copy, null);
    }

    /// <summary>Wraps category labels without copying.</summary>
    /// <param name="labels">The labels; not null.</param>
    /// <returns>A categorical column.</returns>
    public static DataArray FromLabels(string[] labels) => new(null, labels ?? throw new ArgumentNullException(nameof(labels)));

    /// <summary>Converts numbers (null stays null, meaning "not set").</summary>
    /// <param name="values">The values.</param>
    [return: NotNullIfNotNull(nameof(values))]
    public static implicit operator DataArray?(double[]? values) => values is null ? null : FromNumbers(values);

    /// <summary>Converts single-precision numbers (copied; null stays null).</summary>
    /// <param name="values">The values.</param>
    [return: NotNullIfNotNull(nameof(values))]
    public static implicit operator DataArray?(float[]? values) => values is null ? null : FromNumbers(values.AsSpan());

    /// <summary>Converts integers (copied; null stays null).</summary>
    /// <param name="values">The values.</param>
    [return: NotNullIfNotNull(nameof(values))]
    public static implicit operator DataArray?(int[]? values)
    {
        if (values is null)
        {
            return null;
        }

        var copy = new double[values.Length];
        for (var i = 0; i < values.Length; i++)
        {
            copy[i] = values[i];
        }

        return FromNumbers(copy);
    }

    /// <summary>Converts category labels (null stays null).</summary>
    /// <param name="labels">The labels.</param>
    [return: NotNullIfNotNull(nameof(labels))]
    public static implicit operator DataArray?(string[]? labels) => labels is null ? null : FromLabels(labels);

    private sealed class DataArrayConverter : JsonConverter<DataArray>
    {
        public override DataArray Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
            throw new NotSupportedException("DataArray: expected serialisation only but got a read; figures are write-only JSON.");

        public override void Write(Utf8JsonWriter writer, DataArray value, JsonSerializerOptions options)
        {
            writer.WriteStartArray();
            if (value.Numbers is { } numbers)
            {
                foreach (var v in numbers)
                {
                    if (double.IsFinite(v))
                    {
                        writer.WriteNumberValue(v);
                    }
                    else
                    {
                        writer.WriteNullValue();
                    }
                }
            }
            else
            {
                foreach (var s in value.Labels!)
                {
                    writer.WriteStringValue(s);
                }
            }

            writer.WriteEndArray();
        }
    }
}
