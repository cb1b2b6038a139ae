// SPDX-License-Identifier: MIT
namespace MedNet.Models.Compression;

/// <summary>One weight tensor in int8 with a symmetric scale per output channel (axis 0): w ≈ q · s_c, q ∈ [−127, 127].</summary>
/// <remarks>
/// Source: the per-channel symmetric scheme of PyTorch's <c>torch.quantize_per_channel</c> with zero point 0 and the
/// restricted range ±127 (so −128 is never used and the grid is symmetric). s_c = max |w_c| / 127; a channel of zeros gets
/// s_c = 0 and q = 0. Round to nearest, ties away from zero; |w − q·s_c| ≤ s_c / 2 for every weight.
/// </remarks>
/// <param name="Name">Dotted state-dict name, e.g. <c>stem.conv.weight</c>.</param>
/// <param name="Shape">The float tensor's shape; axis 0 holds the output channels (rows of LSTM and attention projections).</param>
/// <param name="Values">int8 values, row-major, same length as the tensor.</param>
/// <param name="Scales">One scale per output channel (Shape[0]).</param>
public sealed record QuantizedTensor(string Name, long[] Shape, sbyte[] Values, float[] Scales)
{
    /// <summary>Largest quantised magnitude: 127 (symmetric range, −128 unused).</summary>
    public const int MaxLevel = 127;

    /// <summary>Bytes as stored: one per value plus four per scale.</summary>
    public long StoredBytes => Values.LongLength + (4L * Scales.LongLength);

    /// <summary>Quantises a float weight per output channel.</summary>
    /// <param name="name">State-dict name (for messages and the file).</param>
    /// <param name="values">Row-major weights.</param>
    /// <param name="shape">Shape with ≥ 1 axis; axis 0 = output channels.</param>
    /// <returns>The quantised tensor.</returns>
    /// <exception cref="ArgumentException">The shape does not match the length, or a weight is NaN or infinite (the message gives the index).</exception>
    public static QuantizedTensor Quantize(string name, ReadOnlySpan<float> values, long[] shape)
    {
        ArgumentNullException.ThrowIfNull(name);
        ArgumentNullException.ThrowIfNull(shape);
        long count = 1;
        foreach (var d in shape)
        {
            count *= d;
        }

        if (shape.Length == 0 || shape[0] < 1 || count != values.Length)
        {
            throw new ArgumentException(
                $"QuantizedTensor '{name}': expected a shape with output channels on axis 0 holding {values.Length} values but got ({string.Join(", ", shape)}).", nameof(shape));
        }

        var channels = (int)shape[0];
        var perChannel = values.Length / channels;
        var q = new sbyte[values.Length];
        var scales = new float[channels];
        for (var c = 0; c < channels; c++)
        {
            var row = values.Slice(c * perChannel, perChannel);
            float max = 0;
            for (var i = 0; i < row.Length; i++)
            {
                if (!float.IsFinite(row[i]))
                {
                    throw new ArgumentException($"QuantizedTensor '{name}': expected finite weights but value[{(c * perChannel) + i}] = {row[i]}.", nameof(values));
                }

                max = MathF.Max(max, MathF.Abs(row[i]));
            }

            var scale = max / MaxLevel;
            scales[c] = scale;
            if (scale == 0)
            {
                continue;
            }

            var inverse = 1 / (double)scale;
            for (var i = 0; i < row.Length; i++)
            {
                var level = Math.Round(row[i] * inverse, MidpointRounding.AwayFromZero);
                q[(c * perChannel) + i] = (sbyte)Math.Clamp(level, -MaxLevel, MaxLevel);
            }
        }

        return new QuantizedTensor(name, (long[])shape.Clone(), q, scales);
    }

    /// <summary>The float weights q · s_c (what the dequantised model computes with).</summary>
    /// <returns>Row-major values, same length as <see cref="Values"/>.</returns>
    public float[] Dequantize()
    {
        var result = new float[Values.Length];
        var perChannel = Values.Length / Scales.Length;
        for (var c = 0; c < Scales.Length; c++)
        {
            var s = Scales[c];
            for (var i = c * perChannel; i < (c + 1) * perChannel; i++)
            {
                result[i] = Values[i] * s;
            }
        }

        return result;
    }
}
