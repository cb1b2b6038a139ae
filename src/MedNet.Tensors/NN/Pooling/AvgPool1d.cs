// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Mean over sliding windows of the last dimension, like <c>torch.nn.AvgPool1d</c>.</summary>
/// <param name="kernel_size">Window k ≥ 1.</param>
/// <param name="stride">Step; null means kernel_size. Default: null.</param>
/// <param name="padding">Zero padding on both sides, ≤ k/2. Default: 0.</param>
/// <param name="count_include_pad">Divide by k including padded zeros. Default: true.</param>
/// <remarks>out[t] = Σ_{j ∈ window} x[j] / (count_include_pad ? k : in-range count).</remarks>
public sealed class AvgPool1d(long kernel_size, long? stride = null, long padding = 0, bool count_include_pad = true) : Module<Tensor, Tensor>
{
    /// <summary>Window size.</summary>
    public long kernel_size { get; } = kernel_size;

    /// <summary>Step.</summary>
    public long stride { get; } = stride ?? kernel_size;

    /// <summary>Padding.</summary>
    public long padding { get; } = padding;

    /// <summary>Whether padded zeros count in the divisor.</summary>
    public bool count_include_pad { get; } = count_include_pad;

    /// <summary>Pools.</summary>
    /// <param name="input">(N, C, L).</param>
    /// <returns>(N, C, L_out).</returns>
    public override Tensor forward(Tensor input)
    {
        var l = input.Dims[^1];
        var (s, e) = Pool1d.Strided(l, (int)kernel_size, (int)stride, (int)padding, "avg_pool1d");
        var div = new float[s.Length];
        for (var t = 0; t < div.Length; t++)
        {
            div[t] = count_include_pad ? Math.Min(e[t], l + (int)padding) - s[t] : Math.Min(e[t], l) - Math.Max(s[t], 0);
        }

        return Pool1d.Apply(input, s, e, div, "avg_pool1d");
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"kernel_size={kernel_size}, stride={stride}, padding={padding}";
}
