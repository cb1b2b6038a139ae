// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Models.Complexity;
using MedNet.Tensors;
using MedNet.Tensors.NN;

namespace MedNet.Experiments.MsaPaper;

/// <summary>One network an [MSA] experiment trains or times: its key, printed label, architecture record and data switch.</summary>
/// <param name="Id">Metric prefix, e.g. <c>baseline</c>.</param>
/// <param name="Label">The row as the paper prints it, e.g. "Baseline CNN-LSTM".</param>
/// <param name="Architecture">An <see cref="MsaClassifierConfig"/>, <see cref="ResNet1dConfig"/> or <see cref="CnnTransformerConfig"/>.</param>
/// <param name="HighFrequencyPreservation">Whether the row's data use the 0.5–150 Hz preprocessing (Table 2's "+ HF Preservation" switch).</param>
public sealed record MsaModelSpec(string Id, string Label, object Architecture, bool HighFrequencyPreservation)
{
    /// <summary>Whether the network reads the QRS and ST-T priors as two extra input channels (guided attention).</summary>
    public bool Priors => Architecture is MsaClassifierConfig { SpatialAttention: SpatialAttentionKind.Guided };

    /// <summary>Input leads.</summary>
    public int Leads => Architecture switch
    {
        MsaClassifierConfig c => c.InputLeads,
        ResNet1dConfig r => r.InputLeads,
        CnnTransformerConfig t => t.InputLeads,
        _ => throw new InvalidOperationException($"MsaModelSpec {Id}: unknown architecture {Architecture.GetType().Name}."),
    };

    /// <summary>Builds the network from the default generator (seed it first).</summary>
    /// <returns>The module.</returns>
    public Module<Tensor, Tensor> Build() => Architecture switch
    {
        MsaClassifierConfig c => new MsaClassifier(c),
        ResNet1dConfig r => new ResNet1d(r),
        CnnTransformerConfig t => new CnnTransformer(t),
        _ => throw new InvalidOperationException($"MsaModelSpec {Id}: unknown architecture {Architecture.GetType().Name}."),
    };

    /// <summary>The same row with another architecture record (e.g. at other widths).</summary>
    /// <param name="architecture">The replacement.</param>
    /// <returns>The spec.</returns>
    public MsaModelSpec With(object architecture) => this with { Architecture = architecture };

    /// <summary>FLOPs of one forward pass on (1, C, length) counted from the layers (D-MS-33).</summary>
    /// <param name="model">A network built by <see cref="Build"/>.</param>
    /// <param name="length">Samples (3600 per 10 s segment).</param>
    /// <returns>The report.</returns>
    public FlopReport Flops(Module<Tensor, Tensor> model, long length) =>
        FlopCounter.Count(model as IFlopCounted ?? throw new InvalidOperationException($"MsaModelSpec {Id}: {model.GetType().Name} does not count its FLOPs."), Leads, length);

    /// <summary>A batch-1 input of <paramref name="length"/> samples with priors appended when the network needs them (R every 0.8 s).</summary>
    /// <param name="length">Samples.</param>
    /// <param name="samplingRate">Sampling rate in Hz.</param>
    /// <returns>(1, C or C + 2, length).</returns>
    public Tensor ExampleInput(int length, double samplingRate)
    {
        var x = torch.randn(1, Leads, length);
        if (!Priors)
        {
            return x;
        }

        var peaks = new List<int>();
        for (var r = (int)(0.4 * samplingRate); r < length; r += (int)(0.8 * samplingRate))
        {
            peaks.Add(r);
        }

        return MsaPriors.Append(x, MsaPriors.Build([[.. peaks]], length, samplingRate));
    }
}
