// SPDX-License-Identifier: MIT
namespace MedNet.Signals.Detection;

/// <summary>The adaptive-threshold decision rules of Pan–Tompkins (§II-F, §II-G), run once over the fiducial marks of one signal.</summary>
/// <remarks>Source: [PANTOMPKINS1985] §II-F, §II-G; see <see cref="PanTompkins1985"/> for the full rule list.</remarks>
internal sealed class PanTompkinsDecision
{
    private const int RrCount = 8;
    private readonly PanTompkinsConfig _config;
    private readonly int _refractory, _tWave, _half;
    private readonly double[] _recent = new double[RrCount], _selected = new double[RrCount];
    private readonly List<int> _peaks = [];
    private double _spki, _npki, _spkf, _npkf, _rrAverage1, _rrAverage2;
    private int _recentCount, _selectedCount, _recentNext, _selectedNext, _outsideRun;
    private int _lastQrs = -1;
    private float _lastSlope, _lastHeight;
    private bool _irregular;

    public PanTompkinsDecision(PanTompkinsConfig config, double fs, ReadOnlySpan<float> f, ReadOnlySpan<float> m)
    {
        _config = config;
        _refractory = (int)Math.Round(config.RefractorySeconds * fs);
        _tWave = (int)Math.Round(config.TWaveWindowSeconds * fs);
        _half = (int)Math.Round(config.IntegrationWindowSeconds * fs / 2);
        _rrAverage1 = _rrAverage2 = fs;
        var learn = Math.Min(m.Length, (int)Math.Round(config.LearningSeconds * fs));
        double maxI = 0, sumI = 0, maxF = 0, sumF = 0;
        for (var i = 0; i < learn; i++)
        {
            maxI = Math.Max(maxI, m[i]);
            sumI += m[i];
            var af = Math.Abs(f[i]);
            maxF = Math.Max(maxF, af);
            sumF += af;
        }

        _spki = maxI / 3;
        _npki = sumI / learn / 2;
        _spkf = maxF / 3;
        _npkf = sumF / learn / 2;
    }

    public int[] Run(List<int> marks, ReadOnlySpan<float> f, ReadOnlySpan<float> d, ReadOnlySpan<float> m)
    {
        var firstAfterQrs = 0; // index into marks of the first mark after the last QRS
        for (var k = 0; k < marks.Count; k++)
        {
            var i = marks[k];
            firstAfterQrs = SearchBack(marks, firstAfterQrs, k, i, f, d, m);
            var (loc, peakF) = PanTompkinsStages.MaxAbs(f, i - _half, i + _half);
            var peakI = m[i];
            if (_lastQrs >= 0 && i - _lastQrs < _refractory)
            {
                // Two marks inside one refractory period are one beat: keep the larger (the first was a P wave or an edge).
                if (peakI > _lastHeight)
                {
                    _peaks[^1] = loc;
                    (_lastQrs, _lastHeight) = (i, peakI);
                    _lastSlope = PanTompkinsStages.MaxAbs(d, i - _half, i + _half).Value;
                }

                continue;
            }

            var scale = _irregular && _config.HalveThresholdsWhenIrregular ? 0.5 : 1.0;
            var thrI1 = scale * (_npki + (0.25 * (_spki - _npki)));
            var thrF1 = scale * (_npkf + (0.25 * (_spkf - _npkf)));
            if (peakI > thrI1 && peakF > thrF1)
            {
                var slope = PanTompkinsStages.MaxAbs(d, i - _half, i + _half).Value;
                if (_lastQrs >= 0 && i - _lastQrs < _tWave && slope < _config.TWaveSlopeRatio * _lastSlope)
                {
                    Noise(peakI, peakF); // T wave
                    continue;
                }

                _spki = (0.125 * peakI) + (0.875 * _spki);
                _spkf = (0.125 * peakF) + (0.875 * _spkf);
                Accept(i, loc, slope, peakI);
                firstAfterQrs = k + 1;
            }
            else
            {
                Noise(peakI, peakF);
            }
        }

        SearchBack(marks, firstAfterQrs, marks.Count, f.Length + _refractory, f, d, m);
        return _peaks.ToArray();
    }

    // While the gap since the last QRS exceeds the RR missed limit, take the largest mark in the gap above the second thresholds.
    private int SearchBack(List<int> marks, int from, int to, int now, ReadOnlySpan<float> f, ReadOnlySpan<float> d, ReadOnlySpan<float> m)
    {
        while (_lastQrs >= 0 && now - _lastQrs > _config.SearchBackFactor * _rrAverage2)
        {
            var thrI2 = 0.5 * (_npki + (0.25 * (_spki - _npki)));
            var thrF2 = 0.5 * (_npkf + (0.25 * (_spkf - _npkf)));
            int best = -1;
            float bestI = 0, bestF = 0;
            var bestLoc = 0;
            for (var k = from; k < to; k++)
            {
                var i = marks[k];
                if (i - _lastQrs < _refractory || m[i] <= thrI2 || m[i] <= bestI)
                {
                    continue;
                }

                var (loc, peakF) = PanTompkinsStages.MaxAbs(f, i - _half, i + _half);
                if (peakF > thrF2)
                {
                    (best, bestI, bestF, bestLoc) = (k, m[i], peakF, loc);
                }
            }

            if (best < 0)
            {
                break;
            }

            _spki = (0.25 * bestI) + (0.75 * _spki);
            _spkf = (0.25 * bestF) + (0.75 * _spkf);
            var mark = marks[best];
            Accept(mark, bestLoc, PanTompkinsStages.MaxAbs(d, mark - _half, mark + _half).Value, bestI);
            from = best + 1;
        }

        return from;
    }

    private void Noise(double peakI, double peakF)
    {
        _npki = (0.125 * peakI) + (0.875 * _npki);
        _npkf = (0.125 * peakF) + (0.875 * _npkf);
    }

    private void Accept(int mark, int loc, float slope, float height)
    {
        if (_lastQrs >= 0)
        {
            UpdateRr(mark - _lastQrs);
        }

        _lastQrs = mark;
        _lastSlope = slope;
        _lastHeight = height;
        _peaks.Add(loc);
    }

    private void UpdateRr(double rr)
    {
        _recent[_recentNext] = rr;
        _recentNext = (_recentNext + 1) % RrCount;
        _recentCount = Math.Min(RrCount, _recentCount + 1);
        _rrAverage1 = Mean(_recent, _recentCount);
        var inside = _selectedCount == 0 || (rr >= 0.92 * _rrAverage2 && rr <= 1.16 * _rrAverage2);
        _irregular = !inside;
        _outsideRun = inside ? 0 : _outsideRun + 1;
        if (inside)
        {
            _selected[_selectedNext] = rr;
            _selectedNext = (_selectedNext + 1) % RrCount;
            _selectedCount = Math.Min(RrCount, _selectedCount + 1);
            _rrAverage2 = Mean(_selected, _selectedCount);
        }
        else if (_outsideRun >= RrCount)
        {
            // The rate has changed for good: restart AVERAGE2 from the recent intervals.
            Array.Copy(_recent, _selected, RrCount);
            (_selectedCount, _selectedNext, _outsideRun) = (_recentCount, _recentNext, 0);
            _rrAverage2 = _rrAverage1;
        }
    }

    private static double Mean(double[] values, int count)
    {
        double sum = 0;
        for (var i = 0; i < count; i++)
        {
            sum += values[i];
        }

        return sum / count;
    }
}
