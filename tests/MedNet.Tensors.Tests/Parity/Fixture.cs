// SPDX-License-Identifier: MIT
using MedNet.Tensors.IO;
using MedNet.Tensors.NN;

namespace MedNet.Tensors.Tests.Parity;

/// <summary>One committed PyTorch fixture: tensors named in.*, param.*, out.*, grad.*, after.* (see tools/fixtures/README.md).</summary>
internal sealed class Fixture
{
    private readonly Dictionary<string, Tensor> _tensors;

    private Fixture(Dictionary<string, Tensor> tensors) => _tensors = tensors;

    public static Fixture Load(string name) => new(SafeTensors.Load(Path.Combine(AppContext.BaseDirectory, "Fixtures", name + ".safetensors")));

    public Tensor this[string name] => _tensors.TryGetValue(name, out var t) ? t : throw new KeyNotFoundException($"fixture: expected tensor '{name}' but the file has {string.Join(", ", _tensors.Keys)}.");

    /// <summary>A fresh copy of an input, with requires_grad set.</summary>
    public Tensor Input(string name) => this["in." + name].clone().detach().requires_grad_();

    public void LoadParameters(Module module)
    {
        var sd = new Dictionary<string, Tensor>();
        foreach (var (k, v) in _tensors)
        {
            if (k.StartsWith("param.", StringComparison.Ordinal))
            {
                sd[k["param.".Length..]] = v;
            }
        }

        module.load_state_dict(sd);
    }

    /// <summary>Loss = Σ_name sum(y * proj.name), as the script computed it.</summary>
    public Tensor Loss(params (string Name, Tensor Output)[] outputs)
    {
        Tensor? loss = null;
        foreach (var (name, y) in outputs)
        {
            var term = (y * this["in.proj." + name]).sum();
            loss = loss is null ? term : loss + term;
        }

        return loss!;
    }

    public void AssertClose(string name, Tensor actual)
    {
        var expected = this[name];
        Assert.Equal(expected.shape, actual.shape);
        var e = expected.ToArray();
        var a = actual.ToArray();
        for (var i = 0; i < e.Length; i++)
        {
            var diff = Math.Abs(a[i] - e[i]);
            Assert.True(diff <= Tolerances.ParityAtol + (Tolerances.ParityRtol * Math.Abs(e[i])), $"{name}[{i}]: ours {a[i]:G9} vs PyTorch {e[i]:G9} (diff {diff:G3}).");
        }
    }

    public void AssertParameterGrads(Module module)
    {
        foreach (var (n, p) in module.named_parameters())
        {
            AssertClose("grad.param." + n, p.grad ?? throw new InvalidOperationException($"parity: parameter {n} has no gradient."));
        }
    }
}
