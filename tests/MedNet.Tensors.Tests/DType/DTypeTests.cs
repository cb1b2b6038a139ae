// SPDX-License-Identifier: MIT
using MedNet.Tensors.IO;
using MedNet.Tensors.NN;
using MedNet.Tensors.Optim;
using F = MedNet.Tensors.torch.nn.functional;

namespace MedNet.Tensors.Tests.DType;

/// <summary>dtype plumbing: conversion, promotion, named errors, int64 targets, module conversion, optimisers, safetensors.</summary>
public sealed class DTypeTests
{
    [Fact]
    public void ConversionsKeepValuesAndReportTheDtype()
    {
        var x = torch.tensor([1.5f, -2.25f, 3f], [3]);
        Assert.Equal(ScalarType.Float32, x.dtype);
        var d = x.@double();
        Assert.Equal(ScalarType.Float64, d.dtype);
        Assert.Equal([1.5, -2.25, 3.0], d.ToArray<double>());
        Assert.Equal([1L, -2L, 3L], x.@long().ToArray<long>());
        Assert.Equal(x.ToArray(), d.@float().ToArray());
        Assert.Same(d, d.to(torch.float64));
        Assert.Equal(8, d.element_size());
        Assert.Equal(0.1, torch.full([1], 0.1, torch.float64).ToArray<double>()[0]);
        Assert.Equal([0.0, 0.25, 0.5], torch.arange(0, 0.75, 0.25, torch.float64).ToArray<double>());
    }

    [Fact]
    public void ConversionIsDifferentiableBetweenFloatDtypes()
    {
        var x = torch.tensor([1f, 2f], [2], requires_grad: true);
        (x.@double() * torch.tensor([3.0, 4.0])).sum().backward();
        Assert.Equal(ScalarType.Float32, x.grad!.dtype);
        Assert.Equal([3f, 4f], x.grad.ToArray());
    }

    [Fact]
    public void Float32TimesFloat64PromotesToFloat64AsPyTorch()
    {
        var a = torch.tensor([1f, 2f], [2], requires_grad: true);
        var b = torch.tensor([0.1, 0.2], [2], requires_grad: true);
        var y = a * b;
        Assert.Equal(ScalarType.Float64, y.dtype);
        y.sum().backward();
        Assert.Equal(ScalarType.Float32, a.grad!.dtype);
        Assert.Equal(ScalarType.Float64, b.grad!.dtype);
        Assert.Equal([1.0, 2.0], b.grad.ToArray<double>());
    }

    [Fact]
    public void MismatchedLayerOperandsAreRefusedByName()
    {
        var ex = Assert.Throws<ArgumentException>(() => F.linear(torch.randn(2, 3), torch.randn([4, 3], torch.float64)));
        Assert.Contains("linear", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Float64", ex.Message, StringComparison.Ordinal);
        var mm = Assert.Throws<ArgumentException>(() => torch.randn([2, 3], torch.float64).matmul(torch.randn(3, 2)));
        Assert.Contains("matmul", mm.Message, StringComparison.Ordinal);
        var i64 = Assert.Throws<ArgumentException>(() => torch.tensor([1L, 2L]) + torch.tensor([1f, 2f], [2]));
        Assert.Contains("int64", i64.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Int64NeverRequiresGrad()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => torch.tensor([1L, 2L]).requires_grad_());
        Assert.Contains("int64", ex.Message, StringComparison.Ordinal);
        Assert.False(torch.tensor([1.5f], [1], requires_grad: true).@long().requires_grad);
    }

    [Fact]
    public void Float32OnlyKernelsThrowANamedNotSupportedException()
    {
        var qkv = torch.tensor([1L, 2, 3, 4, 5, 6], [1, 1, 6]);
        var ex = Assert.Throws<NotSupportedException>(() => F.self_attention(qkv, 2));
        Assert.Contains("self_attention: no int64 kernel", ex.Message, StringComparison.Ordinal);
        var lstm = new LSTM(2, 3);
        var rec = Assert.Throws<NotSupportedException>(() => lstm.call(torch.tensor([1L, 2, 3, 4], [2, 1, 2])));
        Assert.Contains("no int64 kernel", rec.Message, StringComparison.Ordinal);
        var w = torch.randn([3], torch.float64).requires_grad_();
        w.grad = torch.ones([3], torch.float64);
        var step = Assert.Throws<NotSupportedException>(() => new Float32OnlyOptimizer([w]).step());
        Assert.Contains("Float32OnlyOptimizer.step: no float64 kernel", step.Message, StringComparison.Ordinal);
        Assert.Contains("docs/from-pytorch.md", step.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Int64SliceAndNarrow_CopyTheRowsAndKeepTheDtype()
    {
        var x = torch.tensor([1L, 2, 3, 4, 5, 6], [2, 3]);
        var cols = x.narrow(1, 1, 2);
        Assert.Equal(ScalarType.Int64, cols.dtype);
        Assert.Equal([2L, 2L], cols.shape);
        Assert.Equal([2L, 3L, 5L, 6L], cols.ToArray<long>());
        Assert.Equal([4L, 5L, 6L], x.slice(0, 1, 2).ToArray<long>());
        Assert.Equal([1L, 3L, 4L, 6L], x.slice(1, 0, 3, step: 2).ToArray<long>());
    }

    [Fact]
    public void MaxArgmaxAndArgminReturnInt64IndicesThatIndexGather()
    {
        foreach (var x in new[] { torch.tensor([0.5f, -2f, 3f, 3f, 1f, -4f], [2, 3]), torch.tensor([0.5, -2, 3, 3, 1, -4], [2, 3]) })
        {
            var (values, indexes) = x.max(1, keepdim: true);
            Assert.Equal(ScalarType.Int64, indexes.dtype);
            Assert.False(indexes.requires_grad);
            Assert.Equal([2L, 0L], indexes.ToArray<long>());
            Assert.Equal(values.to(ScalarType.Float64).ToArray<double>(), x.gather(1, indexes).to(ScalarType.Float64).ToArray<double>());
            Assert.Equal(ScalarType.Int64, x.min(0).indexes.dtype);
            Assert.Equal([0L, 0L, 1L], x.min(0).indexes.ToArray<long>());
            Assert.Equal([2L, 0L], x.argmax(1).ToArray<long>());
            Assert.Equal([1L, 2L], x.argmin(1).ToArray<long>());
            Assert.Equal(2L, x.argmax().item<long>());
            Assert.Equal(5L, x.argmin().item<long>());
        }
    }

    [Fact]
    public void Int64ComparisonsGiveZeroOneForAccuracyAndMasks()
    {
        var logits = torch.tensor([0.1f, 2f, -1f, 3f, 0f, 1f, 0f, 0f, 5f], [3, 3]);
        var target = torch.tensor([1L, 2L, 2L]);
        var hit = logits.argmax(1).eq(target);
        Assert.Equal(ScalarType.Float32, hit.dtype);
        Assert.Equal([1f, 0f, 1f], hit.ToArray());
        Assert.Equal(2f / 3f, hit.mean().item(), 6);
        Assert.Equal([0f, 1f, 1f], target.gt(1f).ToArray());
        Assert.Equal([1f, 0f, 0f], target.ne(torch.tensor([2.0])).to(ScalarType.Float32).ToArray());
        Assert.Equal(ScalarType.Float64, target.ne(torch.tensor([2.0])).dtype);
        var big = torch.tensor([(1L << 62) + 1, 1L << 62]);
        Assert.Equal([0f, 1f], big.eq(torch.tensor([1L << 62])).ToArray());
        Assert.Equal([[1f, 1f], [0f, 1f]], ToRows(torch.tensor([0L, 1L], [2, 1]).le(torch.tensor([0L, 1L])), 2));
        Assert.ThrowsAny<Exception>(() => target.add(target));
    }

    [Fact]
    public void CrossEntropyWithInt64TargetsEqualsFloatTargets()
    {
        torch.manual_seed(3);
        var logits = torch.randn(5, 4);
        var asFloat = F.cross_entropy(logits, torch.tensor([0f, 3f, 1f, 2f, 3f], [5]));
        var asLong = F.cross_entropy(logits, torch.tensor([0L, 3L, 1L, 2L, 3L]));
        Assert.Equal(asFloat.item(), asLong.item());
        var weighted = new CrossEntropyLoss(torch.tensor([1f, 2f, 0.5f, 1f], [4]));
        Assert.Equal(weighted.call(logits, torch.tensor([0f, 3f, 1f, 2f, 3f], [5])).item(), weighted.call(logits, torch.tensor([0L, 3L, 1L, 2L, 3L])).item());
        var l64 = F.cross_entropy(logits.@double(), torch.tensor([0L, 3L, 1L, 2L, 3L]));
        Assert.Equal(ScalarType.Float64, l64.dtype);
        Assert.Equal(asLong.item(), l64.item<double>(), 5);
        var focal = new FocalLoss(2.0);
        Assert.Equal(focal.call(logits, torch.tensor([0f, 3f, 1f, 2f, 3f], [5])).item(), focal.call(logits, torch.tensor([0L, 3L, 1L, 2L, 3L])).item());
    }

    [Fact]
    public void ModuleDoubleConvertsParametersInPlaceAndAdamKeepsFloat64State()
    {
        torch.manual_seed(1);
        var layer = new Linear(3, 2);
        var w = layer.weight;
        var before = w.ToArray();
        layer.@double();
        Assert.Same(w, layer.weight);
        Assert.Equal(ScalarType.Float64, w.dtype);
        Assert.Equal(Array.ConvertAll(before, v => (double)v), w.ToArray<double>());
        var opt = new Adam(layer.parameters(), lr: 0.1);
        var x = torch.randn([4, 3], torch.float64);
        F.mse_loss(layer.call(x), torch.zeros([4, 2], torch.float64)).backward();
        Assert.Equal(ScalarType.Float64, w.grad!.dtype);
        opt.step();
        Assert.Equal(ScalarType.Float64, w.dtype);
        Assert.NotEqual((double)before[0], w.ToArray<double>()[0]);
    }

    [Fact]
    public void LoadStateDictConvertsBetweenDtypesAsPyTorchCopy()
    {
        var a = new Linear(2, 2);
        var b = new Linear(2, 2);
        b.@double();
        b.load_state_dict(a.state_dict());
        Assert.Equal(ScalarType.Float64, b.weight.dtype);
        Assert.Equal(Array.ConvertAll(a.weight.ToArray(), v => (double)v), b.weight.ToArray<double>());
    }

    [Fact]
    public void SafeTensorsRoundTripsFloat64AndInt64()
    {
        var tensors = new Dictionary<string, Tensor>
        {
            ["d"] = torch.tensor([0.1, 1e-300, -3.5], [3]),
            ["l"] = torch.tensor([long.MaxValue, -1L, 7L, 0L], [2, 2]),
            ["f"] = torch.tensor([0.1f], [1]),
        };
        using var ms = new MemoryStream();
        SafeTensors.Save(tensors, ms);
        var back = SafeTensors.Load(ms.ToArray());
        Assert.Equal(ScalarType.Float64, back["d"].dtype);
        Assert.Equal(tensors["d"].ToArray<double>(), back["d"].ToArray<double>());
        Assert.Equal(ScalarType.Int64, back["l"].dtype);
        Assert.Equal(tensors["l"].ToArray<long>(), back["l"].ToArray<long>());
        Assert.Equal([2L, 2L], back["l"].shape);
        Assert.Equal(ScalarType.Float32, back["f"].dtype);
    }

    [Fact]
    public void SafeTensorsRefusesOtherDtypesByName()
    {
        var header = "{\"x\":{\"dtype\":\"U8\",\"shape\":[1],\"data_offsets\":[0,1]}}"u8.ToArray();
        var bytes = new byte[8 + header.Length + 1];
        BitConverter.TryWriteBytes(bytes.AsSpan(0, 8), (ulong)header.Length);
        header.CopyTo(bytes, 8);
        var ex = Assert.Throws<NotSupportedException>(() => SafeTensors.Load(bytes, "u8.safetensors"));
        Assert.Contains("U8", ex.Message, StringComparison.Ordinal);
        Assert.Contains("'x'", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void InPlaceWritesBumpTheVersionAndBackwardRefusesStaleFloat64Inputs()
    {
        var x = torch.randn([3], torch.float64).requires_grad_();
        var y = x.exp();
        var v = y._version;
        var z = y.exp();
        using (torch.no_grad())
        {
            y.mul_(2f);
        }

        Assert.Equal(v + 1, y._version);
        Assert.Throws<InvalidOperationException>(() => z.sum().backward());
    }

    [Fact]
    public void LeafGradientsAccumulateInFloat64()
    {
        var x = torch.tensor([1.0, 2.0], [2], requires_grad: true);
        (x * x).sum().backward();
        (x * 3f).sum().backward();
        Assert.Equal([5.0, 7.0], x.grad!.ToArray<double>());
    }

    [Fact]
    public void DisplayNamesTheDtype()
    {
        Assert.StartsWith("tensor (2,), float64, min 0.5, max 1.25, mean 0.875: [0.5, 1.25]", torch.tensor([0.5, 1.25]).ToString(), StringComparison.Ordinal);
        Assert.StartsWith("tensor (2,), int64, min 3, max 7, mean 5: [3, 7]", torch.tensor([3L, 7L]).ToString(), StringComparison.Ordinal);
        Assert.Contains(", float32", torch.tensor([1f], [1]).ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void AnOptimiserWithFloat32StateRefusesAParameterConvertedLater()
    {
        var layer = new Linear(2, 1);
        var opt = new Adam(layer.parameters());
        F.mse_loss(layer.call(torch.randn(3, 2)), torch.zeros(3, 1)).backward();
        opt.step();
        layer.@double();
        F.mse_loss(layer.call(torch.randn([3, 2], torch.float64)), torch.zeros([3, 1], torch.float64)).backward();
        var ex = Assert.Throws<InvalidOperationException>(opt.step);
        Assert.Contains("changed dtype to Float64", ex.Message, StringComparison.Ordinal);
    }

    private static float[][] ToRows(Tensor t, int width)
    {
        var flat = t.ToArray();
        var rows = new float[flat.Length / width][];
        for (var r = 0; r < rows.Length; r++)
        {
            rows[r] = flat[(r * width)..((r + 1) * width)];
        }

        return rows;
    }

    /// <summary>An optimiser written for float32 only (no UpdateF64), as a user's own might be.</summary>
    private sealed class Float32OnlyOptimizer(IEnumerable<Tensor> parameters) : MedNet.Tensors.Optim.Optimizer(parameters, 0.1)
    {
        protected override void Update(Tensor parameter, ReadOnlySpan<float> grad, double lr)
        {
        }
    }
}
