// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Autograd;

/// <summary>One recorded operation on the tape: its inputs and the closure that turns the output's gradient into the inputs' gradients.</summary>
/// <remarks>The closure calls <see cref="Engine.Accumulate"/> for each input that needs a gradient. No dictionaries: the tape is the graph of nodes.</remarks>
internal sealed class Node
{
    internal Node(string name, Tensor[] inputs, Action<Tensor> backward)
    {
        Name = name;
        Inputs = inputs;
        Backward = backward;
        InputVersions = new int[inputs.Length];
        for (var i = 0; i < inputs.Length; i++)
        {
            InputVersions[i] = inputs[i].Version;
        }
    }

    internal string Name { get; }

    internal Tensor[] Inputs { get; }

    internal Action<Tensor> Backward { get; }

    /// <summary>The inputs' <see cref="Tensor.Version"/> when the operation ran.</summary>
    internal int[] InputVersions { get; }

    /// <summary>Throws when an input was modified in place after the operation recorded it (PyTorch's version-counter check).</summary>
    /// <exception cref="InvalidOperationException">Names the operation, the input, its shape and both versions.</exception>
    internal void CheckInputVersions()
    {
        for (var i = 0; i < Inputs.Length; i++)
        {
            if (Inputs[i].Version != InputVersions[i])
            {
                throw new InvalidOperationException(
                    $"backward: input {i} {Shape.Format(Inputs[i].Dims)} of {Name} was modified by an in-place operation after {Name} used it " +
                    $"(version {Inputs[i].Version}, expected {InputVersions[i]}), so its gradient cannot be computed. Modify a clone() instead, " +
                    "or run the in-place update after backward.");
            }
        }
    }
}
