// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Tensors;

namespace MedNet.Benchmarks.Explainability;

/// <summary>
/// Cost of the explainers relative to the model's own cost (issue 16): a small MSA classifier (stem 16, one multi-scale
/// block of 32 channels, plain spatial attention, MHSA, BiLSTM 16), one 1-lead segment of 1080 samples (3 s at 360 Hz).
/// Targets: Grad-CAM ≤ 1.5 × (forward + backward); Integrated Gradients and GradientSHAP with n = 16 samples ≤ 1.2 × 16 ×
/// (forward + backward); KernelSHAP reports its cost in model evaluations (16 time-segment groups, 256 coalitions, 4
/// background windows: (256 + 2) × 4 = 1,032 windows through batched no-grad forwards) beside one no-grad forward.
/// </summary>
[MemoryDiagnoser]
public class ExplainabilityBenchmarks
{
    private MsaClassifier _model = null!;
    private Tensor _x = null!;
    private Tensor _xGrad = null!;
    private GradCam _cam = null!;
    private Func<Tensor, Tensor> _score = null!;
    private Tensor _background = null!;
    private FeatureGroups _segments = null!;

    /// <summary>Seeded model and segment, one thread.</summary>
    [GlobalSetup]
    public void Setup()
    {
        torch.manual_seed(0);
        torch.set_num_threads(1);
        _model = new MsaClassifier(new MsaClassifierConfig
        {
            StemChannels = 16,
            ResUBlocks = 1,
            BranchChannels = 16,
            BlockChannels = 32,
            SeReduction = 4,
            SpatialAttention = SpatialAttentionKind.Plain,
            Heads = 4,
            LstmHidden = 16,
            HeadHidden = 32,
        });
        _model.eval();
        _x = torch.randn(1, 1, 1080);
        _xGrad = _x.detach().clone().requires_grad_();
        _cam = new GradCam(_model, "block0");
        _score = ExplanationTargets.ClassLogit(_model, 1);
        _background = torch.randn(4, 1, 1080);
        var names = new List<string>();
        var masks = new List<bool[]>();
        for (var g = 0; g < 16; g++)
        {
            names.Add($"segment {g}");
            var mask = new bool[1080];
            Array.Fill(mask, true, g * 1080 / 16, ((g + 1) * 1080 / 16) - (g * 1080 / 16));
            masks.Add(mask);
        }

        _segments = new FeatureGroups(1, 1080, names, masks);
    }

    /// <summary>One no-grad forward of one segment: the unit of KernelSHAP's cost.</summary>
    /// <returns>The logits.</returns>
    [Benchmark]
    public Tensor ForwardOnly()
    {
        using var _ = torch.no_grad();
        return _score(_x);
    }

    /// <summary>The reference: one forward and one backward of the class-1 logit with respect to the input and the weights.</summary>
    [Benchmark(Baseline = true)]
    public void ForwardBackward()
    {
        _model.zero_grad();
        _xGrad.grad = null;
        _score(_xGrad).sum().backward();
    }

    /// <summary>Grad-CAM of the multi-scale block for class 1.</summary>
    /// <returns>The maps.</returns>
    [Benchmark]
    public GradCamResult GradCamBlock0() => _cam.Compute(_x, _score);

    /// <summary>Integrated Gradients, 16 steps in one batch (+ 2 no-grad forwards for f(x) and f(baseline)).</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public AttributionResult IntegratedGradients16() =>
        IntegratedGradients.Attribute(_score, _x, settings: new IntegratedGradientsSettings { Steps = 16, BatchSize = 16 });

    /// <summary>GradientSHAP, 16 draws from 4 background windows in one batch, without the background forwards (reference off).</summary>
    /// <returns>The attributions.</returns>
    [Benchmark]
    public AttributionResult GradientShap16() =>
        GradientShap.Attribute(_score, _x, _background, new GradientShapSettings { Samples = 16, BatchSize = 16, ComputeReference = false });

    /// <summary>KernelSHAP over 16 time segments: 256 coalitions × 4 background windows = 1,032 evaluations, batches of 256.</summary>
    /// <returns>The values.</returns>
    [Benchmark]
    public ShapleyResult KernelShap16Groups() =>
        ShapleyValues.Kernel(_score, _x, _background, _segments, new KernelShapSettings { Samples = 256, BatchSize = 256 });
}
