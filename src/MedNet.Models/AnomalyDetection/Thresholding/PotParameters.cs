// SPDX-License-Identifier: MIT
namespace MedNet.Models.AnomalyDetection.Thresholding;

/// <summary>Parameters of DTAAD's <c>pot_eval</c>: SPOT risk, initial level and the scale applied to the threshold.</summary>
/// <param name="Q">SPOT risk q. DTAAD: 1e-5.</param>
/// <param name="InitialLevel">lm[0]: probability of SPOT's initial threshold; lowered ×0.999 until SPOT initialises.</param>
/// <param name="ThresholdScale">lm[1]: the final threshold is mean(SPOT thresholds) × this factor.</param>
/// <remarks>
/// Source: [DTAAD] <c>src/constants.py</c> <c>lm_d</c> and <c>src/pot.py</c> <c>pot_eval</c>. The reference selects
/// <c>lm_d[dataset][1 if 'TranAD' or 'DTTAD' in args.model else 0]</c>; the condition is always true (the
/// non-empty string 'TranAD' is truthy), so every model uses the second pair, e.g. MBA (0.93, 1.04).
/// </remarks>
public sealed record PotParameters(double Q, double InitialLevel, double ThresholdScale)
{
    /// <summary>DTAAD's parameters for MBA as the code runs them: q = 1e-5, lm = (0.93, 1.04).</summary>
    public static PotParameters Mba { get; } = new(1e-5, 0.93, 1.04);

    /// <summary>
    /// MED-Net's parameters for its ECG data as the authors' fork of DTAAD runs them: q = 1e-5, lm = (0.98, 1.0)
    /// (EhsaasN/DUAL_TCN_ATTN <c>src/constants.py</c>, <c>lm_d["ecg_data"]</c>). Used for Tables 1–2 on the substitutes.
    /// </summary>
    public static PotParameters EcgData { get; } = new(1e-5, 0.98, 1.0);

    /// <summary>DTAAD's parameters for a dataset name of its <c>lm_d</c> table (second pair, as the code runs).</summary>
    /// <param name="dataset">One of SMD, synthetic, SWaT, UCR, NAB, SMAP, MSL, WADI, MSDS, MBA, or ecg_data from MED-Net's fork (case-insensitive).</param>
    /// <returns>The parameters.</returns>
    /// <exception cref="ArgumentException">The name is not in DTAAD's table; the message lists the names.</exception>
    public static PotParameters ForDtaadDataset(string dataset)
    {
        ArgumentNullException.ThrowIfNull(dataset);
        foreach (var (name, level, scale) in DtaadTable)
        {
            if (string.Equals(name, dataset, StringComparison.OrdinalIgnoreCase))
            {
                return new PotParameters(1e-5, level, scale);
            }
        }

        var names = new List<string>();
        foreach (var row in DtaadTable)
        {
            names.Add(row.Name);
        }

        throw new ArgumentException(
            $"PotParameters: expected one of {string.Join(", ", names)} but got '{dataset}'.", nameof(dataset));
    }

    private static readonly (string Name, double Level, double Scale)[] DtaadTable =
    [
        ("SMD", 0.99995, 1.06), ("synthetic", 0.999, 1), ("SWaT", 0.993, 1), ("UCR", 0.99935, 1), ("NAB", 0.99, 1),
        ("SMAP", 0.98, 1), ("MSL", 0.999, 1.04), ("WADI", 0.999, 1), ("MSDS", 0.9, 1.04), ("MBA", 0.93, 1.04),
        ("ecg_data", 0.98, 1.0),
    ];
}
