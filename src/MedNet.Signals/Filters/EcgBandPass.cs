// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Filters;

/// <summary>The paper's ECG band-pass (0.5–150 Hz Butterworth, zero-phase), with a stated rule for cut-offs near Nyquist.</summary>
/// <remarks>
/// Source: [MSA] §2.1 ("Butterworth band-pass 0.5–150 Hz", applied without phase distortion). The paper gives no order; the
/// default 2 (a 4-pole band-pass, 8-pole magnitude after filtfilt) keeps the edges gentle. See <see cref="NyquistRule"/>.
/// </remarks>
public static class EcgBandPass
{
    /// <summary>Paper lower cut-off in Hz.</summary>
    public const double PaperLowHz = 0.5;

    /// <summary>Paper upper cut-off in Hz.</summary>
    public const double PaperHighHz = 150;

    /// <summary>Default prototype order (not stated in the paper).</summary>
    public const int DefaultOrder = 2;

    /// <summary>Highest usable upper cut-off as a fraction of Nyquist (fs/2).</summary>
    public const double MaxCutoffFractionOfNyquist = 0.9;

    /// <summary>Designs the band-pass for one sampling rate.</summary>
    /// <param name="samplingRate">Sampling rate in Hz, &gt; 2 × <paramref name="low"/>.</param>
    /// <param name="low">Lower cut-off in Hz. Default: 0.5.</param>
    /// <param name="high">Upper cut-off in Hz. Default: 150.</param>
    /// <param name="order">Prototype order, ≥ 1. Default: 2.</param>
    /// <param name="rule">What to do when <paramref name="high"/> &gt; 0.9 × fs/2. Default: <see cref="NyquistRule.DropLowPass"/>.</param>
    /// <returns>The design and a note when the band was changed.</returns>
    public static BandPassDesign Design(double samplingRate, double low = PaperLowHz, double high = PaperHighHz, int order = DefaultOrder, NyquistRule rule = NyquistRule.DropLowPass)
    {
        var limit = MaxCutoffFractionOfNyquist * samplingRate / 2;
        if (high <= limit)
        {
            return new BandPassDesign(Butterworth.BandPass(order, low, high, samplingRate), low, high, null);
        }

        return rule switch
        {
            NyquistRule.DropLowPass => new BandPassDesign(
                Butterworth.HighPass(order, low, samplingRate), low, null,
                $"low-pass {high} Hz dropped: above 0.9 × fs/2 = {limit} Hz at fs = {samplingRate} Hz (NyquistRule.DropLowPass)"),
            NyquistRule.ClampBelowNyquist => new BandPassDesign(
                Butterworth.BandPass(order, low, limit, samplingRate), low, limit,
                $"upper cut-off {high} Hz lowered to 0.9 × fs/2 = {limit} Hz at fs = {samplingRate} Hz (NyquistRule.ClampBelowNyquist)"),
            NyquistRule.Throw => throw new ArgumentOutOfRangeException(nameof(high), high,
                $"EcgBandPass.Design: expected an upper cut-off ≤ 0.9 × fs/2 = {limit} Hz but got {high} Hz. Choose NyquistRule.DropLowPass or ClampBelowNyquist."),
            _ => throw new ArgumentOutOfRangeException(nameof(rule), rule, $"expected one of {string.Join(", ", Enum.GetNames<NyquistRule>())}"),
        };
    }
}
