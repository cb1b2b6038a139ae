// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>An MIT-format annotation file read whole: its annotations and what its header notes declare.</summary>
/// <remarks>
/// Source: annot(5) and WFDB's annot.c. A writer may open the file with NOTE annotations at sample 0 whose text starts
/// with <c>"## "</c>: <c>"## time resolution: F"</c> (ticks per second when it differs from the record's frequency) and
/// <c>"## N MNEMONIC DESCRIPTION"</c> (a custom annotation code N with its mnemonic). These are header lines, not
/// annotations: WFDB's getann does not return them, and neither does this reader.
/// </remarks>
/// <param name="Annotations">The annotations, in file order, without the header notes.</param>
/// <param name="TimeResolution">Ticks per second from <c>"## time resolution:"</c>, or <see langword="null"/> when not stated
/// (then the record's sampling frequency is the resolution).</param>
/// <param name="CustomTypes">Custom codes defined in the header notes: code → (mnemonic, description).</param>
/// <param name="HeaderLines">Every header note's text (without "## "), e.g. the writing tool's command line.</param>
public sealed record MitAnnotationFile(
    IReadOnlyList<WfdbAnnotation> Annotations,
    double? TimeResolution,
    IReadOnlyDictionary<int, (string Mnemonic, string Description)> CustomTypes,
    IReadOnlyList<string> HeaderLines)
{
    /// <summary>The mnemonic of an annotation's code: the file's custom definition when it has one, else the standard one.</summary>
    /// <param name="annotation">An annotation of this file.</param>
    /// <returns>E.g. "N", "V", or a custom mnemonic.</returns>
    public string SymbolOf(WfdbAnnotation annotation) =>
        CustomTypes.TryGetValue(annotation.Code, out var custom) ? custom.Mnemonic : annotation.Symbol;
}
