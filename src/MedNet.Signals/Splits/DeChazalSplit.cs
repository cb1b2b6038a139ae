// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Splits;

/// <summary>The inter-patient DS1/DS2 split of the MIT-BIH Arrhythmia Database records (train on DS1, test on DS2).</summary>
/// <remarks>
/// Source: de Chazal P, O'Dwyer M, Reilly RB. Automatic classification of heartbeats using ECG morphology and heartbeat
/// interval features. IEEE Trans Biomed Eng 51(7):1196–1206, 2004 — 22 records each; the four paced records
/// (102, 104, 107, 217) are in neither set, as AAMI EC57 recommends. Each MIT-BIH record is one subject here
/// (records 201 and 202 come from the same patient, and both fall in different sets in the original split — a known
/// property of de Chazal's lists that is kept, not corrected).
/// </remarks>
public static class DeChazalSplit
{
    /// <summary>DS1 (training) records.</summary>
    public static IReadOnlyList<string> DS1 { get; } =
        ["101", "106", "108", "109", "112", "114", "115", "116", "118", "119", "122", "124", "201", "203", "205", "207", "208", "209", "215", "220", "223", "230"];

    /// <summary>DS2 (test) records.</summary>
    public static IReadOnlyList<string> DS2 { get; } =
        ["100", "103", "105", "111", "113", "117", "121", "123", "200", "202", "210", "212", "213", "214", "219", "221", "222", "228", "231", "232", "233", "234"];

    /// <summary>Paced records, excluded from both sets.</summary>
    public static IReadOnlyList<string> Paced { get; } = ["102", "104", "107", "217"];

    /// <summary>Turns per-sample record names into a DS1 → DS2 fold; samples of paced or unknown records are left out.</summary>
    /// <param name="recordPerSample">MIT-BIH record name of each sample (e.g. "100").</param>
    /// <returns>Fold 0 with DS1 samples for training and DS2 samples held out.</returns>
    /// <exception cref="InvalidOperationException">No sample is of a DS1 record, or none of a DS2 record.</exception>
    public static SubjectFold AsFold(IReadOnlyList<string> recordPerSample)
    {
        ArgumentNullException.ThrowIfNull(recordPerSample);
        var ds1 = new HashSet<string>(DS1, StringComparer.Ordinal);
        var ds2 = new HashSet<string>(DS2, StringComparer.Ordinal);
        var train = new List<int>();
        var test = new List<int>();
        for (int i = 0; i < recordPerSample.Count; i++)
        {
            if (ds1.Contains(recordPerSample[i]))
            {
                train.Add(i);
            }
            else if (ds2.Contains(recordPerSample[i]))
            {
                test.Add(i);
            }
        }

        if (train.Count == 0 || test.Count == 0)
        {
            throw new InvalidOperationException(
                $"DeChazalSplit.AsFold: expected samples of both sides but got {train.Count} DS1 and {test.Count} DS2 samples; " +
                $"load records of both sides (DS1: {string.Join(" ", DS1)}; DS2: {string.Join(" ", DS2)}).");
        }

        return new SubjectFold(0, [.. train], [.. test], [.. DS2]);
    }
}
