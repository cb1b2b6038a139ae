// SPDX-License-Identifier: MIT
using MedNet.Tensors.IO;
using MedNet.Tensors.NN;
using MedNet.Tensors.Optim;
using F = MedNet.Tensors.torch.nn.functional;

namespace MedNet.Tensors.Tests.DType;

/// <summary>float64 forward and gradients against PyTorch 1.13 in float64 (tools/fixtures/make_float64_fixtures.py), to 1e-10.</summary>
public sealed class Float64ParityTests
{
    private const double Atol = 1e-10;
    private const double Rtol = 1e-9;

    [Fact]
    public void Conv1dStridedDilatedGrouped()
    {
        var f = Load("conv1d");
        var conv = new Conv1d(4, 6, 3, stride: 2, padding: 2, dilation: 2, groups: 2);
        conv.@double();
        LoadParams(f, conv);
        var x = Input(f, "x");
        var y = conv.call(x);
        Backward(f, ("y", y));
        Close(f, "out.y", y);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.param.weight", conv.weight.grad!);
        Close(f, "grad.param.bias", conv.bias!.grad!);
    }

    [Fact]
    public void WeightNormCausalConvAsDtaadTcnLevel()
    {
        var f = Load("weight_norm_causal");
        var g = Param(f, "conv.weight_g");
        var v = Param(f, "conv.weight_v");
        var b = Param(f, "conv.bias");
        var x = Input(f, "x");
        var y = F.weight_norm_causal_conv1d(x, g, v, b, dilation: 2);
        Backward(f, ("y", y));
        Close(f, "out.y", y);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.param.conv.weight_g", g.grad!);
        Close(f, "grad.param.conv.weight_v", v.grad!);
        Close(f, "grad.param.conv.bias", b.grad!);
    }

    [Fact]
    public void ConvTranspose1d()
    {
        var f = Load("conv_transpose1d");
        var layer = new ConvTranspose1d(3, 2, 4, stride: 2, padding: 1, output_padding: 1);
        layer.@double();
        LoadParams(f, layer);
        var x = Input(f, "x");
        var y = layer.call(x);
        Backward(f, ("y", y));
        Close(f, "out.y", y);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.param.weight", layer.weight.grad!);
    }

    [Fact]
    public void MultiheadSelfAttentionWithWeights()
    {
        var f = Load("multihead_attention");
        var mha = new MultiheadAttention(4, 2, batch_first: true);
        mha.@double();
        mha.eval();
        LoadParams(f, mha);
        var x = Input(f, "x");
        var (y, w) = mha.forward(x, x, x);
        Backward(f, ("y", y), ("weights", w!));
        Close(f, "out.y", y);
        Close(f, "out.weights", w!);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.param.in_proj_weight", mha.in_proj_weight.grad!);
        Close(f, "grad.param.out_proj.weight", mha.out_proj.weight.grad!);
    }

    [Fact]
    public void LayerNorm()
    {
        var f = Load("layer_norm");
        var ln = new LayerNorm([5]);
        ln.@double();
        LoadParams(f, ln);
        var x = Input(f, "x");
        var y = ln.call(x);
        Backward(f, ("y", y));
        Close(f, "out.y", y);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.param.weight", ln.weight!.grad!);
    }

    [Fact]
    public void BatchNorm1dTrainingUpdatesFloat64RunningStatistics()
    {
        var f = Load("batch_norm1d");
        var bn = new BatchNorm1d(3);
        bn.@double();
        LoadParams(f, bn);
        var x = Input(f, "x");
        var y = bn.call(x);
        Backward(f, ("y", y));
        Close(f, "out.y", y);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "after.running_mean", bn.running_mean!);
        Close(f, "after.running_var", bn.running_var!);
        Assert.Equal(ScalarType.Int64, f["after.num_batches_tracked"].dtype);
        Assert.Equal(f["after.num_batches_tracked"].item<long>(), (long)bn.num_batches_tracked!.item<double>());
    }

    [Fact]
    public void CrossEntropyWithInt64TargetsFromPyTorch()
    {
        var f = Load("cross_entropy_int64");
        var target = f["in.target"];
        Assert.Equal(ScalarType.Int64, target.dtype);
        var fc = new Linear(5, 4);
        fc.@double();
        fc.load_state_dict(new Dictionary<string, Tensor> { ["weight"] = f["param.fc.weight"], ["bias"] = f["param.fc.bias"] });
        var x = Input(f, "x");
        var logits = fc.call(x);
        var sm = F.softmax(logits, -1);
        var ce = F.cross_entropy(logits, target).reshape(1);
        Backward(f, ("logits", logits), ("softmax", sm), ("ce", ce));
        Close(f, "out.ce", ce);
        Close(f, "out.softmax", sm);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.param.fc.weight", fc.weight.grad!);
    }

    [Fact]
    public void AdamStepsOnAFloat64Parameter()
    {
        var f = Load("adam_steps");
        var p = f["param.p"].clone().detach().requires_grad_();
        var opt = new Adam([p], lr: 0.1, weight_decay: 0.01);
        for (var k = 0; k < 3; k++)
        {
            p.grad = f["grad.step" + k].clone();
            opt.step();
        }

        Close(f, "after.p", p);
    }

    [Fact]
    public void ReadsAFileInPyTorchsLayoutBitExactly()
    {
        var f = Load("format");
        var a = f["arange_over_3"].ToArray<double>();
        for (var i = 0; i < a.Length; i++)
        {
            Assert.Equal(BitConverter.DoubleToInt64Bits(i / 3.0), BitConverter.DoubleToInt64Bits(a[i]));
        }

        var tiny = f["tiny"].ToArray<double>();
        Assert.Equal(double.Epsilon, tiny[0]);
        Assert.Equal(1e-300, tiny[1]);
        Assert.True(double.IsNegative(tiny[2]) && tiny[2] == 0);
        Assert.Equal(1.0 / 3.0, tiny[3]);
        Assert.Equal(ScalarType.Int64, f["labels"].dtype);
        Assert.Equal([0L, -1L, 1L << 62, 7L], f["labels"].ToArray<long>());
        Assert.Equal(ScalarType.Float32, f["f32"].dtype);
        using var ms = new MemoryStream();
        SafeTensors.Save(f, ms);
        var again = SafeTensors.Load(ms.ToArray());
        Assert.Equal(f["tiny"].ToArray<double>(), again["tiny"].ToArray<double>());
        Assert.Equal(f["labels"].ToArray<long>(), again["labels"].ToArray<long>());
    }

    private static Dictionary<string, Tensor> Load(string name) =>
        SafeTensors.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", "f64_" + name + ".safetensors"));

    private static Tensor Input(Dictionary<string, Tensor> f, string name) => f["in." + name].clone().detach().requires_grad_();

    private static Tensor Param(Dictionary<string, Tensor> f, string name) => f["param." + name].clone().detach().requires_grad_();

    private static void LoadParams(Dictionary<string, Tensor> f, Module module)
    {
        var sd = new Dictionary<string, Tensor>();
        foreach (var (k, v) in f)
        {
            if (k.StartsWith("param.", StringComparison.Ordinal))
            {
                sd[k["param.".Length..]] = v;
            }
        }

        module.load_state_dict(sd);
    }

    private static void Backward(Dictionary<string, Tensor> f, params (string Name, Tensor Y)[] outputs)
    {
        Tensor? loss = null;
        foreach (var (name, y) in outputs)
        {
            var term = (y * f["in.proj." + name]).sum();
            loss = loss is null ? term : loss + term;
        }

        loss!.backward();
    }

    private static void Close(Dictionary<string, Tensor> f, string name, Tensor actual)
    {
        var expected = f[name];
        Assert.Equal(ScalarType.Float64, expected.dtype);
        Assert.Equal(ScalarType.Float64, actual.dtype);
        Assert.Equal(expected.shape, actual.shape);
        var e = expected.ToArray<double>();
        var a = actual.ToArray<double>();
        for (var i = 0; i < e.Length; i++)
        {
            var diff = Math.Abs(a[i] - e[i]);
            Assert.True(diff <= Atol + (Rtol * Math.Abs(e[i])), $"{name}[{i}]: ours {a[i]:G17} vs PyTorch {e[i]:G17} (diff {diff:G3}).");
        }
    }
}
