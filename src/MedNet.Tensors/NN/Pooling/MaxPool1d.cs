// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Max over sliding windows of the last dimension, like <c>torch.nn.MaxPool1d</c>.</summary>
/// <param name="kernel_size">Window k ≥ 1.</param>
/// <param name="stride">Step; null means kernel_size. Default: null.</param>
/// <param name="padding">Implicit −∞ padding on both sides, ≤ k/2. Default: 0.</param>
/// <remarks>out[t] = max_{j ∈ [t·s − p, t·s − p + k)} x[j]; L_out = ⌊(L + 2p − k)/s⌋ + 1.</remarks>
public sealed class MaxPool1d(long kernel_size, long? stride = null, long padding = 0) : Module<Tensor, Tensor>
{
    /// <summary>Window size.</summary>
    public long kernel_size { get; } = kernel_size;

    /// <summary>Step.</summary>
    public long stride { get; } = stride ?? kernel_size;

    /// <summary>Padding.</summary>
    public long padding { get; } = padding;

    /// <summary>Pools.</summary>
    /// <param name="input">(N, C, L).</param>
    /// <returns>(N, C, L_out).</returns>
    public override Tensor forward(Tensor input)
    {
        var (s, e) = Pool1d.Strided(input.Dims[^1], (int)kernel_size, (int)stride, (int)padding, "max_pool1d");
        return Pool1d.Apply(input, s, e, null, "max_pool1d");
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"kernel_size={kernel_size}, stride={stride}, padding={padding}";
}
