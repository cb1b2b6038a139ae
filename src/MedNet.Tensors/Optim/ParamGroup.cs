// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Optim;

/// <summary>A set of parameters sharing a learning rate, like an entry of PyTorch's <c>optimizer.param_groups</c>.</summary>
/// <param name="parameters">The parameters.</param>
/// <param name="lr">Learning rate, &gt; 0.</param>
public sealed class ParamGroup(IReadOnlyList<Tensor> parameters, double lr)
{
    /// <summary>The parameters.</summary>
    public IReadOnlyList<Tensor> parameters { get; } = parameters;

    /// <summary>Current learning rate (schedulers change it).</summary>
    public double lr { get; set; } = lr;

    /// <summary>The learning rate the group started with (PyTorch's <c>initial_lr</c>).</summary>
    public double initial_lr { get; } = lr;
}
