// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Optim;

/// <summary>Stochastic gradient descent with momentum, like <c>torch.optim.SGD</c> (PyTorch 1.13 update rule).</summary>
/// <remarks>
/// d = g + wd·θ; with momentum: b ← d on the first step, else b ← μ·b + (1 − dampening)·d; d = nesterov ? d + μ·b : b;
/// θ ← θ − lr·d.
/// </remarks>
public sealed class SGD : Optimizer
{
    /// <summary>Creates the optimiser.</summary>
    /// <param name="parameters">Parameters.</param>
    /// <param name="lr">Learning rate, &gt; 0.</param>
    /// <param name="momentum">Momentum μ ≥ 0. Default: 0.</param>
    /// <param name="dampening">Dampening of the momentum. Default: 0.</param>
    /// <param name="weight_decay">L2 penalty. Default: 0.</param>
    /// <param name="nesterov">Nesterov momentum. Default: false.</param>
    public SGD(IEnumerable<Tensor> parameters, double lr, double momentum = 0, double dampening = 0, double weight_decay = 0, bool nesterov = false)
        : base(parameters, lr)
    {
        this.momentum = momentum;
        this.dampening = dampening;
        this.weight_decay = weight_decay;
        this.nesterov = nesterov;
    }

    /// <summary>Momentum μ.</summary>
    public double momentum { get; }

    /// <summary>Dampening.</summary>
    public double dampening { get; }

    /// <summary>L2 penalty.</summary>
    public double weight_decay { get; }

    /// <summary>Nesterov momentum.</summary>
    public bool nesterov { get; }

    /// <inheritdoc/>
    protected override void Update(Tensor parameter, ReadOnlySpan<float> grad, double lr)
    {
        var theta = parameter.Span;
        var st = momentum != 0 ? State(parameter, 1) : null;
        var (mu, wd, damp, step) = ((float)momentum, (float)weight_decay, (float)(1 - dampening), (float)-lr);
        for (var i = 0; i < theta.Length; i++)
        {
            var d = wd != 0 ? grad[i] + (wd * theta[i]) : grad[i];
            if (st is not null)
            {
                var b = st.Buffers[0];
                b[i] = st.Initialised ? (b[i] * mu) + (damp * d) : d;
                d = nesterov ? d + (mu * b[i]) : b[i];
            }

            theta[i] += step * d;
        }

        if (st is not null)
        {
            st.Initialised = true;
        }
    }

    /// <inheritdoc/>
    protected override void UpdateF64(Tensor parameter, ReadOnlySpan<double> grad, double lr)
    {
        var theta = parameter.Span64;
        var st = momentum != 0 ? State(parameter, 1) : null;
        for (var i = 0; i < theta.Length; i++)
        {
            var d = weight_decay != 0 ? grad[i] + (weight_decay * theta[i]) : grad[i];
            if (st is not null)
            {
                var b = st.Buffers64[0];
                b[i] = st.Initialised ? (b[i] * momentum) + ((1 - dampening) * d) : d;
                d = nesterov ? d + (momentum * b[i]) : b[i];
            }

            theta[i] -= lr * d;
        }

        if (st is not null)
        {
            st.Initialised = true;
        }
    }
}
