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
        sb.Append("tensor ").Append(Shape.Format(t.Dims)).Append(", float32");
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
        sb.Append("<td>").Append(WebUtility.HtmlEncode(Shape.Format(t.Dims))).Append("</td><td>float32</td>");
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

    private static float Min(Tensor t) => TensorPrimitives.Min(t.Span);

    private static float Max(Tensor t) => TensorPrimitives.Max(t.Span);

    private static float Mean(Tensor t) => TensorPrimitives.Sum(t.Span) / t.NumelInt;

    private static string Preview(Tensor t)
    {
        var n = Math.Min(PreviewCount, t.NumelInt);
        var parts = new string[n];
        for (var i = 0; i < n; i++)
        {
            parts[i] = t.Data[i].ToString("G5", CultureInfo.InvariantCulture);
        }

        return string.Join(", ", parts) + (t.NumelInt > n ? ", …" : string.Empty);
    }
}
