// SPDX-License-Identifier: MIT
using MedNet.Tensors.IO;
using MedNet.Tensors.NN;

namespace MedNet.Tensors.Tests.NN;

public class ModuleTests
{
    public ModuleTests() => torch.manual_seed(20);

    private static Sequential Net() => torch.nn.Sequential(torch.nn.Conv1d(2, 4, 3, padding: 1), torch.nn.BatchNorm1d(4), torch.nn.ReLU(), torch.nn.Conv1d(4, 1, 1));

    [Fact]
    public void StateDict_Names_FollowPyTorchDottedPaths()
    {
        var keys = Net().state_dict().Keys.ToArray();
        Assert.Equal(new[] { "0.weight", "0.bias", "1.weight", "1.bias", "3.weight", "3.bias", "1.running_mean", "1.running_var", "1.num_batches_tracked" }, keys);
    }

    [Fact]
    public void SaveLoad_Safetensors_RoundTrips()
    {
        var a = Net();
        var b = Net();
        var path = Path.Combine(Path.GetTempPath(), $"mednet-{Guid.NewGuid():N}.safetensors");
        try
        {
            a.save(path);
            b.load(path);
        }
        finally
        {
            File.Delete(path);
        }

        foreach (var (name, t) in a.state_dict())
        {
            Assert.Equal(t.dtype, b.state_dict()[name].dtype);
            Assert.Equal(t.to(ScalarType.Float64).ToArray<double>(), b.state_dict()[name].to(ScalarType.Float64).ToArray<double>());
        }
    }

    [Fact]
    public void LoadStateDict_MissingExtraAndMisShaped_NamesEach()
    {
        var sd = Net().state_dict();
        sd.Remove("0.bias");
        sd["extra.weight"] = torch.zeros(1);
        sd["3.weight"] = torch.zeros(2, 4, 1);
        var ex = Assert.Throws<StateDictException>(() => Net().load_state_dict(sd));
        Assert.Equal(new[] { "0.bias" }, ex.missing_keys);
        Assert.Equal(new[] { "extra.weight" }, ex.unexpected_keys);
        Assert.Contains("3.weight: expected (1, 4, 1) but got (2, 4, 1)", ex.Message);
    }

    [Fact]
    public void SafeTensors_TruncatedFile_ThrowsNamingSource()
    {
        var ex = Assert.Throws<InvalidDataException>(() => SafeTensors.Load(new byte[] { 255, 0, 0, 0, 0, 0, 0, 0, 1 }, "weights.safetensors"));
        Assert.Contains("weights.safetensors", ex.Message);
    }

    [Fact]
    public void TrainEval_PropagatesToChildren()
    {
        var net = Net();
        net.eval();
        Assert.All(net.named_modules(), m => Assert.False(m.module.training));
        net.train();
        Assert.All(net.named_modules(), m => Assert.True(m.module.training));
    }

    [Fact]
    public void Hooks_ReadOutputAndItsGradient()
    {
        var net = Net();
        var conv = (Conv1d)net[0];
        Tensor? activation = null;
        Tensor? gradient = null;
        using var h1 = conv.register_forward_hook((m, i, o) => activation = o);
        using var h2 = conv.register_full_backward_hook((m, g) => gradient = g);
        net.call(torch.randn(2, 2, 8)).sum().backward();
        Assert.Equal(new long[] { 2, 4, 8 }, activation!.shape);
        Assert.Equal(activation.shape, gradient!.shape);
    }

    [Fact]
    public void Summary_ListsShapesAndCounts()
    {
        var text = ModuleSummary.summary(Net(), 2, 2, 8);
        Assert.Contains("(2, 4, 8)", text);
        Assert.Contains("(2, 1, 8)", text);
        Assert.Contains($"Total params: {(2 * 4 * 3) + 4 + 8 + 4 + 1:N0}", text);
    }

    [Fact]
    public void Display_Formatters_WriteShapeAndStats()
    {
        var t = torch.tensor([1f, 2f, 3f, 4f], [2, 2]);
        var attr = typeof(Tensor).GetCustomAttributes(typeof(MedNet.Tensors.Display.TypeFormatterSourceAttribute), false);
        Assert.Single(attr);
        var source = new MedNet.Tensors.Display.TensorFormatterSource();
        foreach (MedNet.Tensors.Display.TensorFormatter f in source.CreateTypeFormatters())
        {
            using var w = new StringWriter();
            Assert.True(f.Format(t, w));
            Assert.Contains("(2, 2)", w.ToString());
            Assert.Contains("2.5", w.ToString());
        }
    }
}
