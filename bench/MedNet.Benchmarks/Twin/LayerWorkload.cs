// SPDX-License-Identifier: MIT
using MedNet.Tensors;

namespace MedNet.Benchmarks.Twin;

/// <summary>
/// One layer on fixed seeded inputs: forward + backward with a fixed random output gradient (inputs require grad, as inside
/// a network), or forward alone under no_grad. The Python twin of the same name does the same with <c>y.backward(g)</c>.
/// </summary>
/// <param name="name">Twin name.</param>
/// <param name="inputShapes">Shapes of the inputs, drawn from randn after manual_seed(0).</param>
/// <param name="build">Builds the layer (seeded) and returns the function applying it to the inputs.</param>
/// <param name="inference">True: eval-mode forward under no_grad; false: forward + backward.</param>
internal sealed class LayerWorkload(string name, long[][] inputShapes, Func<bool, Func<Tensor[], Tensor>> build, bool inference) : ITwinWorkload
{
    private Func<Tensor[], Tensor> _apply = null!;
    private Tensor[] _inputs = [];
    private Tensor _gradient = null!;

    public string Name => name;

    public int Threads { get; set; } = 1;

    public void Setup()
    {
        torch.manual_seed(0);
        _apply = build(!inference);
        _inputs = new Tensor[inputShapes.Length];
        for (var i = 0; i < inputShapes.Length; i++)
        {
            _inputs[i] = torch.randn(inputShapes[i]).requires_grad_(!inference);
        }

        using (torch.no_grad())
        {
            _gradient = torch.randn(_apply(_inputs).shape);
        }
    }

    public void Run()
    {
        if (inference)
        {
            using (torch.no_grad())
            {
                _apply(_inputs);
            }

            return;
        }

        foreach (var x in _inputs)
        {
            x.grad = null;
        }

        _apply(_inputs).backward(_gradient);
    }
}
