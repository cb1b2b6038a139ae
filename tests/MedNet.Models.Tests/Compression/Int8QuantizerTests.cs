// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Models.Compression;
using MedNet.Models.Tests.Classification;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Models.Tests.Compression;

/// <summary>Per-channel int8 quantisation: error bound, one scale per output channel, the layers it covers, the file and a named error.</summary>
public class Int8QuantizerTests
{
    [Fact]
    public void Quantize_RoundTripError_IsAtMostHalfAScalePerWeight()
    {
        torch.manual_seed(3);
        var w = torch.randn(6, 4, 5) * 0.3f;
        var q = QuantizedTensor.Quantize("w", w.data(), w.shape);
        var back = q.Dequantize();
        var values = w.data();
        for (var i = 0; i < back.Length; i++)
        {
            var scale = q.Scales[i / 20];
            Assert.True(Math.Abs(values[i] - back[i]) <= (scale / 2) + 1e-7, $"weight {i}: |{values[i]} − {back[i]}| > {scale / 2}");
        }
    }

    [Fact]
    public void Quantize_ScalesArePerOutputChannel_AndTheLargestWeightMapsTo127()
    {
        // Row c holds values up to 10^c, so one shared scale would crush rows 0 and 1 to a few levels.
        var data = new float[] { 0.5f, -1f, 0.25f, 10f, -5f, 2f, -100f, 50f, 1f };
        var q = QuantizedTensor.Quantize("w", data, [3, 3]);
        Assert.Equal(3, q.Scales.Length);
        Assert.Equal(1f / 127, q.Scales[0], 6);
        Assert.Equal(10f / 127, q.Scales[1], 5);
        Assert.Equal(100f / 127, q.Scales[2], 4);
        Assert.Equal(new sbyte[] { 64, -127, 32, 127, -64, 25, -127, 64, 1 }, q.Values);
    }

    [Fact]
    public void Quantize_ZeroChannel_HasZeroScaleAndDequantisesToZero()
    {
        var q = QuantizedTensor.Quantize("w", new float[] { 0, 0, 1, -2 }, [2, 2]);
        Assert.Equal(0f, q.Scales[0]);
        var back = q.Dequantize();
        Assert.Equal(0f, back[0]);
        Assert.Equal(0f, back[1]);
        Assert.Equal(64 * 2f / 127, back[2], 6);
        Assert.Equal(-2f, back[3], 6);
    }

    [Fact]
    public void Quantize_NonFiniteWeight_NamesTheIndex()
    {
        var ex = Assert.Throws<ArgumentException>(() => QuantizedTensor.Quantize("fc.weight", new float[] { 1, float.NaN }, [1, 2]));
        Assert.Contains("fc.weight", ex.Message, StringComparison.Ordinal);
        Assert.Contains("value[1]", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Quantize_Classifier_Int8ForConvLinearLstmAttention_FloatForBiasesAndNorms()
    {
        torch.manual_seed(1);
        var model = new MsaClassifier(TinyConfigs.Full() with { BranchConvolution = ConvolutionKind.DepthwiseSeparable });
        var qm = Int8Quantizer.Quantize(model);
        var int8 = qm.Quantised.Select(q => q.Name).ToHashSet();
        Assert.Contains("stem.conv.weight", int8);
        Assert.Contains("block0.branch0.depthwise.weight", int8);
        Assert.Contains("block0.branch0.pointwise.weight", int8);
        Assert.Contains("lstm.weight_ih_l0", int8);
        Assert.Contains("lstm.weight_hh_l1_reverse", int8);
        Assert.Contains("self_attention.attention.in_proj_weight", int8);
        Assert.Contains("self_attention.attention.out_proj.weight", int8);
        Assert.Contains("fc2.weight", int8);
        var floats = qm.Floats.Select(f => f.Key).ToHashSet();
        Assert.Contains("stem.bn.weight", floats);
        Assert.Contains("stem.bn.running_var", floats);
        Assert.Contains("lstm.bias_ih_l0", floats);
        Assert.Contains("fc2.bias", floats);
        Assert.DoesNotContain("stem.conv.weight", floats);

        // Every state-dict tensor is stored exactly once, and the per-channel scale count is axis 0 of each weight.
        Assert.Equal(model.state_dict().Count, int8.Count + floats.Count);
        foreach (var q in qm.Quantised)
        {
            Assert.Equal(q.Shape[0], q.Scales.Length);
        }

        Assert.Equal(model.parameter_count(), qm.Int8Values + qm.Float32Values - qm.Quantised.Sum(q => q.Scales.LongLength) - model.named_buffers().Sum(b => b.buffer.numel()));
    }

    [Fact]
    public void SaveLoad_FileLengthIsStoredBytes_AndTheDequantisedModelMatchesItsSource()
    {
        torch.manual_seed(2);
        var model = new MsaClassifier(TinyConfigs.Full());
        model.eval();
        var qm = Int8Quantizer.Quantize(model);
        using var ms = new MemoryStream();
        qm.Save(ms);
        Assert.Equal(ms.Length, qm.StoredBytes());

        // Payload: one byte per int8 value and four per float; the rest is the header.
        var payload = qm.Int8Values + (4 * qm.Float32Values);
        Assert.InRange(ms.Length - payload, 8, 64 * 1024);
        ms.Position = 0;
        var loaded = QuantizedModel.Load(ms);
        var copy = new MsaClassifier(TinyConfigs.Full());
        loaded.LoadInto(copy);
        copy.eval();
        var direct = new MsaClassifier(TinyConfigs.Full());
        qm.LoadInto(direct);
        direct.eval();
        var x = MsaPriors.Append(torch.randn(2, 1, 64), MsaPriors.Build([[20], [30]], 64, 360));
        using (torch.no_grad())
        {
            Assert.Equal(direct.call(x).ToArray(), copy.call(x).ToArray());
            var original = model.call(x).ToArray();
            var dequantised = copy.call(x).ToArray();
            for (var i = 0; i < original.Length; i++)
            {
                Assert.True(Math.Abs(original[i] - dequantised[i]) < 0.05, $"logit {i}: float {original[i]} vs int8 {dequantised[i]}");
            }
        }
    }

    [Fact]
    public void Quantize_SmallerThanFloat32_ForAConvNetwork()
    {
        torch.manual_seed(4);
        var model = new MsaClassifier(MsaLadder.Compressed() with { StemChannels = 16, BranchChannels = 16, BlockChannels = 48, Heads = 4, LstmHidden = 16 });
        var qm = Int8Quantizer.Quantize(model);
        using var ms = new MemoryStream();
        Tensors.IO.SafeTensors.Save(model.state_dict(), ms);
        Assert.InRange(qm.StoredBytes() / (double)ms.Length, 0.25, 0.40);
    }

    [Fact]
    public void Quantize_UnsupportedModuleWithParameters_ThrowsNamedError_UnlessKeptAsFloat()
    {
        var model = new Holder();
        var ex = Assert.Throws<UnsupportedModuleException>(() => Int8Quantizer.Quantize(model));
        Assert.Equal("gain", ex.ModulePath);
        Assert.Equal(nameof(Gain), ex.ModuleType);
        Assert.Equal(["g"], ex.Parameters);
        Assert.Contains("'gain' (Gain)", ex.Message, StringComparison.Ordinal);

        var kept = Int8Quantizer.Quantize(model, keepUnsupportedAsFloat: true);
        Assert.Equal(["gain.g (Gain)"], kept.KeptAsFloat);
        Assert.Contains(kept.Floats, f => f.Key == "gain.g");
        Assert.Contains(kept.Quantised, q => q.Name == "fc.weight");
    }

    [Fact]
    public void LoadInto_OtherArchitecture_ThrowsStateDictException()
    {
        var qm = Int8Quantizer.Quantize(new Linear(3, 2));
        Assert.Throws<StateDictException>(() => qm.LoadInto(new Linear(4, 2)));
    }

    private sealed class Gain : Module<Tensor, Tensor>
    {
        public Gain() => g = register_parameter("g", torch.ones(3));

        public Tensor g { get; }

        public override Tensor forward(Tensor input) => input * g;
    }

    private sealed class Holder : Module<Tensor, Tensor>
    {
        public Holder()
        {
            fc = register_module("fc", new Linear(3, 3));
            gain = register_module("gain", new Gain());
        }

        public Linear fc { get; }

        public Gain gain { get; }

        public override Tensor forward(Tensor input) => gain.call(fc.call(input));
    }
}
