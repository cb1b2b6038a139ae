// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Optim;

/// <summary>Adam, like <c>torch.optim.Adam</c> (PyTorch 1.13 single-tensor update, float32 arithmetic in the same order).</summary>
/// <remarks>
/// Source: Kingma &amp; Ba, "Adam", ICLR 2015, Algorithm 1, as implemented in torch/optim/adam.py:
/// g ← g + wd·θ; m ← β1·m + (1 − β1)·g; v ← β2·v + (1 − β2)·g²; θ ← θ − (lr/(1 − β1^t))·m / (√v/√(1 − β2^t) + eps).
/// </remarks>
public class Adam : Optimizer
{
    /// <summary>Creates the optimiser.</summary>
    /// <param name="parameters">Parameters.</param>
    /// <param name="lr">Learning rate. Default: 1e-3.</param>
    /// <param name="beta1">β1. Default: 0.9.</param>
    /// <param name="beta2">β2. Default: 0.999.</param>
    /// <param name="eps">Denominator epsilon. Default: 1e-8.</param>
    /// <param name="weight_decay">L2 penalty added to the gradient. Default: 0.</param>
    /// <param name="amsgrad">Use the running maximum of v. Default: false.</param>
    public Adam(IEnumerable<Tensor> parameters, double lr = 1e-3, double beta1 = 0.9, double beta2 = 0.999, double eps = 1e-8, double weight_decay = 0, bool amsgrad = false)
        : base(parameters, lr)
    {
        this.beta1 = beta1;
        this.beta2 = beta2;
        this.eps = eps;
        this.weight_decay = weight_decay;
        this.amsgrad = amsgrad;
    }

    /// <summary>β1.</summary>
    public double beta1 { get; }

    /// <summary>β2.</summary>
    public double beta2 { get; }

    /// <summary>Epsilon.</summary>
    public double eps { get; }

    /// <summary>Weight decay.</summary>
    public double weight_decay { get; }

    /// <summary>AMSGrad variant.</summary>
    public bool amsgrad { get; }

    /// <summary>True for AdamW's decoupled decay.</summary>
    private protected virtual bool Decoupled => false;

    /// <inheritdoc/>
    protected override void Update(Tensor parameter, ReadOnlySpan<float> grad, double lr)
    {
        var st = State(parameter, amsgrad ? 3 : 2);
        st.Step++;
        var theta = parameter.Span;
        var m = st.Buffers[0];
        var v = st.Buffers[1];
        if (Decoupled && weight_decay != 0)
        {
            var decay = (float)(1 - (lr * weight_decay));
            for (var i = 0; i < theta.Length; i++)
            {
                theta[i] *= decay;
            }
        }

        var bc1 = 1 - Math.Pow(beta1, st.Step);
        var bc2Sqrt = Math.Sqrt(1 - Math.Pow(beta2, st.Step));
        var stepSize = (float)-(lr / bc1);
        var invBc2 = 1f / (float)bc2Sqrt;
        var (b1, b2, a1, a2, e, wd) = ((float)beta1, (float)beta2, (float)(1 - beta1), (float)(1 - beta2), (float)eps, (float)weight_decay);
        for (var i = 0; i < theta.Length; i++)
        {
            var g = !Decoupled && wd != 0 ? grad[i] + (wd * theta[i]) : grad[i];
            m[i] = (m[i] * b1) + (a1 * g);
            v[i] = (v[i] * b2) + (a2 * g * g);
            var vv = v[i];
            if (amsgrad)
            {
                var vmax = st.Buffers[2];
                vmax[i] = MathF.Max(vmax[i], v[i]);
                vv = vmax[i];
            }

            var denom = (MathF.Sqrt(vv) * invBc2) + e;
            theta[i] += stepSize * m[i] / denom;
        }
    }

    /// <inheritdoc/>
    protected override void UpdateF64(Tensor parameter, ReadOnlySpan<double> grad, double lr)
    {
        var st = State(parameter, amsgrad ? 3 : 2);
        st.Step++;
        var theta = parameter.Span64;
        var m = st.Buffers64[0];
        var v = st.Buffers64[1];
        if (Decoupled && weight_decay != 0)
        {
            var decay = 1 - (lr * weight_decay);
            for (var i = 0; i < theta.Length; i++)
            {
                theta[i] *= decay;
            }
        }

        var bc1 = 1 - Math.Pow(beta1, st.Step);
        var bc2Sqrt = Math.Sqrt(1 - Math.Pow(beta2, st.Step));
        var stepSize = -(lr / bc1);
        for (var i = 0; i < theta.Length; i++)
        {
            var g = !Decoupled && weight_decay != 0 ? grad[i] + (weight_decay * theta[i]) : grad[i];
            m[i] = (m[i] * beta1) + ((1 - beta1) * g);
            v[i] = (v[i] * beta2) + ((1 - beta2) * g * g);
            var vv = v[i];
            if (amsgrad)
            {
                var vmax = st.Buffers64[2];
                vmax[i] = Math.Max(vmax[i], v[i]);
                vv = vmax[i];
            }

            var denom = (Math.Sqrt(vv) / bc2Sqrt) + eps;
            theta[i] += stepSize * m[i] / denom;
        }
    }
}
