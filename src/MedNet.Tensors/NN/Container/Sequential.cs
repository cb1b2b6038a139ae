// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.NN;

/// <summary>Runs child modules in order, named "0", "1", …, like <c>torch.nn.Sequential</c>.</summary>
public sealed class Sequential : Module<Tensor, Tensor>
{
    private readonly List<Module<Tensor, Tensor>> _layers = [];

    /// <summary>Creates the container.</summary>
    /// <param name="modules">Layers in order.</param>
    public Sequential(params Module<Tensor, Tensor>[] modules)
    {
        foreach (var m in modules)
        {
            append(m);
        }
    }

    /// <summary>Number of layers.</summary>
    public int Count => _layers.Count;

    /// <summary>The layer at <paramref name="index"/>.</summary>
    /// <param name="index">Position.</param>
    /// <returns>The layer.</returns>
    public Module<Tensor, Tensor> this[int index] => _layers[index];

    /// <summary>Adds a layer at the end.</summary>
    /// <param name="module">The layer.</param>
    /// <returns>This container.</returns>
    public Sequential append(Module<Tensor, Tensor> module)
    {
        register_module(_layers.Count.ToString(System.Globalization.CultureInfo.InvariantCulture), module);
        _layers.Add(module);
        return this;
    }

    /// <summary>Applies each layer to the previous output.</summary>
    /// <param name="input">Input of the first layer.</param>
    /// <returns>Output of the last layer.</returns>
    public override Tensor forward(Tensor input)
    {
        var x = input;
        foreach (var m in _layers)
        {
            x = m.call(x);
        }

        return x;
    }
}
