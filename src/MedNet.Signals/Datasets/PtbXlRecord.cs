// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Datasets;

/// <summary>One row of <c>ptbxl_database.csv</c> with its derived labels.</summary>
/// <param name="EcgId">Column <c>ecg_id</c>.</param>
/// <param name="PatientId">Column <c>patient_id</c>; splits must keep one patient on one side.</param>
/// <param name="Age">Column <c>age</c> in years, or <see langword="null"/>.</param>
/// <param name="ScpCodes">Column <c>scp_codes</c>: SCP code → likelihood in % (0 = unknown).</param>
/// <param name="StratFold">Column <c>strat_fold</c>, 1–10.</param>
/// <param name="FilenameLr">Column <c>filename_lr</c>, e.g. <c>records100/00000/00001_lr</c>.</param>
/// <param name="FilenameHr">Column <c>filename_hr</c>, e.g. <c>records500/00000/00001_hr</c>.</param>
/// <param name="Superclasses">Diagnostic superclasses of the codes whose statement has diagnostic = 1.</param>
/// <param name="MiWalls">MI localisation from the SCP codes (see <see cref="PtbXlMiLocalisation"/>).</param>
public sealed record PtbXlRecord(
    int EcgId,
    long PatientId,
    double? Age,
    IReadOnlyDictionary<string, double> ScpCodes,
    int StratFold,
    string FilenameLr,
    string FilenameHr,
    PtbXlSuperclass Superclasses,
    MiWall MiWalls)
{
    /// <summary>The official split of this record.</summary>
    public PtbXlSplit Split => StratFold switch
    {
        >= 1 and <= 8 => PtbXlSplit.Train,
        9 => PtbXlSplit.Validation,
        10 => PtbXlSplit.Test,
        _ => throw new InvalidOperationException($"PtbXlRecord.Split: expected strat_fold in 1–10 but ecg_id {EcgId} has {StratFold}."),
    };

    /// <summary>Record path relative to the PTB-XL folder, without extension.</summary>
    /// <param name="rate">Which copy. Default: 100 Hz.</param>
    /// <returns><see cref="FilenameLr"/> or <see cref="FilenameHr"/>.</returns>
    public string RecordPath(PtbXlRate rate = PtbXlRate.Hz100) => rate switch
    {
        PtbXlRate.Hz100 => FilenameLr,
        PtbXlRate.Hz500 => FilenameHr,
        _ => throw new ArgumentOutOfRangeException(nameof(rate), rate, $"expected one of {string.Join(", ", Enum.GetNames<PtbXlRate>())}"),
    };
}
