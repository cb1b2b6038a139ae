// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Dtaad;

/// <summary>The architecture of DTAAD as the public reference implementation builds it (training: <see cref="DtaadTraining"/>; window: the data).</summary>
/// <remarks>
/// Source: [DTAAD] Yu-Lingrui/DTAAD <c>src/models.py</c> class <c>DTAAD</c>, <c>src/gltcn.py</c>, <c>src/dlutils.py</c>,
/// <c>main.py</c> (<c>load_model</c>, <c>backprop</c>), <c>src/constants.py</c> (<c>lr_d['MBA']</c>). Each property says
/// where its value comes from. Differs: D-MN-08 (LeakyReLU slope 1.0), D-MN-09 (weight_norm init), D-MN-10 (float32 by default; float64 via TrainingOptions.DType), D-MN-12 (MED-Net's fork: options
/// <see cref="GlobalLevelsFrom"/>, <see cref="Callback"/>, <see cref="Heads"/>).
/// </remarks>
public sealed record DtaadConfig
{

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

    /// <summary>What the global TCN's level count is derived from. Default <see cref="GlobalLevelRule.FromWindow"/> (DTAAD).</summary>
    /// <remarks>Differs: D-MN-12 (i); <see cref="GlobalLevelRule.FromChannels"/> is MED-Net's fork.</remarks>
    public GlobalLevelRule GlobalLevelsFrom { get; init; } = GlobalLevelRule.FromWindow;

    /// <summary>Where the callback adds x1 to the window. Default <see cref="CallbackAddition.EveryStep"/> (DTAAD).</summary>
    /// <remarks>Differs: D-MN-12 (iv); <see cref="CallbackAddition.FirstStep"/> is MED-Net's fork.</remarks>
    public CallbackAddition Callback { get; init; } = CallbackAddition.EveryStep;

    /// <summary>The forecast heads. Default <see cref="ForecastHeads.PerChannel"/> (DTAAD).</summary>
    /// <remarks>Differs: D-MN-12 (ii); <see cref="ForecastHeads.FrozenFlattened"/> is MED-Net's fork (never trained).</remarks>
    public ForecastHeads Heads { get; init; } = ForecastHeads.PerChannel;

    /// <summary>The reference architecture (every default above).</summary>
    public static DtaadConfig Reference { get; } = new();


    /// <summary>Number of global-TCN levels the reference derives from the window: ⌈log2((W − 1)/(k − 1) + 1)⌉, at least 1.</summary>
    /// <param name="windowLength">The input window length W ≥ 2 the model is built for.</param>
    /// <returns>The level count; dilations are 1, 2, 4, ….</returns>
    public int GlobalLevels(int windowLength) => Math.Max(1, (int)Math.Ceiling(Math.Log2(((windowLength - 1) / (double)(GlobalKernelSize - 1)) + 1)));

    /// <summary>Number of global-TCN levels under <see cref="GlobalLevelsFrom"/>: the formula of <see cref="GlobalLevels(int)"/> applied to W or to C.</summary>
    /// <param name="windowLength">W ≥ 2.</param>
    /// <param name="channels">C ≥ 1.</param>
    /// <returns>The level count, at least 1 (the fork always builds its first level).</returns>
    public int GlobalLevels(int windowLength, int channels) =>
        GlobalLevels(GlobalLevelsFrom == GlobalLevelRule.FromChannels ? Math.Max(channels, 1) : windowLength);

    /// <summary>Lists every problem with these settings (empty when valid).</summary>
    /// <returns>One message per problem.</returns>
    public IReadOnlyList<string> Validate()
    {
        var p = new List<string>();
        Require(p, LocalKernelSize >= 2, $"LocalKernelSize: expected ≥ 2 but got {LocalKernelSize}.");
        Require(p, LocalLevels >= 1, $"LocalLevels: expected ≥ 1 but got {LocalLevels}.");
        Require(p, GlobalKernelSize >= 2, $"GlobalKernelSize: expected ≥ 2 but got {GlobalKernelSize}.");
        Require(p, double.IsFinite(LeakySlope), $"LeakySlope: expected a finite number but got {LeakySlope}.");
        RequireProbability(p, TcnDropout, nameof(TcnDropout));
        RequireProbability(p, PositionalDropout, nameof(PositionalDropout));
        RequireProbability(p, EncoderDropout, nameof(EncoderDropout));
        Require(p, FeedForward >= 1, $"FeedForward: expected ≥ 1 but got {FeedForward}.");
        Require(p, Enum.IsDefined(GlobalLevelsFrom), $"GlobalLevelsFrom: expected one of {string.Join(", ", Enum.GetNames<GlobalLevelRule>())} but got {GlobalLevelsFrom}.");
        Require(p, Enum.IsDefined(Callback), $"Callback: expected one of {string.Join(", ", Enum.GetNames<CallbackAddition>())} but got {Callback}.");
        Require(p, Enum.IsDefined(Heads), $"Heads: expected one of {string.Join(", ", Enum.GetNames<ForecastHeads>())} but got {Heads}.");
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
