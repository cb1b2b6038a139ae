// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Windowing;

/// <summary>How point labels become window labels.</summary>
public enum WindowLabelRule
{
    /// <summary>[MEDNET] §3.2.1, Eq. (6): y_i = max over the window's rows (padded rows count as the nearest row of the series).</summary>
    MaxOverWindow,

    /// <summary>DTAAD and [MEDNET] §4 for MBA ("labels one-to-one with overlapping windows"): y_i = ℓ at the window's anchor.</summary>
    AnchorPoint,
}
