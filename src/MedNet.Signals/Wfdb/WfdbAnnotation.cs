// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>One annotation of a WFDB annotation file (e.g. a beat label at a sample).</summary>
/// <param name="Sample">Sample index (time) of the annotation, 0-based, in frames of the record.</param>
/// <param name="Code">Annotation code, 0–49 (see <see cref="AnnotationCodes"/>).</param>
/// <param name="Subtype">Subtype field (SUB), default 0.</param>
/// <param name="Channel">Channel field (CHN); persists from the previous annotation as in the WFDB library, default 0.</param>
/// <param name="Num">Num field (NUM); persists from the previous annotation as in the WFDB library, default 0.</param>
/// <param name="Aux">Auxiliary text (AUX), e.g. rhythm "(AFIB", trailing NUL removed; <see langword="null"/> when absent.</param>
public readonly record struct WfdbAnnotation(long Sample, int Code, int Subtype, int Channel, int Num, string? Aux)
{
    /// <summary>The code's mnemonic, e.g. "N" or "V".</summary>
    public string Symbol => AnnotationCodes.Symbol(Code);

    /// <summary>Whether this annotation marks a beat.</summary>
    public bool IsBeat => AnnotationCodes.IsBeat(Code);
}
