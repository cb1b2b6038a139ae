// SPDX-License-Identifier: MIT
using MedNet.Tensors.NN;
using MedNet.Tensors.Optim;
using F = MedNet.Tensors.torch.nn.functional;

namespace MedNet.Tensors.Tests.DType;

/// <summary>
/// The float64 coverage list of docs/from-pytorch.md: every op listed as covered runs in float64 (float64 result, float64
/// gradient), the doc names exactly these ops, and its "No float64 kernel" line names none (every public op has one).
/// </summary>
public sealed class Float64CoverageTests
{
    /// <summary>Covered ops: name as the doc writes it → a float64 run returning a float64 result.</summary>
    public static readonly Dictionary<string, Func<Tensor, Tensor>> Covered = new()
    {
        ["add"] = x => x.add(x, 2f),
        ["sub"] = x => x.sub(x * 0.5),
        ["mul"] = x => x.mul(x),
        ["div"] = x => x.div(x.square() + 1f),
        ["maximum"] = x => x.maximum(-x),
        ["minimum"] = x => x.minimum(-x),
        ["neg"] = x => x.neg(),
        ["eq"] = x => x.eq(x) * x,
        ["ne"] = x => x.ne(0f) * x,
        ["gt"] = x => x.gt(0f) * x,
        ["ge"] = x => x.ge(0f) * x,
        ["lt"] = x => x.lt(0f) * x,
        ["le"] = x => x.le(0f) * x,
        ["exp"] = x => x.exp(),
        ["log"] = x => (x.square() + 1f).log(),
        ["sqrt"] = x => (x.square() + 1f).sqrt(),
        ["abs"] = x => x.abs(),
        ["square"] = x => x.square(),
        ["pow"] = x => (x.square() + 1f).pow(1.5f),
        ["tanh"] = x => x.tanh(),
        ["sigmoid"] = x => x.sigmoid(),
        ["relu"] = x => x.relu(),
        ["leaky_relu"] = x => x.leaky_relu(0.1f),
        ["gelu"] = x => x.gelu(),
        ["clamp"] = x => x.clamp(-0.5f, 0.5f),
        ["sum"] = x => x.sum() + x.sum(1).sum(),
        ["mean"] = x => x.mean() + x.mean([0, 2]).sum(),
        ["var"] = x => x.var([2]),
        ["max"] = x => x.max() + x.max(1).values.sum(),
        ["min"] = x => x.min() + x.min(1).values.sum(),
        ["matmul"] = x => x.matmul(x.transpose(1, 2)),
        ["bmm"] = x => x.bmm(x.transpose(1, 2)),
        ["reshape"] = x => x.reshape(-1, 4),
        ["view"] = x => x.view(4, -1),
        ["flatten"] = x => x.flatten(),
        ["squeeze"] = x => x.unsqueeze(0).squeeze(0),
        ["unsqueeze"] = x => x.unsqueeze(1),
        ["permute"] = x => x.permute(2, 0, 1),
        ["transpose"] = x => x.transpose(0, 2),
        ["t"] = x => x.reshape(6, 4).t(),
        ["slice"] = x => x.slice(2, 0, 4, 2),
        ["narrow"] = x => x.narrow(1, 1, 2),
        ["select"] = x => x.select(0, 1),
        ["split"] = x => x.split(1, 1)[2],
        ["chunk"] = x => x.chunk(2, 2)[1],
        ["gather"] = x => x.gather(2, torch.tensor([3L, 0, 1, 2, 0, 0], [2, 3, 1])),
        ["clone"] = x => x.clone(),
        ["cat"] = x => torch.cat([x, x * 2f], 1),
        ["stack"] = x => torch.stack([x, x], 0),
        ["where"] = x => torch.where(x.gt(0f), x, -x),
        ["pad"] = x => F.pad(x, (2, 1)),
        ["linear"] = x => F.linear(x, torch.randn([5, 4], torch.float64), torch.randn([5], torch.float64)),
        ["conv1d"] = x => F.conv1d(x, torch.randn([2, 3, 2], torch.float64), padding: 1),
        ["weight_norm_causal_conv1d"] = x => F.weight_norm_causal_conv1d(x, torch.ones([3, 1, 1], torch.float64), torch.randn([3, 3, 2], torch.float64)),
        ["feed_forward"] = x => F.feed_forward(x, torch.randn([5, 4], torch.float64), null, torch.randn([4, 5], torch.float64), null, 0.2, 0.5),
        ["dropout"] = x => F.dropout(x, 0.3),
        ["softmax"] = x => F.softmax(x, 2),
        ["log_softmax"] = x => F.log_softmax(x, 1),
        ["layer_norm"] = x => F.layer_norm(x, [4]),
        ["mse_loss"] = x => F.mse_loss(x, torch.zeros([2, 3, 4], torch.float64)),
        ["cross_entropy"] = x => F.cross_entropy(x.reshape(6, 4), torch.tensor([0L, 1L, 2L, 3L, 0L, 1L])),
        ["binary_cross_entropy"] = x => F.binary_cross_entropy(x.sigmoid(), torch.full([2, 3, 4], 0.5, torch.float64)),
        ["FocalLoss"] = x => new FocalLoss(2.0).call(x.reshape(6, 4), torch.tensor([0L, 1L, 2L, 3L, 0L, 1L])),
        ["Linear"] = x => Module64(new Linear(4, 2)).call(x),
        ["Conv1d"] = x => Module64(new Conv1d(3, 2, 3, groups: 1)).call(x),
        ["ConvTranspose1d"] = x => Module64(new ConvTranspose1d(3, 2, 3, stride: 2)).call(x) + Module64(new ConvTranspose1d(3, 6, 3, stride: 2, groups: 3)).call(x).narrow(1, 0, 2),
        ["BatchNorm1d"] = x => Module64(new BatchNorm1d(3)).call(x),
        ["LayerNorm"] = x => Module64(new LayerNorm([4])).call(x),
        ["MultiheadAttention"] = x => Module64(new MultiheadAttention(4, 2, batch_first: true)).forward(x, x, x).output,
        ["TransformerEncoderLayer"] = x => Module64(new TransformerEncoderLayer(4, 2, 8, batch_first: true)).call(x),
        ["Dropout"] = x => new Dropout(0.5).call(x),
        ["Sequential"] = x => Module64(new Sequential(new Linear(4, 4), new ReLU(), new Tanh(), new Sigmoid(), new GELU(), new LeakyReLU(0.1), new Softmax(-1), new LogSoftmax(-1))).call(x),
        ["MSELoss"] = x => new MSELoss().call(x, torch.zeros([2, 3, 4], torch.float64)),
        ["CrossEntropyLoss"] = x => new CrossEntropyLoss().call(x.reshape(6, 4), torch.tensor([0L, 1L, 2L, 3L, 0L, 1L])),
        ["scaled_dot_product_attention"] = x => F.scaled_dot_product_attention(x.unsqueeze(1), x.unsqueeze(1) * 0.5, x.unsqueeze(1).square()),
        ["self_attention"] = x => F.self_attention(torch.cat([x, x * 0.5, x.square()], 2), 2),
        ["LSTM"] = x => Module64(new LSTM(4, 2, bidirectional: true)).call(x).output,
        ["MaxPool1d"] = x => new MaxPool1d(2).call(x),
        ["AvgPool1d"] = x => new AvgPool1d(3, stride: 1, padding: 1).call(x),
        ["AdaptiveAvgPool1d"] = x => new AdaptiveAvgPool1d(3).call(x),
        ["AdaptiveMaxPool1d"] = x => new AdaptiveMaxPool1d(3).call(x),
        ["Upsample"] = x => new Upsample(scale_factor: 2.5, mode: UpsampleMode.Linear).call(x) + new Upsample(size: 10).call(x),
    };

    public static TheoryData<string> CoveredNames => [.. Covered.Keys];

    [Theory]
    [MemberData(nameof(CoveredNames))]
    public void CoveredOpRunsForwardAndBackwardInFloat64(string name)
    {
        torch.manual_seed(5);
        var x = torch.randn([2, 3, 4], torch.float64).requires_grad_();
        var y = Covered[name](x);
        Assert.Equal(ScalarType.Float64, y.dtype);
        y.sum().backward();
        Assert.Equal(ScalarType.Float64, x.grad!.dtype);
    }

    [Fact]
    public void SgdAdamAdamWAndClipGradNormKeepFloat64()
    {
        foreach (var make in new Func<IEnumerable<Tensor>, Optimizer>[] { p => new SGD(p, 0.1, momentum: 0.9), p => new Adam(p), p => new AdamW(p) })
        {
            var w = torch.randn([3], torch.float64).requires_grad_();
            var opt = make([w]);
            (w * w).sum().backward();
            torch.nn.utils.clip_grad_norm_([w], 0.5);
            var before = w.ToArray<double>();
            opt.step();
            Assert.Equal(ScalarType.Float64, w.dtype);
            Assert.NotEqual(before, w.ToArray<double>());
        }
    }

    [Fact]
    public void DocListsExactlyTheseOps()
    {
        var doc = File.ReadAllText(FindDoc());
        var start = doc.IndexOf("<!-- float64-coverage -->", StringComparison.Ordinal);
        var end = doc.IndexOf("<!-- /float64-coverage -->", StringComparison.Ordinal);
        Assert.True(start >= 0 && end > start, "docs/from-pytorch.md: expected a <!-- float64-coverage --> … <!-- /float64-coverage --> block.");
        var block = doc[start..end];
        var covered = Names(block, "Covered:");
        Assert.Equal(Covered.Keys.Order(StringComparer.Ordinal), covered.Order(StringComparer.Ordinal));
        var gaps = block.Split('\n').Single(l => l.StartsWith("No float64 kernel:", StringComparison.Ordinal));
        Assert.Equal("No float64 kernel: none.", gaps.Trim());
    }

    private static T Module64<T>(T m)
        where T : Module
    {
        m.@double();
        return m;
    }

    private static List<string> Names(string block, string label)
    {
        var line = block.Split('\n').Single(l => l.StartsWith(label, StringComparison.Ordinal));
        var names = new List<string>();
        foreach (var part in line[label.Length..].Split('`'))
        {
            var n = part.Trim();
            if (n.Length > 0 && n != "," && n != ".")
            {
                names.Add(n);
            }
        }

        return names;
    }

    private static string FindDoc()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "docs", "from-pytorch.md")))
        {
            dir = dir.Parent;
        }

        return dir is null ? throw new FileNotFoundException("docs/from-pytorch.md not found above the test folder.") : Path.Combine(dir.FullName, "docs", "from-pytorch.md");
    }
}
