// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Wfdb;

/// <summary>Samples read from a WFDB record: a range of frames for some of its signals, as stored ADC values.</summary>
/// <param name="Header">The record's header.</param>
/// <param name="Start">Index of the first frame read (0-based sample index).</param>
/// <param name="SignalIndices">Header signal index of each row of <paramref name="Digital"/>.</param>
/// <param name="Digital">Decoded ADC values, one array per read signal, shape (C, L).</param>
public sealed record WfdbRecord(WfdbHeader Header, long Start, IReadOnlyList<int> SignalIndices, int[][] Digital)
{
    /// <summary>Samples per signal in this range (L) of the first row; in a multi-frequency record a row holds frames ×
    /// its samples per frame (<see cref="SamplingFrequencyOf"/>).</summary>
    public int Length => Digital.Length == 0 ? 0 : Digital[0].Length;

    /// <summary>Sampling frequency in Hz (from the header): the frame frequency.</summary>
    public double SamplingFrequency => Header.SamplingFrequency;

    /// <summary>Sampling frequency of row <paramref name="row"/>: the frame frequency × the signal's samples per frame
    /// (header(5): a signal with <c>x4</c> is sampled at four times the record's frequency).</summary>
    /// <param name="row">Row of <see cref="Digital"/>.</param>
    /// <returns>Hz.</returns>
    public double SamplingFrequencyOf(int row) => Header.SamplingFrequency * Spec(row).SamplesPerFrame;

    /// <summary>The header line of row <paramref name="row"/>.</summary>
    /// <param name="row">Row of <see cref="Digital"/>, 0 ≤ row &lt; C.</param>
    /// <returns>The signal's specification.</returns>
    public WfdbSignalSpec Spec(int row) => Header.Signals[SignalIndices[row]];

    /// <summary>Writes row <paramref name="row"/> in physical units (e.g. mV) into <paramref name="destination"/>.</summary>
    /// <param name="row">Row of <see cref="Digital"/>, 0 ≤ row &lt; C.</param>
    /// <param name="destination">Output, length ≥ <see cref="Length"/>.</param>
    /// <remarks>Source: WFDB header(5): physical = (digital − baseline) / adc_gain.</remarks>
    public void Physical(int row, Span<float> destination)
    {
        var spec = Spec(row);
        var digital = Digital[row];
        if (destination.Length < digital.Length)
        {
            throw new ArgumentException($"WfdbRecord.Physical: expected a destination of ≥ {digital.Length} samples but got {destination.Length}.", nameof(destination));
        }

        var baseline = spec.Baseline;
        var scale = 1.0 / spec.Gain;
        for (var i = 0; i < digital.Length; i++)
        {
            destination[i] = (float)((digital[i] - baseline) * scale);
        }
    }

    /// <summary>Counts samples of row <paramref name="row"/> that hold WFDB's "invalid sample" value (the format's most negative
    /// value, e.g. −2048 for 212, −32768 for 16), which marks gaps or disconnected leads.</summary>
    /// <param name="row">Row of <see cref="Digital"/>, 0 ≤ row &lt; C.</param>
    /// <returns>The count; <see cref="Physical(int)"/> converts such samples like any other, so check this first.</returns>
    /// <remarks>Source: WFDB Programmer's Guide, <c>WFDB_INVALID_SAMPLE</c>.</remarks>
    public int InvalidSampleCount(int row)
    {
        var invalid = WfdbReader.InvalidSample(Spec(row));
        var count = 0;
        foreach (var v in Digital[row])
        {
            count += v == invalid ? 1 : 0;
        }

        return count;
    }

    /// <summary>Returns row <paramref name="row"/> in physical units (e.g. mV) as a new array.</summary>
    /// <param name="row">Row of <see cref="Digital"/>, 0 ≤ row &lt; C.</param>
    /// <returns>Physical samples, as many as the row holds.</returns>
    public float[] Physical(int row)
    {
        var result = new float[Digital[row].Length];
        Physical(row, result);
        return result;
    }
}
