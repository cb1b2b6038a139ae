// SPDX-License-Identifier: MIT
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Tests.Explainability;

/// <summary>Synthetic models and signals for the explainability tests.</summary>
internal static class ExplainFixtures
{
    /// <summary>Region [from, to) as a mask of length L.</summary>
    public static bool[] Region(int length, int from, int to)
    {
        var m = new bool[length];
        for (var t = from; t < to; t++)
        {
            m[t] = true;
        }

        return m;
    }

    /// <summary>A seeded noisy window (1, C, L).</summary>
    public static Tensor Window(int channels, int length, int seed)
    {
        torch.manual_seed(seed);
        return torch.randn(1, channels, length);
    }
}

/// <summary>
/// Planted-signal model: it multiplies the input by a fixed region mask, then conv (no bias) → ReLU → mean over channels and
/// time, and returns (B, 1). Nothing outside the region can change its output.
/// </summary>
internal sealed class PlantedRegionModel : Module<Tensor, Tensor>
{
    private readonly Tensor _mask;

    public PlantedRegionModel(int length, int from, int to)
    {
        var m = new float[length];
        for (var t = from; t < to; t++)
        {
            m[t] = 1f;
        }

        _mask = torch.tensor(m, [1, 1, length]);
        conv = register_module("conv", torch.nn.Conv1d(1, 4, 5, padding: 2, bias: false));
    }

    public Conv1d conv { get; }

    public override Tensor forward(Tensor input) => conv.call(input * _mask).relu().mean([1, 2]).unsqueeze(1); // (B, 1)
}

/// <summary>Small conv classifier for the randomisation test: conv1 → ReLU → conv2 → ReLU → mean over time → fc (2 classes).</summary>
internal sealed class TinyConvClassifier : Module<Tensor, Tensor>
{
    public TinyConvClassifier()
    {
        conv1 = register_module("conv1", torch.nn.Conv1d(1, 8, 7, padding: 3));
        conv2 = register_module("conv2", torch.nn.Conv1d(8, 8, 7, padding: 3));
        fc = register_module("fc", torch.nn.Linear(8, 2));
    }

    public Conv1d conv1 { get; }

    public Conv1d conv2 { get; }

    public Linear fc { get; }

    public override Tensor forward(Tensor input) => fc.call(conv2.call(conv1.call(input).relu()).relu().mean(2)); // (B, 2)
}

/// <summary>f(x) = Σ w ⊙ x per window: a linear model whose Shapley values and IG are known in closed form.</summary>
internal sealed class LinearScore(float[] weights, int channels, int length)
{
    private readonly Tensor _w = torch.tensor(weights, [1, channels, length]);

    public Tensor Score(Tensor x) => (x * _w).sum([1, 2]); // (B)
}
