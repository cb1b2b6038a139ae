// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Zeroes elements with probability p in training and scales the rest by 1/(1 − p), like <c>torch.nn.Dropout</c>.</summary>
/// <param name="p">Drop probability in [0, 1). Default: 0.5.</param>
/// <remarks>y = x ⊙ m / (1 − p), m ~ Bernoulli(1 − p) from the default generator; identity in eval mode.
/// Differs from PyTorch: the mask stream is not bit-identical to PyTorch's bernoulli_.</remarks>
public sealed class Dropout(double p = 0.5) : Module<Tensor, Tensor>
{
    /// <summary>Drop probability.</summary>
    public double p { get; } = p is >= 0 and < 1 ? p : throw new ArgumentOutOfRangeException(nameof(p), $"Dropout: expected p in [0, 1) but got {p}.");

    /// <summary>Applies dropout in training mode; identity in eval mode.</summary>
    /// <param name="input">Any shape.</param>
    /// <returns>Same shape.</returns>
    public override Tensor forward(Tensor input) => Functional(input, p, training);

    /// <inheritdoc/>
    public override string extra_repr() => $"p={p}";

    internal static Tensor Functional(Tensor input, double p, bool training)
    {
        if (!training || p == 0)
        {
            return input;
        }

        var mask = Tensor.Empty(input.Dims);
        var keep = (float)(1.0 / (1.0 - p));
        torch.default_generator.FillDropoutMask(mask.Span, (float)p, keep);

        return input * mask;
    }
}
