// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;
using MedNet.Tensors.Autograd;
using MedNet.Tensors.Kernels;

namespace MedNet.Tensors;

/// <summary>Element-wise functions and activations with backward.</summary>
public sealed partial class Tensor
{
    /// <summary>e^x element-wise.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = e^x.</remarks>
    public Tensor exp() => IsF64 ? ExpF64() : Unary("ExpBackward", TensorPrimitives.Exp, (g, x, y) => g * y);

    /// <summary>Natural logarithm element-wise.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = 1/x.</remarks>
    public Tensor log() => IsF64 ? LogF64() : Unary("LogBackward", TensorPrimitives.Log, (g, x, y) => g / x);

    /// <summary>Square root element-wise.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = 1/(2√x).</remarks>
    public Tensor sqrt() => IsF64 ? SqrtF64() : Unary("SqrtBackward", TensorPrimitives.Sqrt, (g, x, y) => g / (y * 2f));

    /// <summary>Absolute value element-wise.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = sign(x) (0 at 0).</remarks>
    public Tensor abs() => IsF64 ? AbsF64() : Unary("AbsBackward", TensorPrimitives.Abs, (g, x, y) => g * Map(x, v => MathF.Sign(v)));

    /// <summary>Square element-wise.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = 2x.</remarks>
    public Tensor square() => IsF64 ? SquareF64() : Unary("SquareBackward", (s, d) => TensorPrimitives.Multiply(s, s, d), (g, x, y) => g * x * 2f);

    /// <summary>x^p element-wise.</summary>
    /// <param name="exponent">Exponent p.</param>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = p·x^(p−1).</remarks>
    public Tensor pow(float exponent) => IsF64 ? PowF64(exponent) : Unary("PowBackward", (s, d) => TensorPrimitives.Pow(s, exponent, d), (g, x, y) => g * x.pow(exponent - 1f) * exponent);

    /// <summary>Hyperbolic tangent element-wise.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = 1 − tanh²(x).</remarks>
    public Tensor tanh() => Activation(ActivationKernel.Kind.Tanh, 0f, "TanhBackward");

    /// <summary>Logistic sigmoid element-wise.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>σ(x) = 1/(1+e^−x); d/dx = σ(1−σ).</remarks>
    public Tensor sigmoid() => Activation(ActivationKernel.Kind.Sigmoid, 0f, "SigmoidBackward");

    /// <summary>max(x, 0) element-wise.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = 1 for x &gt; 0, else 0.</remarks>
    public Tensor relu() => Activation(ActivationKernel.Kind.Relu, 0f, "ReluBackward");

    /// <summary>x for x ≥ 0, slope·x otherwise.</summary>
    /// <param name="negative_slope">Slope for negative inputs. Default: 0.01.</param>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = 1 for x &gt; 0, else slope.</remarks>
    public Tensor leaky_relu(float negative_slope = 0.01f) => Activation(ActivationKernel.Kind.LeakyRelu, negative_slope, "LeakyReluBackward");

    /// <summary>Gaussian error linear unit, exact (erf) form as PyTorch's default.</summary>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>gelu(x) = x·Φ(x); d/dx = Φ(x) + x·φ(x).</remarks>
    public Tensor gelu() => IsF64 ? GeluF64() : Unary(
        "GeluBackward",
        (s, d) =>
        {
            for (var i = 0; i < s.Length; i++)
            {
                d[i] = (float)(s[i] * 0.5 * (1.0 + Erf(s[i] / Math.Sqrt(2.0))));
            }
        },
        (g, x, y) => g * Map(x, v => (float)((0.5 * (1.0 + Erf(v / Math.Sqrt(2.0)))) + (v * Math.Exp(-0.5 * v * v) / Math.Sqrt(2.0 * Math.PI)))));

    /// <summary>Clamps element-wise into [min, max].</summary>
    /// <param name="min">Lower bound, or null for none.</param>
    /// <param name="max">Upper bound, or null for none.</param>
    /// <returns>A tensor of the same shape.</returns>
    /// <remarks>d/dx = 1 inside the bounds (inclusive), 0 outside.</remarks>
    public Tensor clamp(float? min = null, float? max = null)
    {
        var lo = min ?? float.NegativeInfinity;
        var hi = max ?? float.PositiveInfinity;
        if (IsF64)
        {
            return ClampF64(lo, hi);
        }

        return Unary(
            "ClampBackward",
            (s, d) =>
            {
                TensorPrimitives.Max(s, lo, d);
                TensorPrimitives.Min(d, hi, d);
            },
            (g, x, y) => g * Map(x, v => v >= lo && v <= hi ? 1f : 0f));
    }

    /// <summary>Applies <paramref name="f"/> to each element without recording (helper for backward masks).</summary>
    internal static Tensor Map(Tensor x, Func<float, float> f)
    {
        var r = Empty(x.Dims);
        var s = x.Span;
        var d = r.Span;
        for (var i = 0; i < s.Length; i++)
        {
            d[i] = f(s[i]);
        }

        return r;
    }

    /// <summary>Error function to about 1e-15: Maclaurin series below 2.5, erfc continued fraction above.</summary>
    internal static double Erf(double x)
    {
        var ax = Math.Abs(x);
        double r;
        if (ax < 2.5)
        {
            // Maclaurin series: erf(x) = 2/√π Σ (−1)^n x^(2n+1) / (n! (2n+1)).
            double sum = ax, term = ax, x2 = ax * ax;
            for (var n = 1; n < 60; n++)
            {
                term *= -x2 / n;
                var add = term / ((2 * n) + 1);
                sum += add;
                if (Math.Abs(add) < 1e-17 * Math.Abs(sum))
                {
                    break;
                }
            }

            r = 2.0 / Math.Sqrt(Math.PI) * sum;
        }
        else
        {
            // Continued fraction for erfc (Lentz), converges fast for |x| ≥ 2.5.
            double f = ax, c = ax, d = 0;
            for (var n = 1; n < 100; n++)
            {
                var an = n / 2.0;
                d = ax + (an * d);
                d = 1.0 / d;
                c = ax + (an / c);
                var delta = c * d;
                f *= delta;
                if (Math.Abs(delta - 1.0) < 1e-16)
                {
                    break;
                }
            }

            r = 1.0 - (Math.Exp(-ax * ax) / Math.Sqrt(Math.PI) / f);
        }

        return x < 0 ? -r : r;
    }

    /// <summary>One fused forward kernel and one fused backward kernel (see <see cref="ActivationKernel"/>).</summary>
    private Tensor Activation(ActivationKernel.Kind kind, float slope, string name)
    {
        if (IsF64)
        {
            return kind switch
            {
                ActivationKernel.Kind.Tanh => TanhF64(),
                ActivationKernel.Kind.Sigmoid => SigmoidF64(),
                ActivationKernel.Kind.Relu => LeakyReluF64(0, name),
                _ => LeakyReluF64(slope, name),
            };
        }

        var r = Empty(Dims);
        ActivationKernel.Forward(kind, slope, Span, r.Span);
        if (!Engine.NeedsGrad(this))
        {
            return r;
        }

        var x = this;
        return Engine.Record(
            r,
            name,
            g =>
            {
                var gx = Empty(x.Dims);
                ActivationKernel.Backward(kind, slope, x.Span, r.Span, g.Span, gx.Span);
                Engine.AccumulateOwned(x, gx);
            },
            x);
    }

    private delegate void SpanFn(ReadOnlySpan<float> source, Span<float> destination);

    private Tensor Unary(string name, SpanFn forward, Func<Tensor, Tensor, Tensor, Tensor> backward)
    {
        var r = Empty(Dims);
        forward(Span, r.Span);
        if (!Engine.NeedsGrad(this))
        {
            return r;
        }

        var x = this;
        return Engine.Record(r, name, g => Engine.Accumulate(x, backward(g, x, r)), x);
    }
}
