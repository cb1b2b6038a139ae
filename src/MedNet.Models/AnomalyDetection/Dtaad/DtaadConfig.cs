// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>Architecture and training settings of DTAAD as the public reference implementation builds and trains it.</summary>
/// <remarks>
/// Source: [DTAAD] Yu-Lingrui/DTAAD <c>src/models.py</c> class <c>DTAAD</c>, <c>src/gltcn.py</c>, <c>src/dlutils.py</c>,
/// <c>main.py</c> (<c>load_model</c>, <c>backprop</c>), <c>src/constants.py</c> (<c>lr_d['MBA']</c>). Each property says
/// where its value comes from. Differs: D-MN-08 (LeakyReLU slope 1.0), D-MN-09 (weight_norm init), D-MN-10 (float32).
/// </remarks>
public sealed record DtaadConfig
{
    /// <summary>Window length W (rows per window). Default 10: <c>DTAAD.n_window = 10</c>.</summary>
    public int WindowSize { get; init; } = 10;

    /// <summary>Kernel size of the local TCN. Default 4: <c>Tcn_Local(kernel_size=4)</c> in <c>DTAAD.__init__</c>.</summary>
    public int LocalKernelSize { get; init; } = 4;

    /// <summary>Number of causal levels (all dilation 1) of the local TCN. Default 3: <c>Tcn_Local.num_levels = 3</c>.</summary>
    public int LocalLevels { get; init; } = 3;

    /// <summary>Kernel size of the global TCN. Default 3: <c>Tcn_Global(kernel_size=3)</c>.</summary>
    /// <remarks>Levels: ⌈log2((W − 1)/(k − 1) + 1)⌉ with dilations 1, 2, 4, …; W = 10, k = 3 gives 3 levels.</remarks>
    public int GlobalKernelSize { get; init; } = 3;

    /// <summary>Negative slope of every "LeakyReLU" in the TCNs and encoder layers. Default 1.0 (identity), as the code runs.</summary>
    /// <remarks>
    /// Source: <c>nn.LeakyReLU(True)</c> in <c>gltcn.py</c> and <c>dlutils.py</c> passes True as negative_slope = 1.0.
    /// Differs: D-MN-08; 0.01 is the slope the authors presumably meant (PyTorch's default).
    /// </remarks>
    public double LeakySlope { get; init; } = 1.0;

    /// <summary>Dropout after each TCN level. Default 0.2: <c>TemporalCnn(dropout=0.2)</c>.</summary>
    public double TcnDropout { get; init; } = 0.2;

    /// <summary>Dropout of the positional encoding. Default 0.1: <c>PositionalEncoding(feats, 0.1, n_window)</c>.</summary>
    public double PositionalDropout { get; init; } = 0.1;

    /// <summary>Dropout in the encoder layers (attention weights and both residual branches). Default 0.1.</summary>
    public double EncoderDropout { get; init; } = 0.1;

    /// <summary>Feed-forward width of each encoder layer. Default 16: <c>dim_feedforward=16</c>.</summary>
    public int FeedForward { get; init; } = 16;

    /// <summary>Weight λ of the first output's loss: λ·MSE(x1) + (1 − λ)·MSE(x2). Default 0.8: <c>_lambda = 0.8</c>.</summary>
    public double Lambda { get; init; } = 0.8;

    /// <summary>AdamW learning rate. Default 0.001: <c>lr_d['MBA']</c>.</summary>
    public double LearningRate { get; init; } = 1e-3;

    /// <summary>AdamW weight decay. Default 1e-5: <c>AdamW(..., weight_decay=1e-5)</c> in <c>load_model</c>.</summary>
    public double WeightDecay { get; init; } = 1e-5;

    /// <summary>StepLR step in epochs. Default 5: <c>StepLR(optimizer, 5, 0.9)</c>.</summary>
    public int StepSize { get; init; } = 5;

    /// <summary>StepLR decay factor. Default 0.9.</summary>
    public double Gamma { get; init; } = 0.9;

    /// <summary>Training batch size (batches in window order, not shuffled). Default 128: <c>DTAAD.batch</c>.</summary>
    public int BatchSize { get; init; } = 128;

    /// <summary>Training epochs. Default 5: <c>num_epochs = 5</c> in <c>main.py</c>; [MEDNET] Table 4 used 50.</summary>
    public int Epochs { get; init; } = 5;

    /// <summary>Repository defaults (5 epochs), the laptop profile.</summary>
    public static DtaadConfig Laptop { get; } = new();

    /// <summary>One epoch, for smoke runs and CI.</summary>
    public static DtaadConfig Smoke { get; } = new() { Epochs = 1 };

    /// <summary>[MEDNET] §5.2 Table 4: DTAAD on MBA for 50 epochs, otherwise the repository defaults.</summary>
    public static DtaadConfig Paper { get; } = new() { Epochs = 50 };


    /// <summary>Number of global-TCN levels the reference derives from the window: ⌈log2((W − 1)/(k − 1) + 1)⌉, at least 1.</summary>
    public int GlobalLevels => Math.Max(1, (int)Math.Ceiling(Math.Log2(((WindowSize - 1) / (double)(GlobalKernelSize - 1)) + 1)));

    /// <summary>Lists every problem with these settings (empty when valid).</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        Require(p, WindowSize >= 2, $"WindowSize: expected ≥ 2 but got {WindowSize}.");
        Require(p, LocalKernelSize >= 2, $"LocalKernelSize: expected ≥ 2 but got {LocalKernelSize}.");
        Require(p, LocalLevels >= 1, $"LocalLevels: expected ≥ 1 but got {LocalLevels}.");
        Require(p, GlobalKernelSize >= 2, $"GlobalKernelSize: expected ≥ 2 but got {GlobalKernelSize}.");
        Require(p, double.IsFinite(LeakySlope), $"LeakySlope: expected a finite number but got {LeakySlope}.");
        RequireProbability(p, TcnDropout, nameof(TcnDropout));
        RequireProbability(p, PositionalDropout, nameof(PositionalDropout));
        RequireProbability(p, EncoderDropout, nameof(EncoderDropout));
        Require(p, FeedForward >= 1, $"FeedForward: expected ≥ 1 but got {FeedForward}.");
        Require(p, Lambda is >= 0 and <= 1, $"Lambda: expected in [0, 1] but got {Lambda}.");
        Require(p, LearningRate > 0 && double.IsFinite(LearningRate), $"LearningRate: expected > 0 but got {LearningRate}.");
        Require(p, WeightDecay >= 0, $"WeightDecay: expected ≥ 0 but got {WeightDecay}.");
        Require(p, StepSize >= 1, $"StepSize: expected ≥ 1 but got {StepSize}.");
        Require(p, Gamma is > 0 and <= 1, $"Gamma: expected in (0, 1] but got {Gamma}.");
        Require(p, BatchSize >= 1, $"BatchSize: expected ≥ 1 but got {BatchSize}.");
        Require(p, Epochs >= 1, $"Epochs: expected ≥ 1 but got {Epochs}.");
        return p;
    }

    /// <summary>Throws when <see cref="Validate"/> reports problems.</summary>
    /// <exception cref="ArgumentException">Lists every problem.</exception>
    public void EnsureValid()
    {
        var problems = Validate();
        if (problems.Count > 0)
        {
            throw new ArgumentException($"DtaadConfig: invalid settings: {string.Join(" ", problems)}");
        }
    }

    private static void Require(List<string> problems, bool ok, string message)
    {
        if (!ok)
        {
            problems.Add(message);
        }
    }

    private static void RequireProbability(List<string> problems, double value, string name) =>
        Require(problems, value is >= 0 and < 1, $"{name}: expected in [0, 1) but got {value}.");
}
