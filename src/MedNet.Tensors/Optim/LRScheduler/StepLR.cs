// SPDX-License-Identifier: MIT
namespace MedNet.Tensors.Optim.LRScheduler;

/// <summary>Multiplies each group's learning rate by gamma every step_size epochs, like <c>torch.optim.lr_scheduler.StepLR</c>.</summary>
/// <remarks>lr_epoch = initial_lr · gamma^⌊epoch / step_size⌋ (applied multiplicatively on each boundary, as PyTorch's chainable form).</remarks>
public sealed class StepLR
{
    private readonly Optimizer _optimizer;

    /// <summary>Creates the scheduler.</summary>
    /// <param name="optimizer">The optimiser whose learning rates change.</param>
    /// <param name="step_size">Epochs between decays, ≥ 1.</param>
    /// <param name="gamma">Decay factor. Default: 0.1.</param>
    public StepLR(Optimizer optimizer, int step_size, double gamma = 0.1)
    {
        _optimizer = optimizer;
        this.step_size = step_size >= 1 ? step_size : throw new ArgumentOutOfRangeException(nameof(step_size), $"StepLR: expected step_size ≥ 1 but got {step_size}.");
        this.gamma = gamma;
    }

    /// <summary>Epochs between decays.</summary>
    public int step_size { get; }

    /// <summary>Decay factor.</summary>
    public double gamma { get; }

    /// <summary>Epochs stepped so far.</summary>
    public int last_epoch { get; private set; }

    /// <summary>Advances one epoch; call after the epoch's optimiser steps.</summary>
    public void step()
    {
        last_epoch++;
        if (last_epoch % step_size == 0)
        {
            foreach (var g in _optimizer.param_groups)
            {
                g.lr *= gamma;
            }
        }
    }

    /// <summary>The current learning rate of each group.</summary>
    /// <returns>One value per group.</returns>
    public double[] get_last_lr()
    {
        var r = new double[_optimizer.param_groups.Count];
        for (var i = 0; i < r.Length; i++)
        {
            r[i] = _optimizer.param_groups[i].lr;
        }

        return r;
    }
}
