// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Models.Classification;
using MedNet.Models.Explainability;
using MedNet.Tensors;

namespace MedNet.Benchmarks.Explainability;

/// <summary>
/// Cost of the explainers relative to the model's own cost (issue 16): a small MSA classifier (stem 16, one multi-scale
/// block of 32 channels, plain spatial attention, MHSA, BiLSTM 16), one 1-lead segment of 1080 samples (3 s at 360 Hz).
/// Targets: Grad-CAM ≤ 1.5 × (forward + backward); Integrated Gradients with n = 16 steps ≤ 1.2 × 16 × (forward + backward).
/// </summary>
[MemoryDiagnoser]
public class ExplainabilityBenchmarks
{
    private MsaClassifier _model = null!;
    private Tensor _x = null!;
    private Tensor _xGrad = null!;
    private GradCam _cam = null!;
    private Func<Tensor, Tensor> _score = null!;

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
}
