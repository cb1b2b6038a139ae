// SPDX-License-Identifier: MIT
using BenchmarkDotNet.Attributes;
using MedNet.Tensors.Random;

namespace MedNet.Benchmarks;

/// <summary>Throughput of the seeded MT19937 generator that every initialiser and dropout mask draws from.</summary>
[MemoryDiagnoser]
public class GeneratorBenchmarks
{
    private readonly Generator _generator = new(0);

    /// <summary>One million float draws.</summary>
    [Benchmark]
    public float NextSingle_1M()
    {
        float acc = 0;
        for (var i = 0; i < 1_000_000; i++)
        {
            acc += _generator.NextSingle();
        }

        return acc;
    }
}
