// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Tensors;
using Xunit.Abstractions;

namespace MedNet.Models.Tests.Classification;

/// <summary>
/// Parameter counts of every Table 2 row and of the Table 3 comparisons, from parameter_count(). The ladder cannot reach the
/// paper's 8.47–9.61 M with Figure 3's widths (D-MS-20): the counts are asserted as they are and printed beside the paper's.
/// </summary>
public class ParameterCountTests(ITestOutputHelper output)
{
    // [MSA] Table 2, Parameters (M), in row order; used only for the printed comparison.
    private static readonly double[] PaperLadderMillions = [8.47, 9.23, 9.38, 9.52, 9.61, 9.61, 3.56];

    [Theory]
    [InlineData(12, new long[] { 848_773, 1_087_877, 1_092_689, 1_240_928, 1_241_004, 1_241_004, 621_420 })]
    [InlineData(1, new long[] { 843_845, 1_082_949, 1_087_761, 1_236_000, 1_236_076, 1_236_076, 616_492 })]
    public void Ladder_Counts_AreTheReadingsCounts(int leads, long[] expected)
    {
        var rows = MsaLadder.Rows(leads);
        Assert.Equal(7, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            var count = new MsaClassifier(rows[i].Config).parameter_count();
            output.WriteLine($"{rows[i].Label,-26} leads={leads,2} ours={count,10:N0}  paper={PaperLadderMillions[i]:F2} M  ratio={count / (PaperLadderMillions[i] * 1e6):F3}");
            Assert.Equal(expected[i], count);
        }
    }

    [Fact]
    public void Ladder_Increments_FollowTheComponentsAdded()
    {
        var rows = MsaLadder.Rows(12);
        var counts = rows.Select(r => new MsaClassifier(r.Config).parameter_count()).ToArray();

        // SE on 192 channels, r = 16: 192·12 + 12 + 12·192 + 192.
        Assert.Equal(4_812, counts[2] - counts[1]);

        // Spatial map Conv1d(2 → 1, 7) + 4-head MHSA on 192: 15 + 4·192² + 4·192 (the paper's +0.14 M).
        Assert.Equal(15 + 148_224, counts[3] - counts[2]);

        // Guided masks: Conv1d(2 → 2, 37, groups 2) = 2·37 + 2.
        Assert.Equal(76, counts[4] - counts[3]);
        Assert.Equal(counts[4], counts[5]);
        Assert.True(counts[6] < counts[5] / 1.9, $"depthwise-separable branches should halve the count: {counts[6]} vs {counts[5]}");
    }

    [Theory]
    [InlineData(9, 21_283_205)]
    [InlineData(3, 7_225_733)]
    public void ResNet34_1d_Counts(int kernel, long expected)
    {
        var count = new ResNet1d(new ResNet1dConfig { InputLeads = 12, KernelSize = kernel }).parameter_count();
        output.WriteLine($"ResNet-34-1D k={kernel}: {count:N0} (paper 21.8 M, ratio {count / 21.8e6:F3})");
        Assert.Equal(expected, count);
    }

    [Fact]
    public void ResNet34_1d_Kernel9_IsWithin5PercentOfThePaper() =>
        Assert.InRange(new ResNet1d(new ResNet1dConfig { InputLeads = 12 }).parameter_count(), 0.95 * 21.8e6, 1.05 * 21.8e6);

    [Fact]
    public void CnnTransformer_Count_IsWithin5PercentOfThePaper()
    {
        var count = new CnnTransformer(new CnnTransformerConfig { InputLeads = 12 }).parameter_count();
        output.WriteLine($"CNN-Transformer: {count:N0} (paper 15.6 M, ratio {count / 15.6e6:F3})");
        Assert.Equal(15_206_021, count);
        Assert.InRange(count, 0.95 * 15.6e6, 1.05 * 15.6e6);
    }

    [Fact]
    public void FullSize_OneForward_AtSmallLength_GivesLogits()
    {
        torch.manual_seed(0);
        var model = new MsaClassifier(MsaLadder.Full(12));
        model.eval();
        var x = torch.randn(1, 12, 90);
        var priors = MsaPriors.Build([[45]], 90, 360);
        var logits = model.Probabilities(x, priors);
        Assert.Equal(new long[] { 1, 5 }, logits.shape);
        Assert.Equal(1.0, logits.sum().item(), 5);
    }
}
