// SPDX-License-Identifier: MIT
using System.Runtime.CompilerServices;
using MedNet.Tensors.Memory;

namespace MedNet.Tensors.Tests.Memory;

/// <summary>
/// The pool's use-after-free detector (<see cref="TensorPool.Stress"/>: a full collection before every rent, then NaN into
/// every free array) catches a span read across a rent after its tensor died, and every layer
/// gives bit-identical results under it, with
/// each layer's input a temporary that nothing references once the layer has read it (the case where a kernel's span can
/// outlive its tensor). This assembly runs test classes one at a time, so switching the detector on affects only this class.
/// </summary>
public sealed class PoolStressTests
{
    private const int Big = TensorPool.MinLength;

    [Fact]
    public void Detector_ASpanReadAfterItsTensorDied_SeesPoison()
    {
        using var stress = new StressOn();
        var span = SpanOfTemporary();
        _ = torch.zeros(Big); // a rent: under the detector the dead temporary's array comes back, filled with NaN
        Assert.True(float.IsNaN(span[0]), $"expected the poison NaN but read {span[0]}");
    }

    [Fact]
    public void Inference_EveryLayerOnDyingTemporaries_SameAsWithoutDetector() => SameUnderDetector(Inference);

    [Fact]
    public void TrainingStep_SameLossesAndParametersAsWithoutDetector() => SameUnderDetector(Training);

    /// <summary>Runs <paramref name="run"/> without and then with the detector and asserts the same bits.</summary>
    private static void SameUnderDetector(Func<float[]> run)
    {
        var expected = run();
        float[] actual;
        using (new StressOn())
        {
            actual = run();
        }

        Assert.Equal(expected, actual);
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    private static Span<float> SpanOfTemporary() => torch.ones(Big).Span;

    /// <summary>A stack of every layer kind at pooled sizes, each fed a temporary, under no_grad.</summary>
    private static float[] Inference()
    {
        var net = new Net();
        net.eval();
        using var noGrad = torch.no_grad();
        return net.call(Input()).ToArray();
    }

    /// <summary>Three Adam steps; returns the losses followed by every parameter.</summary>
    private static float[] Training()
    {
        var net = new Net();
        var optimizer = torch.optim.Adam(net.parameters(), lr: 1e-3);
        var values = new List<float>();
        for (var step = 0; step < 3; step++)
        {
            optimizer.zero_grad();
            var loss = net.call(Input()).square().mean();
            loss.backward();
            optimizer.step();
            values.Add(loss.item());
        }

        foreach (var p in net.parameters())
        {
            values.AddRange(p.ToArray());
        }

        return [.. values];
    }

    private static Tensor Input()
    {
        torch.manual_seed(7);
        return torch.randn(4, 8, 600);
    }

    /// <summary>Conv1d, BatchNorm1d, activations, pooling, Upsample, ConvTranspose1d, LayerNorm, MultiheadAttention, LSTM, Linear.</summary>
    private sealed class Net : MedNet.Tensors.NN.Module<Tensor, Tensor>
    {
        private readonly MedNet.Tensors.NN.Conv1d _conv;
        private readonly MedNet.Tensors.NN.BatchNorm1d _norm;
        private readonly MedNet.Tensors.NN.Conv1d _depthwise;
        private readonly MedNet.Tensors.NN.MaxPool1d _pool;
        private readonly MedNet.Tensors.NN.Upsample _up;
        private readonly MedNet.Tensors.NN.ConvTranspose1d _transpose;
        private readonly MedNet.Tensors.NN.LayerNorm _layerNorm;
        private readonly MedNet.Tensors.NN.MultiheadAttention _attention;
        private readonly MedNet.Tensors.NN.LSTM _lstm;
        private readonly MedNet.Tensors.NN.Linear _head;

        public Net()
        {
            torch.manual_seed(3);
            _conv = register_module("conv", torch.nn.Conv1d(8, 16, 5, padding: 2));
            _norm = register_module("norm", torch.nn.BatchNorm1d(16));
            _depthwise = register_module("depthwise", torch.nn.Conv1d(16, 16, 3, padding: 1, groups: 16));
            _pool = register_module("pool", torch.nn.MaxPool1d(2));
            _up = register_module("up", torch.nn.Upsample(scale_factor: 2, mode: "linear", align_corners: false));
            _transpose = register_module("transpose", torch.nn.ConvTranspose1d(16, 16, 4, stride: 2, padding: 1));
            _layerNorm = register_module("layer_norm", torch.nn.LayerNorm(16));
            _attention = register_module("attention", torch.nn.MultiheadAttention(16, 2, batch_first: true));
            _lstm = register_module("lstm", torch.nn.LSTM(16, 8, batch_first: true, bidirectional: true));
            _head = register_module("head", torch.nn.Linear(16, 4));
        }

        public override Tensor forward(Tensor input)
        {
            // Every intermediate below is referenced only by the next call's argument.
            var h = _depthwise.call(_norm.call(_conv.call(input)).relu()).sigmoid();
            h = _transpose.call(_up.call(_pool.call(h))).tanh();
            h = _layerNorm.call(h.permute(0, 2, 1)) * 2f;
            h = _attention.forward(h, h, h, need_weights: false).output + h;
            h = torch.nn.functional.softmax(_lstm.call(h).output, -1);
            return _head.call(h).max(1).values;
        }
    }

    /// <summary>Switches the detector on for a block, then back to what it was.</summary>
    private sealed class StressOn : IDisposable
    {
        private readonly bool _before = TensorPool.Stress;

        public StressOn() => TensorPool.Stress = true;

        public void Dispose() => TensorPool.Stress = _before;
    }
}
