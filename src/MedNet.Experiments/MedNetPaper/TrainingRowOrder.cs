// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MedNetPaper;

/// <summary>The order of the MBA training rows before they are cut into windows: as recorded, or shuffled as MED-Net's MBA loader does.</summary>
/// <remarks>
/// Source: EhsaasN/DUAL_TCN_ATTN <c>main.py</c> <c>load_dataset</c> (branch <c>copilot/fix-multivariate-data-compatibility</c>):
/// <c>DataLoader(train, batch_size=7680, shuffle=True)</c>, one batch taken. Differs: D-MN-23.
/// </remarks>
public enum TrainingRowOrder
{
    /// <summary>The rows in time order (DTAAD's loader; default).</summary>
    Ordered,

    /// <summary>
    /// The normalised training rows permuted at random (seeded by the run's seed) before windowing, so the training windows
    /// and the training scores that initialise POT come from shuffled time steps; the test rows keep their order.
    /// </summary>
    Shuffled,
}
