// SPDX-License-Identifier: MIT
using System.Numerics.Tensors;

namespace MedNet.Signals.Preprocessing;

/// <summary>Z-score each lead of one record independently: zero mean and unit variance per lead.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("z-score normalization within each lead independently, ensuring zero mean and unit variance").
/// x̃ = (x − μ_lead) / σ_lead with the population σ (ddof = 0). A flat lead (σ = 0, e.g. a disconnected electrode) is only
/// centred (divided by 1, all zeros) and counted in the return value, never turned into NaN.
/// Statistics come from the record itself, so no information crosses records or folds.
/// </remarks>
public static class PerLeadZScore
{
    /// <summary>Normalises a lead-major record in place.</summary>
    /// <param name="record">Samples (C, L) lead-major: lead c is <c>record[c·L .. (c+1)·L)</c>. NaN-free.</param>
    /// <param name="leads">C ≥ 1; the length must be a multiple of it.</param>
    /// <returns>The number of flat leads that were only centred.</returns>
    /// <exception cref="ArgumentException">The length is not C · L with L ≥ 1, or a value is NaN/∞.</exception>
    public static int Apply(Span<float> record, int leads)
    {
        if (leads < 1 || record.Length == 0 || record.Length % leads != 0)
        {
            throw new ArgumentException($"PerLeadZScore: expected a (C, L) record with C = {leads} ≥ 1 and L ≥ 1 but got {record.Length} samples.", nameof(record));
        }

        int length = record.Length / leads, flat = 0;
        for (int c = 0; c < leads; c++)
        {
            var lead = record.Slice(c * length, length);
            double sum = 0;
            foreach (var v in lead)
            {
                if (!float.IsFinite(v))
                {
                    throw new ArgumentException($"PerLeadZScore: expected finite samples but lead {c} holds {v}.", nameof(record));
                }

                sum += v;
            }

            double mean = sum / length, ss = 0;
            foreach (var v in lead)
            {
                ss += (v - mean) * (v - mean);
            }

            double sd = Math.Sqrt(ss / length);
            if (sd == 0)
            {
                flat++;
                sd = 1;
            }

            TensorPrimitives.Subtract(lead, (float)mean, lead);
            TensorPrimitives.Multiply(lead, (float)(1 / sd), lead);
        }

        return flat;
    }
}
