// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;
using Xunit.Abstractions;

namespace MedNet.Models.Tests.Complexity;

/// <summary>The per-layer formulas against counts done by hand, and the classifier's counts per 10 s segment.</summary>
public class FlopCounterTests(ITestOutputHelper output)
{
    [Fact]
    public void Conv1d_SamePadding_CountsEveryOutputTap()
    {
        var c = new FlopCounter(batch: 2);
        var lout = c.Conv1d("conv", new Conv1d(2, 3, 3, padding: 1), 10);

        // 2 batches · 3 outputs · 10 positions · 2 inputs · 3 taps = 360 MAC; bias 2·3·10 = 60.
        Assert.Equal(10, lout);
        Assert.Equal(new FlopEntry("conv", "Conv1d", 360, 60), c.Entries[0]);
        Assert.Equal(780, c.Entries[0].Flops);
    }

    [Fact]
    public void Conv1d_StridedDepthwise_CountsOneInputPerGroup()
    {
        var c = new FlopCounter();
        var lout = c.Conv1d("dw", new Conv1d(4, 4, 3, stride: 2, padding: 1, groups: 4, bias: false), 9);

        // L' = ⌊(9 + 2 − 2 − 1)/2⌋ + 1 = 5; 4 channels · 5 · 1 input · 3 taps = 60 MAC.
        Assert.Equal(5, lout);
        Assert.Equal(60, c.Entries[0].MultiplyAccumulates);
        Assert.Equal(0, c.Entries[0].OtherOps);
    }

    [Fact]
    public void Linear_CountsRowsTimesWeights()
    {
        var c = new FlopCounter();
        c.Linear("fc", new Linear(4, 5), 2);
        Assert.Equal(new FlopEntry("fc", "Linear", 40, 10), c.Entries[0]);
    }

    [Fact]
    public void Lstm_Bidirectional_TwoLayers()
    {
        var c = new FlopCounter();
        c.Lstm("lstm", new LSTM(3, 2, num_layers: 2, bidirectional: true), 5);

        // Layer 0: 2 dirs · 5 steps · 8 · (3 + 2) = 400; layer 1 reads 4: 2 · 5 · 8 · (4 + 2) = 480.
        // Other: 17 · H per step and direction: 2 layers · 2 dirs · 5 · 17 · 2 = 680.
        Assert.Equal(880, c.Entries[0].MultiplyAccumulates);
        Assert.Equal(680, c.Entries[0].OtherOps);
    }

    [Fact]
    public void SelfAttention_CountsProjectionsScoresAndContext()
    {
        var c = new FlopCounter();
        c.SelfAttention("mha", new MultiheadAttention(4, 2, batch_first: true), 3);

        // in-proj 3·4·12 = 144, scores 9·4 = 36, context 36, out-proj 3·4·4 = 48 → 264 MAC.
        // biases 3·12 + 3·4 = 48; scale + softmax 4 · 2 heads · 9 = 72 → 120.
        Assert.Equal(264, c.Entries[0].MultiplyAccumulates);
        Assert.Equal(120, c.Entries[0].OtherOps);
    }

    [Fact]
    public void BatchNormAndElementwise_CountPerElement()
    {
        var c = new FlopCounter(batch: 3);
        c.BatchNorm1d("bn", new BatchNorm1d(4), 5);
        c.Elementwise("relu", "ReLU", 20);
        Assert.Equal(120, c.Entries[0].OtherOps);
        Assert.Equal(60, c.Entries[1].OtherOps);
    }

    [Fact]
    public void ConvBnRelu_SumsItsLayers()
    {
        var report = FlopCounter.Count(new ConvBnRelu(1, 2, 3), 1, 4);

        // conv 2·4·1·3 = 24 MAC (no bias); BN 2·2·4 = 16; ReLU 8 → 48 + 24 = 72 FLOPs.
        Assert.Equal(24, report.MultiplyAccumulates);
        Assert.Equal(72, report.Flops);
        Assert.Equal(["conv", "bn", "relu"], report.Entries.Select(e => e.Name));
    }

    [Theory]
    [InlineData("baseline", 6_048_938_885L)]
    [InlineData("hf", 18_999_023_309L)]
    [InlineData("dsc", 14_538_018_509L)]
    public void Classifier_Per10sSegment_12Leads(string row, long expectedFlops)
    {
        var config = MsaLadder.Rows(12).Single(r => r.Id == row).Config;
        var report = new MsaClassifier(config).CountFlops(3600);
        output.WriteLine($"{row}: {report.Flops / 1e9:F3} GFLOPs ({report.MultiplyAccumulates / 1e9:F3} GMAC); self-attention {report.FlopsOf("self_attention") / 1e9:F3}, lstm {report.FlopsOf("lstm") / 1e9:F3}");
        Assert.Equal(expectedFlops, report.Flops);
        Assert.Equal(new long[] { 1, 12, 3600 }, report.InputShape);
    }

    [Fact]
    public void Classifier_SelfAttention_IsTheQuadraticTerm()
    {
        var report = new MsaClassifier(MsaLadder.Full(12)).CountFlops(3600);

        // 2·L²·E MAC for scores and context: 2 · 3600² · 192.
        var quadratic = 2L * 3600 * 3600 * 192;
        Assert.True(report.Entries.Single(e => e.Name == "self_attention.attention").MultiplyAccumulates > quadratic);
    }
}
