// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Tensors;

namespace MedNet.Models.Tests.Classification;

/// <summary>Shapes, switches, errors and determinism of <see cref="MsaClassifier"/>.</summary>
public class MsaClassifierTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void Forward_PriorsAppended_GivesLogitsPerSample(int leads)
    {
        torch.manual_seed(1);
        var model = new MsaClassifier(TinyConfigs.Full(leads));
        var x = torch.randn(2, leads, 40);
        var priors = MsaPriors.Build([[10, 30], [20]], 40, 360);

        var appended = model.forward(MsaPriors.Append(x, priors));
        var explicitPriors = model.forward(x, priors);

        Assert.Equal(new long[] { 2, 3 }, appended.shape);
        model.eval();
        Assert.Equal(model.forward(x, priors).ToArray(), model.forward(MsaPriors.Append(x, priors)).ToArray());
        Assert.Equal(new long[] { 2, 3 }, explicitPriors.shape);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(12)]
    public void Forward_EveryLadderRow_GivesLogits(int leads)
    {
        foreach (var row in MsaLadder.Rows(leads))
        {
            var tiny = TinyConfigs.Full(leads) with
            {
                PlainConvChannels = row.Config.PlainConvChannels.Count > 0 ? [4, 4] : [],
                ResUBlocks = row.Config.ResUBlocks > 0 ? 1 : 0,
                ChannelAttention = row.Config.ChannelAttention,
                SpatialAttention = row.Config.SpatialAttention,
                SelfAttention = row.Config.SelfAttention,
                BranchConvolution = row.Config.BranchConvolution,
            };
            var model = new MsaClassifier(tiny);
            var x = torch.randn(2, leads, 24);
            var input = tiny.SpatialAttention == SpatialAttentionKind.Guided ? MsaPriors.Append(x, MsaPriors.Build([[12], [5]], 24, 360)) : x;
            Assert.Equal(new long[] { 2, 3 }, model.forward(input).shape);
        }
    }

    [Fact]
    public void Ladder_EachRow_ChangesTheStructureAsStated()
    {
        var rows = MsaLadder.Rows(12);
        string[] Children(int i) => [.. new MsaClassifier(rows[i].Config).named_children().Select(c => c.name)];

        Assert.Equal(["stem", "conv1", "conv2", "conv3", "lstm", "fc1", "dropout", "fc2"], Children(0));
        Assert.Equal(["stem", "block0", "block1", "block2", "lstm", "fc1", "dropout", "fc2"], Children(1));
        Assert.Contains("channel_attention", Children(2));
        Assert.Contains("spatial_attention", Children(3));
        Assert.Contains("self_attention", Children(3));
        Assert.DoesNotContain("spatial_attention", Children(4));
        Assert.Contains("guided_attention", Children(4));
        Assert.Equal(rows[4].Config, rows[5].Config);
        Assert.True(rows[5].HighFrequencyPreservation && !rows[4].HighFrequencyPreservation);

        var standard = (MultiScaleResUBlock)new MsaClassifier(rows[5].Config).Features[1];
        var separable = (MultiScaleResUBlock)new MsaClassifier(rows[6].Config).Features[1];
        Assert.All(standard.Branches, b => Assert.NotNull(b.conv));
        Assert.All(separable.Branches, b => Assert.Equal(b.depthwise!.in_channels, b.depthwise.groups));
        Assert.Equal([3, 7, 15], separable.Branches.Select(b => b.KernelSize));
        Assert.Equal(192, standard.fuse.in_channels);
    }

    [Fact]
    public void Switches_PoolingAndPositionalMasks_ChangeTheirLayers()
    {
        var concat = new MsaClassifier(MsaLadder.Full() with { Pooling = TemporalPoolingKind.ConcatAverageAndMax });
        var positional = new MsaClassifier(MsaLadder.Full() with { PositionalMaskLength = 900 });

        Assert.Equal(128, new MsaClassifier(MsaLadder.Full()).fc1.in_features);
        Assert.Equal(256, concat.fc1.in_features);
        Assert.Equal(new long[] { 2, 900 }, positional.guided_attention!.positional_logits!.shape);
        Assert.Equal(37, positional.guided_attention.mask_conv.kernel_size);
    }

    [Fact]
    public void Arrangement_Parallel_DiffersFromSequentialWithTheSameWeights()
    {
        var tiny = TinyConfigs.Full() with { SpatialAttention = SpatialAttentionKind.Plain };
        torch.manual_seed(3);
        var sequential = new MsaClassifier(tiny);
        torch.manual_seed(3);
        var parallel = new MsaClassifier(tiny with { Arrangement = AttentionArrangement.Parallel });
        sequential.eval();
        parallel.eval();
        var x = torch.randn(2, 1, 20);

        var seq = sequential.forward(x).ToArray();
        Assert.NotEqual(seq[..3], seq[3..]); // the head is alive: the two samples get different logits
        Assert.NotEqual(seq, parallel.forward(x).ToArray());
    }

    [Fact]
    public void SameSeed_GivesTheSameLogits()
    {
        float[] Run()
        {
            torch.manual_seed(7);
            var model = new MsaClassifier(TinyConfigs.Full(12));
            var x = MsaPriors.Append(torch.randn(3, 12, 30), MsaPriors.Build([[5], [15], [25]], 30, 360));
            return model.forward(x).ToArray();
        }

        Assert.Equal(Run(), Run());
    }

    [Fact]
    public void Forward_MissingPriors_NamesTheFix()
    {
        var model = new MsaClassifier(TinyConfigs.Full(12));
        var ex = Assert.Throws<ArgumentException>(() => model.forward(torch.randn(2, 12, 30)));
        Assert.Contains("(B, 14, L)", ex.Message);
        Assert.Contains("MsaPriors.Append", ex.Message);
        Assert.Equal("input", ex.ParamName);
    }

    [Fact]
    public void Forward_PriorsOfAnotherLength_Throws()
    {
        var model = new MsaClassifier(TinyConfigs.Full());
        var ex = Assert.Throws<ArgumentException>(() => model.forward(torch.randn(2, 1, 30), torch.zeros(2, 2, 31)));
        Assert.Contains("(2, 2, 30)", ex.Message);
    }

    [Fact]
    public void Config_Invalid_ListsEveryProblem()
    {
        var bad = MsaLadder.Full() with { Heads = 5, Dropout = 1.0, StemKernel = 4 };
        var problems = bad.Validate();
        Assert.Equal(3, problems.Count);
        var ex = Assert.Throws<ArgumentException>(() => new MsaClassifier(bad));
        Assert.Contains("Heads", ex.Message);
    }

    [Fact]
    public void GuidedMasks_StartAtThePriors()
    {
        var guided = new GuidedSpatialAttention(maskKernelSize: 37);
        var priors = MsaPriors.Build([[180]], 360, 360); // R at 0.5 s
        var masks = guided.Masks(priors).ToArray();

        // QRS: R ± 50 ms = 162 … 198; ST-T: R + 100 … 300 ms = 216 … 288. σ(2) = 0.881, σ(−2) = 0.119.
        Assert.Equal(0.8808, masks[180], 3);
        Assert.Equal(0.1192, masks[100], 3);
        Assert.Equal(0.8808, masks[360 + 250], 3);
        Assert.Equal(0.1192, masks[360 + 180], 3);
        var union = guided.Union(priors).ToArray();
        Assert.Equal(1 - (0.8808 * 0.8808), union[0], 3);
    }
}
