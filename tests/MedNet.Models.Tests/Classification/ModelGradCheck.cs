// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Models.Tests.Classification;

/// <summary>Finite-difference check of backward's gradients for a scalar-valued model function, as MedNet.Tensors.Tests' GradCheck.</summary>
/// <remarks>
/// The engine is float32, so L = f(x) runs in float32 with central differences of step <see cref="Eps"/>; the tolerances are
/// those of the engine's own gradcheck (MedNet.Tensors.Tests/Tolerances.cs).
/// </remarks>
internal static class ModelGradCheck
{
    public const float Eps = 2e-3f;
    public const double Atol = 3e-3;
    public const double Rtol = 1e-2;

    /// <summary>Checks d f / d t for every element of each tensor (its .grad after one backward).</summary>
    public static void Assert(Func<Tensor> loss, params (string name, Tensor tensor)[] tensors)
    {
        foreach (var (_, t) in tensors)
        {
            t.grad = null;
        }

        loss().backward();
        foreach (var (name, t) in tensors)
        {
            var analytic = t.grad?.ToArray() ?? new float[t.numel()];
            for (var i = 0; i < t.numel(); i++)
            {
                var orig = t.data()[i];
                Set(t, i, orig + Eps);
                double lp = Value(loss);
                Set(t, i, orig - Eps);
                double lm = Value(loss);
                Set(t, i, orig);
                var numeric = (lp - lm) / (2.0 * Eps);
                var diff = Math.Abs(numeric - analytic[i]);
                Xunit.Assert.True(
                    diff <= Atol + (Rtol * Math.Abs(numeric)),
                    $"gradcheck {name}[{i}]: analytic {analytic[i]:G6} vs numeric {numeric:G6}");
            }
        }
    }

    private static float Value(Func<Tensor> loss)
    {
        using var _ = torch.no_grad();
        return loss().item();
    }

    private static void Set(Tensor t, int index, float value)
    {
        var data = t.ToArray();
        data[index] = value;
        using var _ = torch.no_grad();
        t.copy_(torch.tensor(data, t.shape));
    }
}
