// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>PyTorch's default initialisation arithmetic (torch.nn.init): fans and the kaiming-uniform bound.</summary>
internal static class InitMath
{
    /// <summary>fan_in = size(1) · receptive field, fan_out = size(0) · receptive field.</summary>
    internal static (int FanIn, int FanOut) Fans(Tensor t)
    {
        if (t.Dims.Length < 2)
        {
            throw new ArgumentException($"init: expected a tensor with at least 2 dimensions to compute fans but got {Shape.Format(t.Dims)}.");
        }

        var receptive = 1;
        for (var i = 2; i < t.Dims.Length; i++)
        {
            receptive *= t.Dims[i];
        }

        return (t.Dims[1] * receptive, t.Dims[0] * receptive);
    }

    /// <summary>Default Linear/Conv init: weight ~ kaiming_uniform(a = √5) = U(±1/√fan_in), then bias ~ U(±1/√fan_in).</summary>
    /// <remarks>Source: torch/nn/modules/linear.py and conv.py reset_parameters (PyTorch 1.13); draws weight first, then bias, from the default generator.</remarks>
    internal static void ResetLinearLike(Tensor weight, Tensor? bias)
    {
        torch.nn.init.kaiming_uniform_(weight, a: Math.Sqrt(5));
        if (bias is not null)
        {
            var (fanIn, _) = Fans(weight);
            var bound = fanIn > 0 ? 1.0 / Math.Sqrt(fanIn) : 0.0;
            torch.nn.init.uniform_(bias, -bound, bound);
        }
    }
}
