// SPDX-License-Identifier: MIT
using MedNet.Models.Classification;
using MedNet.Tensors;
using MedNet.Tensors.NN;
using MedNet.Tensors.Optim;

namespace MedNet.Benchmarks.Twin;

/// <summary>
/// [MSA] classifier twin workloads (issue 14): the Table 2 full network (12 leads, paper widths) trained one Adam step at
/// batch 32 on 2.5 s windows (900 samples, what every profile trains on, D-MS-04), and the compressed network's batch-1
/// inference on one 10 s segment. Twins in tools/twin/workloads_msa.py, with the same parameter count (asserted there).
/// </summary>
internal static class MsaWorkloads
{
    /// <summary>Training batch.</summary>
    internal const int TrainBatch = 32;

    /// <summary>Training window: 2.5 s at 360 Hz.</summary>
    internal const int TrainLength = 900;

    /// <summary>Leads.</summary>
    internal const int Leads = 12;

    /// <summary>Factories, one per workload.</summary>
    internal static IReadOnlyList<Func<ITwinWorkload>> All { get; } =
    [
        () => new MsaFullTrainStep(),
        () => new MsaCompressedInference(),
    ];

    /// <summary>A seeded network with its parameter count printed (the Python twin prints and asserts its own).</summary>
    internal static MsaClassifier Build(MsaClassifierConfig config)
    {
        torch.manual_seed(0);
        var model = new MsaClassifier(config);
        Console.Error.WriteLine($"msa kit ({config.BranchConvolution} branches, {config.InputLeads} leads): parameters {model.parameter_count():N0}");
        return model;
    }

    /// <summary>(B, 12 + 2, L): random leads and the QRS / ST-T priors of an R every 0.8 s.</summary>
    internal static Tensor Inputs(int batch, int length)
    {
        var peaks = new List<int>();
        for (var r = (int)(0.4 * 360); r < length; r += (int)(0.8 * 360))
        {
            peaks.Add(r);
        }

        var rows = new int[batch][];
        for (var b = 0; b < batch; b++)
        {
            rows[b] = [.. peaks];
        }

        return MsaPriors.Append(torch.randn(batch, Leads, length), MsaPriors.Build(rows, length, 360));
    }
}

/// <summary>One training step of the full network: zero_grad, forward, cross-entropy, backward, Adam(lr 1e-3).</summary>
internal sealed class MsaFullTrainStep : ITwinWorkload
{
    private MsaClassifier _model = null!;
    private Adam _opt = null!;
    private Tensor _x = null!;
    private Tensor _y = null!;

    public string Name => "msa_full/train_adam";

    public int Threads { get; set; } = 1;

    public void Setup()
    {
        _model = MsaWorkloads.Build(MsaLadder.Full(MsaWorkloads.Leads));
        _model.train();
        _x = MsaWorkloads.Inputs(MsaWorkloads.TrainBatch, MsaWorkloads.TrainLength);
        var labels = new float[MsaWorkloads.TrainBatch];
        for (var i = 0; i < labels.Length; i++)
        {
            labels[i] = i % 5;
        }

        _y = torch.tensor(labels);
        _opt = torch.optim.Adam(_model.parameters(), lr: 1e-3);
    }

    public void Run()
    {
        _opt.zero_grad();
        torch.nn.functional.cross_entropy(_model.call(_x), _y).backward();
        _opt.step();
    }
}

/// <summary>The compressed network's inference on one 10 s segment: eval mode, no_grad, batch 1, 3600 samples.</summary>
internal sealed class MsaCompressedInference : ITwinWorkload
{
    private Module<Tensor, Tensor> _model = null!;
    private Tensor _x = null!;

    public string Name => "msa_compressed/infer";

    public int Threads { get; set; } = 1;

    public void Setup()
    {
        _model = MsaWorkloads.Build(MsaLadder.Compressed(MsaWorkloads.Leads));
        _model.eval();
        _x = MsaWorkloads.Inputs(1, 3600);
    }

    public void Run()
    {
        using (torch.no_grad())
        {
            _model.call(_x);
        }
    }
}
