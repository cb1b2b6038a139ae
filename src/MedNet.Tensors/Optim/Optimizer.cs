// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Optim;

/// <summary>Base of optimisers: parameter groups, zero_grad and step, like <c>torch.optim.Optimizer</c>.</summary>
public abstract class Optimizer
{
    /// <summary>Creates the optimiser with one parameter group.</summary>
    /// <param name="parameters">Parameters to update.</param>
    /// <param name="lr">Learning rate, &gt; 0.</param>
    protected Optimizer(IEnumerable<Tensor> parameters, double lr)
    {
        if (!(lr >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(lr), $"{GetType().Name}: expected lr ≥ 0 but got {lr}.");
        }

        param_groups = [new ParamGroup([.. parameters], lr)];
    }

    /// <summary>Parameter groups (one here).</summary>
    public List<ParamGroup> param_groups { get; }

    /// <summary>Clears every gradient: to null by default (PyTorch 2's <c>set_to_none = True</c>; PyTorch 1.13 zeroed them).</summary>
    /// <param name="set_to_none">True (default): gradients become null, so the next backward allocates them and an optimiser
    /// skips parameters without one. False: existing gradients are filled with zeros, as PyTorch 1.13's default.</param>
    public void zero_grad(bool set_to_none = true)
    {
        foreach (var g in param_groups)
        {
            foreach (var p in g.parameters)
            {
                Clear(p, set_to_none);
            }
        }
    }

    private static void Clear(Tensor p, bool setToNone)
    {
        if (setToNone)
        {
            p.grad = null;
        }
        else
        {
            p.grad?.zero_();
        }
    }

    /// <summary>Updates every parameter that has a gradient.</summary>
    public void step()
    {
        foreach (var g in param_groups)
        {
            for (var i = 0; i < g.parameters.Count; i++)
            {
                var p = g.parameters[i];
                if (p.grad is null)
                {
                    continue;
                }

                if (p.grad.DType != p.DType)
                {
                    throw new InvalidOperationException($"{GetType().Name}.step: expected a {p.DType} gradient for a {p.DType} parameter {Shape.Format(p.Dims)} but got {p.grad.DType}.");
                }

                if (p.IsF64)
                {
                    UpdateF64(p, p.grad.Span64, g.lr);
                }
                else
                {
                    Update(p, p.grad.Span, g.lr);
                }
            }
        }
    }

    /// <summary>Updates one parameter in place from its gradient.</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="grad">Its gradient, same length.</param>
    /// <param name="lr">The group's learning rate.</param>
    protected abstract void Update(Tensor parameter, ReadOnlySpan<float> grad, double lr);

    /// <summary>Updates one float64 parameter in place from its gradient; its state is float64 (<see cref="ParamState.Buffers64"/>).</summary>
    /// <param name="parameter">The float64 parameter.</param>
    /// <param name="grad">Its gradient, same length.</param>
    /// <param name="lr">The group's learning rate.</param>
    /// <exception cref="NotSupportedException">The optimiser has no float64 update.</exception>
    protected virtual void UpdateF64(Tensor parameter, ReadOnlySpan<double> grad, double lr) =>
        throw new NotSupportedException($"{GetType().Name}.step: no float64 kernel; {DTypes.CoverageNote}.");

    /// <summary>Per-parameter state buffers, created on first use (no dictionary lookups per step: a conditional weak table keyed by the tensor).</summary>
    /// <param name="parameter">The parameter.</param>
    /// <param name="count">Number of buffers.</param>
    /// <returns>The state.</returns>
    protected ParamState State(Tensor parameter, int count)
    {
        var st = _state.GetValue(parameter, p => new ParamState(count, (int)p.numel(), p.IsF64));
        if ((st.Buffers64.Length > 0) != parameter.IsF64)
        {
            throw new InvalidOperationException($"{GetType().Name}.step: the parameter {Shape.Format(parameter.Dims)} changed dtype to {parameter.DType} after the optimiser kept state for it; convert the module (module.to(dtype)) before the first step or make a new optimiser.");
        }

        return st;
    }

    private readonly System.Runtime.CompilerServices.ConditionalWeakTable<Tensor, ParamState> _state = [];

    /// <summary>Step count and moment buffers of one parameter.</summary>
    protected sealed class ParamState
    {
        internal ParamState(int count, int length, bool float64)
        {
            Buffers = new float[float64 ? 0 : count][];
            Buffers64 = new double[float64 ? count : 0][];
            for (var i = 0; i < Buffers.Length; i++)
            {
                Buffers[i] = new float[length];
            }

            for (var i = 0; i < Buffers64.Length; i++)
            {
                Buffers64[i] = new double[length];
            }
        }

        /// <summary>Number of steps taken.</summary>
        public int Step { get; set; }

        /// <summary>Whether the buffers hold values yet (SGD's momentum starts from the first gradient).</summary>
        public bool Initialised { get; set; }

        /// <summary>State buffers, each as long as the parameter.</summary>
        public float[][] Buffers { get; }

        /// <summary>State buffers of a float64 parameter (the state keeps the parameter's dtype, as PyTorch).</summary>
        public double[][] Buffers64 { get; }
    }
}
