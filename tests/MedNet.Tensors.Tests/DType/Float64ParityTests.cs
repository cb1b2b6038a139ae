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
    public void ConvTranspose1dGroupedDilated()
    {
        var f = Load("conv_transpose1d_grouped");
        var layer = new ConvTranspose1d(4, 6, 3, stride: 2, padding: 1, output_padding: 1, groups: 2, dilation: 2);
        layer.@double();
        LoadParams(f, layer);
        var x = Input(f, "x");
        var y = layer.call(x);
        Backward(f, ("y", y));
        Close(f, "out.y", y);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.param.weight", layer.weight.grad!);
        Close(f, "grad.param.bias", layer.bias!.grad!);
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
        Assert.Equal(f["after.num_batches_tracked"].item<long>(), bn.num_batches_tracked!.item<long>());
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

    [Fact]
    public void ScaledDotProductAndSelfAttention()
    {
        var f = Load("attention");
        var (q, k, v, qkv) = (Input(f, "q"), Input(f, "k"), Input(f, "v"), Input(f, "qkv"));
        var sdpa = F.scaled_dot_product_attention(q, k, v);
        var self = F.self_attention(qkv, 2);
        Backward(f, ("sdpa", sdpa), ("self", self));
        Close(f, "out.sdpa", sdpa);
        Close(f, "out.self", self);
        Close(f, "grad.in.q", q.grad!);
        Close(f, "grad.in.k", k.grad!);
        Close(f, "grad.in.v", v.grad!);
        Close(f, "grad.in.qkv", qkv.grad!);
    }

    [Fact]
    public void MultiheadCrossAttentionWithAttnMaskAndKeyPadding()
    {
        var f = Load("mha_masked");
        var mha = new MultiheadAttention(4, 2);
        mha.@double();
        LoadParams(f, mha);
        var (q, kv) = (Input(f, "q"), Input(f, "kv"));
        var (y, w) = mha.forward(q, kv, kv, key_padding_mask: f["in.padding"], attn_mask: f["in.mask"], average_attn_weights: false);
        Backward(f, ("y", y), ("weights", w!));
        Close(f, "out.y", y);
        Close(f, "out.weights", w!);
        Close(f, "grad.in.q", q.grad!);
        Close(f, "grad.in.kv", kv.grad!);
        Close(f, "grad.param.in_proj_weight", mha.in_proj_weight.grad!);
        Close(f, "grad.param.in_proj_bias", mha.in_proj_bias!.grad!);
        Close(f, "grad.param.out_proj.weight", mha.out_proj.weight.grad!);
    }

    [Fact]
    public void LstmTwoLayersBidirectionalFromState()
    {
        var f = Load("lstm");
        var lstm = new LSTM(3, 4, num_layers: 2, batch_first: true, bidirectional: true);
        lstm.@double();
        LoadParams(f, lstm);
        var (x, h0, c0) = (Input(f, "x"), Input(f, "h0"), Input(f, "c0"));
        var (y, (hn, cn)) = lstm.forward(x, (h0, c0));
        Backward(f, ("y", y), ("h_n", hn), ("c_n", cn));
        Close(f, "out.y", y);
        Close(f, "out.h_n", hn);
        Close(f, "out.c_n", cn);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.in.h0", h0.grad!);
        Close(f, "grad.in.c0", c0.grad!);
        foreach (var (name, p) in lstm.named_parameters())
        {
            Close(f, "grad.param." + name, p.grad!);
        }
    }

    [Fact]
    public void LstmWithoutBiasSequenceFirst()
    {
        var f = Load("lstm_no_bias");
        var lstm = new LSTM(3, 2, bias: false);
        lstm.@double();
        LoadParams(f, lstm);
        var x = Input(f, "x");
        var y = lstm.call(x).output;
        Backward(f, ("y", y));
        Close(f, "out.y", y);
        Close(f, "grad.in.x", x.grad!);
        Close(f, "grad.param.weight_ih_l0", lstm.named_parameters().Single(p => p.name == "weight_ih_l0").parameter.grad!);
        Close(f, "grad.param.weight_hh_l0", lstm.named_parameters().Single(p => p.name == "weight_hh_l0").parameter.grad!);
    }

    [Fact]
    public void PoolingAndUpsample()
    {
        var f = Load("pooling");
        var x = Input(f, "x");
        (string Name, Tensor Y)[] outs =
        [
            ("max", new MaxPool1d(3, stride: 2, padding: 1).call(x)),
            ("avg", new AvgPool1d(3, stride: 2, padding: 1).call(x)),
            ("avg_exclude", new AvgPool1d(3, stride: 2, padding: 1, count_include_pad: false).call(x)),
            ("adaptive_avg", new AdaptiveAvgPool1d(3).call(x)),
            ("adaptive_max", new AdaptiveMaxPool1d(3).call(x)),
            ("nearest_size", new Upsample(size: 10).call(x)),
            ("nearest_scale", new Upsample(scale_factor: 2.0).call(x)),
            ("linear_scale", new Upsample(scale_factor: 2.5, mode: UpsampleMode.Linear).call(x)),
            ("linear_aligned", new Upsample(size: 11, mode: UpsampleMode.Linear, align_corners: true).call(x)),
        ];
        Backward(f, outs);
        foreach (var (name, y) in outs)
        {
            Close(f, "out." + name, y);
        }

        Close(f, "grad.in.x", x.grad!);
    }

    [Fact]
    public void SmallModelWithEveryNewLayerTrainsOneAdamStepAsPyTorch()
    {
        var f = Load("small_model_adam");
        var model = new SmallModel();
        model.@double();
        LoadParams(f, model);
        var opt = new Adam(model.parameters(), lr: 0.01);
        var logits = model.call(f["in.x"]);
        var loss = F.cross_entropy(logits, f["in.target"]);
        loss.backward();
        Close(f, "out.logits", logits);
        Close(f, "out.loss", loss.reshape(1));
        var names = 0;
        foreach (var (name, p) in model.named_parameters())
        {
            Assert.Equal(ScalarType.Float64, p.dtype);
            Close(f, "grad.param." + name, p.grad!);
            names++;
        }

        Assert.Equal(f.Keys.Count(k => k.StartsWith("grad.param.", StringComparison.Ordinal)), names);
        opt.step();
        foreach (var (name, p) in model.named_parameters())
        {
            Close(f, "after.param." + name, p);
        }
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

    /// <summary>The fixture's Small: Conv1d → ReLU → MaxPool1d(2) → Upsample(×2, linear) → bidirectional LSTM → self-attention → AvgPool1d(2) → adaptive avg ‖ max → Linear.</summary>
    private sealed class SmallModel : Module<Tensor, Tensor>
    {
        private readonly Conv1d _conv;
        private readonly LSTM _lstm;
        private readonly MultiheadAttention _mha;
        private readonly Linear _head;

        public SmallModel()
        {
            _conv = register_module("conv", new Conv1d(2, 4, 3, padding: 1));
            _lstm = register_module("lstm", new LSTM(4, 4, batch_first: true, bidirectional: true));
            _mha = register_module("mha", new MultiheadAttention(8, 2, batch_first: true));
            _head = register_module("head", new Linear(16, 3));
        }

        public override Tensor forward(Tensor input)
        {
            var h = new MaxPool1d(2).call(_conv.call(input).relu());
            h = new Upsample(scale_factor: 2, mode: UpsampleMode.Linear).call(h);
            var s = _lstm.call(h.transpose(1, 2)).output;
            var a = _mha.forward(s, s, s, need_weights: false).output;
            a = new AvgPool1d(2).call(a.transpose(1, 2));
            var z = torch.cat([new AdaptiveAvgPool1d(1).call(a), new AdaptiveMaxPool1d(1).call(a)], 1).squeeze(-1);
            return _head.call(z);
        }
    }
}
