// SPDX-License-Identifier: MIT

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>Settings of <see cref="CinC2017AfSubstitute"/>: which recordings, the length rule, the split and the scaling.</summary>
/// <remarks>Source: [MEDNET] §5.1, [CINC2017]; built to mirror the authors' ECG_DATA construction (D-MN-14); every default is explained on its property.</remarks>
public sealed record CinC2017AfSubstituteOptions
{
    /// <summary>The defaults below.</summary>
    public static CinC2017AfSubstituteOptions Default { get; } = new();

    /// <summary>Folder under <c>cinc2017/</c> holding the <c>.hea</c>/<c>.mat</c> files and a <c>REFERENCE.csv</c>. Default: "validation"
    /// (the 300 recordings with waveforms here: N 150, A 50, O 70, ~ 30).</summary>
    public string RecordingFolder { get; init; } = "validation";

    /// <summary>How recordings are made equally long. Default: <see cref="CinC2017LengthRule.FixedLength"/>, because cropping to the
    /// shortest lets one 10 s recording cut all the others to 10 s; most recordings (218 of 300) are exactly 30 s. Differs: D-MN-14.</summary>
    public CinC2017LengthRule LengthRule { get; init; } = CinC2017LengthRule.FixedLength;

    /// <summary>L for <see cref="CinC2017LengthRule.FixedLength"/>, in samples at 300 Hz, ≥ 1. Default: 9000 (30 s; keeps N 134 of 150 and
    /// A 43 of 50 in the validation folder).</summary>
    public int FixedLength { get; init; } = 9000;

    /// <summary>Share of each class that goes to the test split, in (0, 1). Default: 0.2, the authors' 80/20.</summary>
    public double TestFraction { get; init; } = 0.2;

    /// <summary>Whether the AF recordings of the training split are dropped (a clean one-class setup; the test split is unchanged).
    /// Default: <see langword="false"/>: the training split holds AF recordings too, as the authors' does.</summary>
    public bool NormalOnlyTraining { get; init; }

    /// <summary>Scaling, statistics from the training recordings. Default: <see cref="RecordingScaling.PerTimeStepMinMax"/>, the authors'
    /// rule (their test rows also fed the statistics; here they do not). It maps training values into [0, 1], the range of the
    /// DTAAD/MED-Net sigmoid heads. Differs: D-MN-14.</summary>
    public RecordingScaling Scaling { get; init; } = RecordingScaling.PerTimeStepMinMax;

    /// <summary>Checks every setting.</summary>
    /// <returns>All problems, empty when valid.</returns>
    public IReadOnlyList<string> Validate()
    {
        var problems = new List<string>();
        if (string.IsNullOrWhiteSpace(RecordingFolder))
        {
            problems.Add("RecordingFolder: expected a folder name such as 'validation' but got a blank value.");
        }

        if (!Enum.IsDefined(LengthRule))
        {
            problems.Add($"LengthRule: expected one of {string.Join(", ", Enum.GetNames<CinC2017LengthRule>())} but got {LengthRule}.");
        }

        if (LengthRule == CinC2017LengthRule.FixedLength && FixedLength < 1)
        {
            problems.Add($"FixedLength: expected ≥ 1 sample but got {FixedLength}.");
        }

        if (!(TestFraction > 0 && TestFraction < 1))
        {
            problems.Add($"TestFraction: expected a value in (0, 1) but got {TestFraction}.");
        }

        if (!Enum.IsDefined(Scaling))
        {
            problems.Add($"Scaling: expected one of {string.Join(", ", Enum.GetNames<RecordingScaling>())} but got {Scaling}.");
        }

        return problems;
    }
}
