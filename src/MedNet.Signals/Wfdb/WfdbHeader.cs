// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>A parsed WFDB header (<c>.hea</c>): the record line, one <see cref="WfdbSignalSpec"/> per signal, and comments.</summary>
/// <param name="RecordName">Record name from the record line, e.g. <c>100</c>.</param>
/// <param name="SamplingFrequency">Samples per second per signal in Hz, &gt; 0. WFDB default: 250.</param>
/// <param name="SampleCount">Samples per signal, or <see langword="null"/> when the header omits it (then the file length decides).</param>
/// <param name="BaseTime">Base time text (<c>HH:MM:SS</c>) as written, or <see langword="null"/>.</param>
/// <param name="BaseDate">Base date text (<c>DD/MM/YYYY</c> or as written), or <see langword="null"/>.</param>
/// <param name="Signals">Signal specifications in header order.</param>
/// <param name="Comments">Comment lines without the leading <c>#</c>, trimmed.</param>
/// <param name="Directory">Folder that holds the header; signal file names are relative to it.</param>
/// <param name="HeaderPath">Path of the header file, used in error messages.</param>
public sealed record WfdbHeader(
    string RecordName,
    double SamplingFrequency,
    long? SampleCount,
    string? BaseTime,
    string? BaseDate,
    IReadOnlyList<WfdbSignalSpec> Signals,
    IReadOnlyList<string> Comments,
    string Directory,
    string HeaderPath)
{
    /// <summary>The segments of a multi-segment record (header(5): <c>name/n_seg</c> on the record line), in order; <see langword="null"/>
    /// for an ordinary record. A multi-segment header has no signal lines of its own: <see cref="Signals"/> is empty and
    /// <see cref="WfdbReader"/> takes the signals from the layout header or the first segment.</summary>
    public IReadOnlyList<WfdbSegment>? Segments { get; init; }

    /// <summary>Reads and parses a header file.</summary>
    /// <param name="path">Path of the <c>.hea</c> file, or of the record without extension.</param>
    /// <returns>The header.</returns>
    /// <exception cref="WfdbFormatException">The file is missing or breaks the grammar; the message names file, line and field.</exception>
    public static WfdbHeader Load(string path) => WfdbHeaderParser.ParseFile(path);

    /// <summary>Index of the first signal whose description equals <paramref name="description"/> (ordinal, case-insensitive), or −1.</summary>
    /// <param name="description">Lead name, e.g. <c>MLII</c>.</param>
    /// <returns>0-based signal index, or −1 when no signal has that name.</returns>
    public int IndexOf(string description)
    {
        for (var i = 0; i < Signals.Count; i++)
        {
            if (string.Equals(Signals[i].Description, description, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }
}
