// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Base of loss modules: <c>forward(input, target)</c> with a <see cref="Reduction"/>.</summary>
/// <param name="reduction">How to reduce. Default: mean.</param>
public abstract class Loss(Reduction reduction = Reduction.Mean) : Module
{
    /// <summary>How per-element losses are reduced.</summary>
    public Reduction reduction { get; } = reduction;

    /// <summary>Computes the loss.</summary>
    /// <param name="input">Predictions.</param>
    /// <param name="target">Targets.</param>
    /// <returns>A scalar, or per-element losses for <see cref="Reduction.None"/>.</returns>
    public abstract Tensor forward(Tensor input, Tensor target);

    /// <summary>Same as <see cref="forward"/> (PyTorch's call syntax).</summary>
    /// <param name="input">Predictions.</param>
    /// <param name="target">Targets.</param>
    /// <returns>The loss.</returns>
    public Tensor call(Tensor input, Tensor target)
    {
        var y = forward(input, target);
        NotifyOutput(y);
        return y;
    }

    /// <summary>Applies the reduction to per-element losses.</summary>
    internal static Tensor Reduce(Tensor perElement, Reduction reduction) => reduction switch
    {
        Reduction.None => perElement,
        Reduction.Mean => perElement.mean(),
        Reduction.Sum => perElement.sum(),
        _ => throw new ArgumentOutOfRangeException(nameof(reduction), reduction, $"loss: expected reduction one of {string.Join(", ", Enum.GetNames<Reduction>())}."),
    };

    internal static void CheckSameShape(Tensor input, Tensor target, string op)
    {
        if (!Shape.SameAs(input.Dims, target.Dims))
        {
            throw new ArgumentException($"{op}: expected target shape equal to input {Shape.Format(input.Dims)} but got {Shape.Format(target.Dims)}.", nameof(target));
        }
    }
}
