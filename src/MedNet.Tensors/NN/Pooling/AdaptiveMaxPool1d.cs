// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Max over output_size adaptive windows (output_size = 1 is global max pooling), like <c>torch.nn.AdaptiveMaxPool1d</c>.</summary>
/// <param name="output_size">L_out ≥ 1.</param>
/// <remarks>Window t = [⌊t·L/L_out⌋, ⌈(t + 1)·L/L_out⌉).</remarks>
public sealed class AdaptiveMaxPool1d(long output_size) : Module<Tensor, Tensor>
{
    /// <summary>L_out.</summary>
    public long output_size { get; } = output_size;

    /// <summary>Pools.</summary>
    /// <param name="input">(N, C, L).</param>
    /// <returns>(N, C, L_out).</returns>
    public override Tensor forward(Tensor input)
    {
        var (s, e) = Pool1d.Adaptive(input.Dims[^1], (int)output_size);
        return Pool1d.Apply(input, s, e, null, "adaptive_max_pool1d");
    }

    /// <inheritdoc/>
    public override string extra_repr() => $"output_size={output_size}";
}
