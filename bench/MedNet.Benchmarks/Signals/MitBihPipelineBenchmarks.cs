// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Signals.Datasets;
using MedNet.Signals.Detection;

namespace MedNet.Benchmarks.Signals;

/// <summary>
/// Issue 4 speed target: load all 48 MIT-BIH records (MLII), band-pass 0.5–150 Hz zero-phase, remove the baseline (Kalman/RTS)
/// and detect R peaks (Pan–Tompkins), in under 15 s on the 2-core CI machine. Needs mitdb under the data root
/// (MEDNET_DATA → data/ → ../shared/data); with only data/mitdb/100 it runs that one record.
/// </summary>
/// <remarks>Run: <c>dotnet run -c Release --project bench/MedNet.Benchmarks -- --filter '*MitBihPipeline*'</c>.</remarks>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 1, iterationCount: 3)]
public class MitBihPipelineBenchmarks
{
    private string _folder = string.Empty;
    private string[] _records = [];

    /// <summary>Finds the mitdb folder and the records present.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _folder = DataRoot.FindDataset(MitBih.DatasetName, AppContext.BaseDirectory)
            ?? DataRoot.FindDataset(MitBih.DatasetName)
            ?? throw new DirectoryNotFoundException("mitdb not found under MEDNET_DATA, data/ or ../shared/data.");
        _records = Array.FindAll(MitBih.Records.ToArray(), r => File.Exists(Path.Combine(_folder, r + ".hea")));
    }

    /// <summary>Load, band-pass, baseline removal and R-peak detection of every record found.</summary>
    /// <returns>Total R peaks, so the work is not optimised away.</returns>
    [Benchmark]
    public int LoadFilterDetect_AllRecords()
    {
        var beats = 0;
        foreach (var name in _records)
        {
            var record = MitBih.Load(_folder, name);
            QrsEvaluation.Preprocess(record.Signal, record.SamplingFrequency);
            beats += PanTompkins1985.Detect(record.Signal, record.SamplingFrequency).Count;
        }

        return beats;
    }
}
