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
    }

    internal string Name { get; }

    internal Tensor[] Inputs { get; }

    internal Action<Tensor> Backward { get; }
}
