// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Tests.Classification;

/// <summary>Gradients and a few training steps of the full tiny classifier (every component on).</summary>
public class MsaClassifierTrainingTests
{
    [Fact]
    public void Backward_MatchesFiniteDifferences()
    {
        torch.manual_seed(11);
        var model = new MsaClassifier(TinyConfigs.Full() with { Classes = 2 });
        model.eval(); // running statistics and no dropout: the loss is a fixed function of the inputs
        var x = torch.randn(2, 1, 12).requires_grad_(true);
        var priors = MsaPriors.Build([[3], [8]], 12, 360);
        var target = torch.tensor([0f, 1f], [2]);
        var loss = new FocalLoss(2.0);
        Tensor Objective() => loss.forward(model.forward(x, priors), target);

        var named = model.named_parameters().ToDictionary(p => p.name, p => p.parameter);
        ModelGradCheck.Assert(
            Objective,
            ("x", x),
            ("stem.conv.weight", named["stem.conv.weight"]),
            ("block0.branch1.conv.weight", named["block0.branch1.conv.weight"]),
            ("channel_attention.fc1.weight", named["channel_attention.fc1.weight"]),
            ("guided_attention.mask_conv.bias", named["guided_attention.mask_conv.bias"]),
            ("self_attention.attention.in_proj_weight", named["self_attention.attention.in_proj_weight"]),
            ("lstm.weight_hh_l1_reverse", named["lstm.weight_hh_l1_reverse"]),
            ("fc2.weight", named["fc2.weight"]));
    }

    [Fact]
    public void Adam_OnSeparableSignals_LowersTheLoss()
    {
        torch.manual_seed(5);
        const int n = 16, l = 36;
        var data = new float[n * l];
        var labels = new float[n];
        var peaks = new int[n][];
        var noise = torch.randn(n * l).ToArray();
        for (var i = 0; i < n; i++)
        {
            labels[i] = i % 2;
            var period = i % 2 == 0 ? 18.0 : 6.0; // class 0 slow, class 1 fast
            for (var t = 0; t < l; t++)
            {
                data[(i * l) + t] = (float)Math.Sin(2 * Math.PI * t / period) + (0.1f * noise[(i * l) + t]);
            }

            peaks[i] = [l / 2];
        }

        var x = MsaPriors.Append(torch.tensor(data, [n, 1, l]), MsaPriors.Build(peaks, l, 360));
        var y = torch.tensor(labels, [n]);
        var model = new MsaClassifier(TinyConfigs.Full(classes: 2) with { Dropout = 0.1 });
        var loss = new CrossEntropyLoss();
        var optimizer = torch.optim.Adam(model.parameters(), lr: 1e-2);
        float EvalLoss()
        {
            model.eval();
            using var _ = torch.no_grad();
            var v = loss.forward(model.forward(x), y).item();
            model.train();
            return v;
        }

        var before = EvalLoss();
        for (var step = 0; step < 40; step++)
        {
            optimizer.zero_grad();
            loss.forward(model.forward(x), y).backward();
            optimizer.step();
        }

        var after = EvalLoss();
        Assert.True(after < 0.5 * before, $"loss {before:F4} → {after:F4}");
    }
}
