// SPDX-License-Identifier: MIT
using System.Globalization;
using System.Net;
using System.Numerics.Tensors;
using System.Text;

namespace MedNet.Tensors.Display;

/// <summary>Text and HTML summaries of a tensor: shape, dtype, statistics and the first elements.</summary>
internal static class TensorText
{
    private const int PreviewCount = 8;

    internal static string Describe(Tensor t)
    {
        var sb = new StringBuilder();
        sb.Append("tensor ").Append(Shape.Format(t.Dims)).Append(", ").Append(Name(t));
        if (t.requires_grad)
        {
            sb.Append(", requires_grad");
        }

        if (t.NumelInt > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $", min {Min(t):G5}, max {Max(t):G5}, mean {Mean(t):G5}");
        }

        sb.Append(": [").Append(Preview(t)).Append(']');
        return sb.ToString();
    }

    internal static string Html(Tensor t)
    {
        var sb = new StringBuilder("<table><tr><th>shape</th><th>dtype</th><th>min</th><th>max</th><th>mean</th><th>preview</th></tr><tr>");
        sb.Append("<td>").Append(WebUtility.HtmlEncode(Shape.Format(t.Dims))).Append("</td><td>").Append(Name(t)).Append("</td>");
        if (t.NumelInt > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"<td>{Min(t):G5}</td><td>{Max(t):G5}</td><td>{Mean(t):G5}</td>");
        }
        else
        {
            sb.Append("<td></td><td></td><td></td>");
        }

        sb.Append("<td><code>").Append(WebUtility.HtmlEncode(Preview(t))).Append("</code></td></tr></table>");
        return sb.ToString();
    }

    private static string Name(Tensor t) => t.DType switch
    {
        ScalarType.Float64 => "float64",
        ScalarType.Int64 => "int64",
        _ => "float32",
    };

    private static double Min(Tensor t) => t.DType == ScalarType.Float32 ? TensorPrimitives.Min(t.Span) : TensorPrimitives.Min<double>(Doubles(t));

    private static double Max(Tensor t) => t.DType == ScalarType.Float32 ? TensorPrimitives.Max(t.Span) : TensorPrimitives.Max<double>(Doubles(t));

    private static double Mean(Tensor t) => t.DType == ScalarType.Float32 ? TensorPrimitives.Sum(t.Span) / t.NumelInt : TensorPrimitives.Sum<double>(Doubles(t)) / t.NumelInt;

    private static ReadOnlySpan<double> Doubles(Tensor t) => t.DType == ScalarType.Float64 ? t.Span64 : t.ConvertData(ScalarType.Float64).Span64;

    private static string Preview(Tensor t)
    {
        var n = Math.Min(PreviewCount, t.NumelInt);
        var parts = new string[n];
        for (var i = 0; i < n; i++)
        {
            parts[i] = t.DType switch
            {
                ScalarType.Float64 => t.D64![i].ToString("G5", CultureInfo.InvariantCulture),
                ScalarType.Int64 => t.L64![i].ToString(CultureInfo.InvariantCulture),
                _ => t.Data[i].ToString("G5", CultureInfo.InvariantCulture),
            };
        }

        return string.Join(", ", parts) + (t.NumelInt > n ? ", …" : string.Empty);
    }
}
