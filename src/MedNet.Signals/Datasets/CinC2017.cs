// SPDX-License-Identifier: MIT
using MedNet.Signals.Wfdb;

namespace MedNet.Signals.Datasets;

/// <summary>PhysioNet/CinC Challenge 2017: REFERENCE.csv labels and single-lead 300 Hz recordings (MATLAB v4 .mat + .hea).</summary>
/// <remarks>
/// Source: https://physionet.org/content/challenge-2017/1.0.0/. Each header names the <c>.mat</c> file with format
/// <c>16+24</c>: int16 samples after the 24-byte MAT v4 header (20-byte header + "val\0"), so <see cref="WfdbReader"/>
/// reads it directly. Gain 1000 ADC/mV.
/// </remarks>
public static class CinC2017
{
    /// <summary>Folder name of the dataset under the data root.</summary>
    public const string DatasetName = "cinc2017";

    /// <summary>Reads a REFERENCE.csv file (<c>A00001,N</c> per line; CRLF or LF; an optional <c>data_source,class</c> header line is skipped).</summary>
    /// <param name="path">Path of REFERENCE.csv.</param>
    /// <returns>Entries in file order.</returns>
    /// <exception cref="FormatException">A line is not <c>record,label</c> with a label in N, A, O, ~; the message names file and line.</exception>
    public static IReadOnlyList<CinC2017Entry> ReadReference(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var list = new List<CinC2017Entry>();
        var lineNo = 0;
        foreach (var raw in File.ReadLines(path))
        {
            lineNo++;
            var line = raw.Trim();
            if (line.Length == 0 || (lineNo == 1 && line == "data_source,class"))
            {
                continue;
            }

            var comma = line.IndexOf(',', StringComparison.Ordinal);
            if (comma <= 0)
            {
                throw new FormatException($"{path}:{lineNo}: CinC2017.ReadReference: expected 'record,label' but got '{line}'.");
            }

            var label = line[(comma + 1)..].Trim() switch
            {
                "N" => CinC2017Label.Normal,
                "A" => CinC2017Label.AtrialFibrillation,
                "O" => CinC2017Label.Other,
                "~" => CinC2017Label.Noisy,
                var other => throw new FormatException($"{path}:{lineNo}: CinC2017.ReadReference: column label: expected one of N, A, O, ~ but got '{other}'."),
            };
            list.Add(new CinC2017Entry(line[..comma].Trim(), label));
        }

        return list;
    }

    /// <summary>Reads one recording in mV.</summary>
    /// <param name="folder">Folder holding the <c>.hea</c> and <c>.mat</c> files (e.g. <c>cinc2017/validation</c>).</param>
    /// <param name="record">Record name, e.g. "A00001".</param>
    /// <returns>The single lead in mV at 300 Hz, length 2,700–18,286.</returns>
    /// <exception cref="WfdbFormatException">The files are missing or malformed.</exception>
    public static float[] ReadSignal(string folder, string record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        // The challenge's headers state a checksum of 0 for every recording (A00001's samples sum to 36053 mod 2^16), so
        // the WFDB checksum cannot vouch for these files and is not checked.
        return WfdbReader.Read(Path.Combine(folder, record), verifyChecksums: false).Physical(0);
    }
}
