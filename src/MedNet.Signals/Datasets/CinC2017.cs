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
    /// <exception cref="FormatException">A line is not <c>record,label</c> with a label in N, A, O, ~, or a record is listed twice; the message names file and line.</exception>
    public static IReadOnlyList<CinC2017Entry> ReadReference(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var list = new List<CinC2017Entry>();
        var seen = new Dictionary<string, int>(StringComparer.Ordinal);
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
            var name = line[..comma].Trim();
            if (!seen.TryAdd(name, lineNo))
            {
                throw new FormatException(
                    $"{path}:{lineNo}: CinC2017.ReadReference: column record: expected each record once but '{name}' was already listed on line {seen[name]}.");
            }

            list.Add(new CinC2017Entry(name, label));
        }

        return list;
    }

    /// <summary>Reads one recording in mV.</summary>
    /// <param name="folder">Folder holding the <c>.hea</c> and <c>.mat</c> files (e.g. <c>cinc2017/validation</c>).</param>
    /// <param name="record">Record name, e.g. "A00001".</param>
    /// <returns>The single lead in mV at 300 Hz, length 2,700–18,286.</returns>
    /// <remarks>The MAT v4 header is checked before any sample is read (<see cref="MatV4Matrix"/>): one int16 row whose
    /// length equals the WFDB header's sample count and the file's size; both byte orders of level 4 are read
    /// (the challenge's files are little-endian); a level-5 file is refused by name.</remarks>
    /// <exception cref="WfdbFormatException">The files are missing or malformed; the message names the file and field.</exception>
    public static float[] ReadSignal(string folder, string record)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(record);
        var header = WfdbHeader.Load(Path.Combine(folder, record));
        if (header.Signals.Count != 1)
        {
            throw new WfdbFormatException(
                $"CinC2017.ReadSignal: expected one signal in {header.HeaderPath} but the header lists {header.Signals.Count}.",
                record: record, file: header.HeaderPath, field: "signals");
        }

        var spec = header.Signals[0];
        var matPath = Path.Combine(header.Directory, spec.FileName);
        if (!File.Exists(matPath))
        {
            throw new WfdbFormatException($"CinC2017.ReadSignal: expected the signal file '{matPath}' named by {header.HeaderPath} but it does not exist.",
                record: record, file: matPath, field: "file name");
        }

        var bytes = File.ReadAllBytes(matPath);
        var matrix = MatV4Matrix.Read(matPath, bytes.Length, bytes);
        if (matrix.Rows != 1)
        {
            throw new WfdbFormatException($"CinC2017.ReadSignal: expected a 1-row matrix (one lead) in {matPath} but it has {matrix.Rows} rows.",
                record: record, file: matPath, field: "mrows");
        }

        if (header.SampleCount is { } count && count != matrix.Columns)
        {
            throw new WfdbFormatException(
                $"CinC2017.ReadSignal: expected {count} samples as {header.HeaderPath} states but {matPath} holds {matrix.Columns}.",
                record: record, file: matPath, field: "ncols");
        }

        if (!matrix.BigEndian)
        {
            if (spec.Format != 16 || spec.ByteOffset != matrix.DataOffset)
            {
                throw new WfdbFormatException(
                    $"CinC2017.ReadSignal: expected format 16+{matrix.DataOffset} in {header.HeaderPath} for a little-endian MAT v4 file but got {spec.Format}+{spec.ByteOffset}.",
                    record: record, file: header.HeaderPath, field: "format");
            }

            // The challenge's headers state a checksum of 0 for every recording (A00001's samples sum to 36053 mod 2^16), so
            // the WFDB checksum cannot vouch for these files and is not checked.
            return WfdbReader.Read(header, verifyChecksums: false).Physical(0);
        }

        // Big-endian level 4: the WFDB header's "16" (little-endian) cannot describe it, so decode here with its gain/baseline.
        var signal = new float[matrix.Columns];
        var data = bytes.AsSpan(matrix.DataOffset);
        for (var i = 0; i < signal.Length; i++)
        {
            var digital = System.Buffers.Binary.BinaryPrimitives.ReadInt16BigEndian(data[(2 * i)..]);
            signal[i] = (float)spec.ToPhysical(digital);
        }

        return signal;
    }
}
