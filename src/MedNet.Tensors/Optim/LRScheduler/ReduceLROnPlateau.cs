// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Optim.LRScheduler;

/// <summary>Multiplies the learning rate by <see cref="factor"/> when a monitored value stops falling, like <c>torch.optim.lr_scheduler.ReduceLROnPlateau</c>.</summary>
/// <remarks>
/// Source: PyTorch 1.13 <c>ReduceLROnPlateau</c> with mode "min", threshold_mode "rel", cooldown 0: a value counts as better
/// when value &lt; best·(1 − threshold); after more than <see cref="patience"/> epochs that are not better, every group's lr
/// becomes max(lr·factor, min_lr) and the count restarts.
/// </remarks>
public sealed class ReduceLROnPlateau
{
    private readonly Optimizer _optimizer;
    private double _best = double.PositiveInfinity;

    /// <summary>Creates the scheduler.</summary>
    /// <param name="optimizer">The optimiser whose groups are scaled.</param>
    /// <param name="factor">Scale in (0, 1). Default 0.1.</param>
    /// <param name="patience">Epochs without improvement tolerated, ≥ 0. Default 10.</param>
    /// <param name="threshold">Relative improvement that counts, ≥ 0. Default 1e-4.</param>
    /// <param name="min_lr">Lowest learning rate, ≥ 0. Default 0.</param>
    /// <exception cref="ArgumentOutOfRangeException">An argument is outside its range; the message names it.</exception>
    public ReduceLROnPlateau(Optimizer optimizer, double factor = 0.1, int patience = 10, double threshold = 1e-4, double min_lr = 0)
    {
        ArgumentNullException.ThrowIfNull(optimizer);
        if (factor is not (> 0 and < 1))
        {
            throw new ArgumentOutOfRangeException(nameof(factor), factor, "ReduceLROnPlateau: expected factor in (0, 1).");
        }

        if (patience < 0)
        {
            throw new ArgumentOutOfRangeException(nameof(patience), patience, "ReduceLROnPlateau: expected patience ≥ 0.");
        }

        if (!(threshold >= 0) || !(min_lr >= 0))
        {
            throw new ArgumentOutOfRangeException(nameof(threshold), $"ReduceLROnPlateau: expected threshold ≥ 0 and min_lr ≥ 0 but got {threshold}, {min_lr}.");
        }

        _optimizer = optimizer;
        this.factor = factor;
        this.patience = patience;
        this.threshold = threshold;
        this.min_lr = min_lr;
    }

    /// <summary>Scale applied on a plateau.</summary>
    public double factor { get; }

    /// <summary>Epochs without improvement tolerated before scaling.</summary>
    public int patience { get; }

    /// <summary>Relative improvement that counts as better.</summary>
    public double threshold { get; }

    /// <summary>Lowest learning rate.</summary>
    public double min_lr { get; }

    /// <summary>Epochs since the last improvement.</summary>
    public int num_bad_epochs { get; private set; }

    /// <summary>Records one epoch's monitored value and scales the learning rate on a plateau.</summary>
    /// <param name="metrics">The monitored value (e.g. the epoch's mean loss), finite.</param>
    /// <exception cref="ArgumentException">The value is NaN or ∞.</exception>
    public void step(double metrics)
    {
        if (!double.IsFinite(metrics))
        {
            throw new ArgumentException($"ReduceLROnPlateau.step: expected a finite value but got {metrics}.", nameof(metrics));
        }

        if (metrics < _best * (1 - threshold))
        {
            _best = metrics;
            num_bad_epochs = 0;
            return;
        }

        num_bad_epochs++;
        if (num_bad_epochs > patience)
        {
            foreach (var group in _optimizer.param_groups)
            {
                group.lr = Math.Max(group.lr * factor, min_lr);
            }

            num_bad_epochs = 0;
        }
    }
}
