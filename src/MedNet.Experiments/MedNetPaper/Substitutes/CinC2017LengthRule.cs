// SPDX-License-Identifier: MIT

namespace MedNet.Experiments.MedNetPaper.Substitutes;

/// <summary>How CinC 2017 recordings of different lengths (10–61 s) are made equally long.</summary>
/// <remarks>
/// Source: [MEDNET] code, <c>preprocess.py</c> truncates every row to the shortest (<see cref="CropToShortest"/>).
/// Differs: D-MN-14 (the kit's default is <see cref="FixedLength"/>).
/// </remarks>
public enum CinC2017LengthRule
{
    /// <summary>Keep the first L samples of every recording at least L long; drop shorter recordings (counted in the notes).</summary>
    FixedLength,

    /// <summary>The authors' rule: crop every recording to the shortest kept recording; none is dropped.</summary>
    CropToShortest,
}
