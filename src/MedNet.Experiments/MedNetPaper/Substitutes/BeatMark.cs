// SPDX-License-Identifier: MIT
namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>One beat inside a <see cref="LabelledRecording"/>: its sample index in the recording and its symbol.</summary>
/// <remarks>
/// MIT-BIH beats carry the reference annotation's MIT symbol (N, L, R, A, V, F, …; [AAMI-EC57] maps them to classes);
/// beats found by a QRS detector, where the source has no beat annotations (CinC 2017), carry <see cref="DetectedSymbol"/>.
/// </remarks>
/// <param name="Sample">Sample index inside the recording (0 ≤ Sample &lt; T), at the recording's rate.</param>
/// <param name="Symbol">MIT beat symbol, or <see cref="DetectedSymbol"/>.</param>
public readonly record struct BeatMark(int Sample, string Symbol)
{
    /// <summary>Symbol of a beat located by Pan–Tompkins (1985) and not classified: "*".</summary>
    public const string DetectedSymbol = "*";

    /// <summary>Whether the beat was located by a detector rather than annotated.</summary>
    public bool IsDetected => Symbol == DetectedSymbol;
}
