// SPDX-License-Identifier: MIT
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Datasets;

/// <summary>The MIT-BIH Arrhythmia Database (mitdb): record list, paced records, lead selection and loading.</summary>
/// <remarks>
/// Source: Moody GB, Mark RG, IEEE EMB Magazine 20(3):45–50, 2001; https://physionet.org/content/mitdb/1.0.0/.
/// 48 half-hour two-lead records at 360 Hz, format 212. Signal 0 is MLII except in 102 and 104 (V5, V2: no MLII) and 114
/// (V5, MLII: MLII is signal 1).
/// </remarks>
public static class MitBih
{
    /// <summary>Folder name of the dataset under the data root.</summary>
    public const string DatasetName = "mitdb";

    /// <summary>The preferred lead for beat work.</summary>
    public const string DefaultLead = "MLII";

    /// <summary>The 48 record names, ascending (mitdb <c>RECORDS</c>).</summary>
    public static IReadOnlyList<string> Records { get; } =
    [
        "100", "101", "102", "103", "104", "105", "106", "107", "108", "109", "111", "112", "113", "114", "115", "116",
        "117", "118", "119", "121", "122", "123", "124", "200", "201", "202", "203", "205", "207", "208", "209", "210",
        "212", "213", "214", "215", "217", "219", "220", "221", "222", "223", "228", "230", "231", "232", "233", "234",
    ];

    /// <summary>Records with a pacemaker, excluded by AAMI EC57: 102, 104, 107, 217.</summary>
    public static IReadOnlyList<string> PacedRecords { get; } = ["102", "104", "107", "217"];

    /// <summary>Whether a record has a pacemaker.</summary>
    /// <param name="record">Record name, e.g. "107".</param>
    /// <returns><see langword="true"/> for 102, 104, 107, 217.</returns>
    public static bool IsPaced(string record) => record is "102" or "104" or "107" or "217";

    /// <summary>Chooses the signal to load: the lead named <paramref name="lead"/>, else signal 0.</summary>
    /// <param name="header">The record header.</param>
    /// <param name="lead">Lead name. Default: MLII.</param>
    /// <returns>The header index and its lead name (MLII is index 1 in record 114; 102 and 104 fall back to signal 0, V5).</returns>
    public static (int Index, string Lead) SelectLead(WfdbHeader header, string lead = DefaultLead)
    {
        ArgumentNullException.ThrowIfNull(header);
        var index = header.IndexOf(lead);
        if (index < 0)
        {
            index = 0;
        }

        return (index, header.Signals[index].Description);
    }

    /// <summary>Loads one lead of a record in mV with its reference annotations.</summary>
    /// <param name="folder">The mitdb folder (e.g. from <see cref="DataRoot.FindDataset(string, string?)"/>).</param>
    /// <param name="record">Record name, e.g. "100".</param>
    /// <param name="lead">Lead name, falling back to signal 0 when absent. Default: MLII.</param>
    /// <returns>The record.</returns>
    /// <exception cref="WfdbFormatException">A file is missing, truncated or malformed.</exception>
    public static MitBihRecord Load(string folder, string record, string lead = DefaultLead)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var path = Path.Combine(folder, record);
        var header = WfdbHeader.Load(path);
        var (index, name) = SelectLead(header, lead);
        var samples = WfdbReader.Read(header, signals: [index]);
        var annotations = MitAnnotationReader.Read(path + ".atr");
        if (annotations.Length > 0 && annotations[^1].Sample >= samples.Length)
        {
            throw new WfdbFormatException(
                $"MitBih.Load: expected every beat annotation within the record's {samples.Length} samples but the last is at sample {annotations[^1].Sample}. " +
                "The annotation file belongs to another record or is corrupted.",
                header.RecordName, path + ".atr", field: "time");
        }

        return new MitBihRecord(header.RecordName, header.SamplingFrequency, name, index, samples.Physical(0), annotations);
    }
}
